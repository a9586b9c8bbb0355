package dev.gridbot.gateway.net;

import io.netty.buffer.ByteBuf;

/**
 * Receives what happens to one {@link WebSocketClient}. Every method runs on the client's Netty
 * event loop and must not block; none runs after {@link WebSocketClient#close()}.
 */
public interface WebSocketListener {
    /**
     * A connection is open: the first, one after a drop, or the replacement of an aged connection.
     * Subscribe here ({@link WebSocketClient#sendText}); nothing sent earlier survives a reconnect.
     * Messages may have been missed since the previous connection ended.
     */
    void onConnected();

    /** One complete text message (fragments reassembled); {@code utf8} is valid only during the call. */
    void onText(ByteBuf utf8);

    /** The open connection was lost; a reconnect follows after the back-off. */
    void onDisconnected(DisconnectReason reason);

    /**
     * {@code maxFailedAttempts} consecutive attempts failed. Called once per such run; the client
     * then either stops (state CLOSED; {@link WebSocketClient#close()} still releases its thread) or
     * keeps trying at the slow pace, as configured.
     */
    void onGaveUp();
}
