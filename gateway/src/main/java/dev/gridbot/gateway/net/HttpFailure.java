package dev.gridbot.gateway.net;

/** Why a request got no HTTP response, and whether the venue may still have acted on it. */
public enum HttpFailure {
    /** Sent, but no response came within the timeout: the outcome is unknown (query, do not assume). */
    TIMEOUT,
    /** Never written to a socket (queue full, connect or TLS failure, client closed): safe to treat as not received. */
    NOT_SENT,
    /** The connection died after the request was written: the outcome is unknown. */
    DISCONNECTED_AFTER_SEND;

    /** True when the venue may have received and acted on the request. */
    public boolean outcomeUnknown() {
        return this != NOT_SENT;
    }
}
