package dev.gridbot.gateway.net;

/** Why an open WebSocket connection ended. */
public enum DisconnectReason {
    /** The server sent a close frame (Binance does at 24 hours and on listenKey expiry). */
    CLOSED_BY_SERVER,
    /** The TCP connection ended or failed without a close frame. */
    CONNECTION_LOST,
    /** Silence after our ping: the connection is presumed dead and was closed by us. */
    PONG_TIMEOUT,
    /** A malformed or oversized frame. */
    PROTOCOL_ERROR
}
