package dev.gridbot.gateway.binance;

/**
 * The Binance USDT-M futures REST endpoints the gateway calls: HTTP method, path and what the
 * request must carry (nothing, the API key header, or the key header and a signature). Immutable.
 */
public enum BinanceEndpoint {
    NEW_ORDER("POST", "/fapi/v1/order", Security.SIGNED),
    CANCEL_ORDER("DELETE", "/fapi/v1/order", Security.SIGNED),
    QUERY_ORDER("GET", "/fapi/v1/order", Security.SIGNED),
    CANCEL_ALL_OPEN_ORDERS("DELETE", "/fapi/v1/allOpenOrders", Security.SIGNED),
    OPEN_ORDERS("GET", "/fapi/v1/openOrders", Security.SIGNED),
    POSITION_RISK("GET", "/fapi/v3/positionRisk", Security.SIGNED),
    ACCOUNT("GET", "/fapi/v3/account", Security.SIGNED),
    BALANCE("GET", "/fapi/v3/balance", Security.SIGNED),
    POSITION_MODE("GET", "/fapi/v1/positionSide/dual", Security.SIGNED),
    CHANGE_POSITION_MODE("POST", "/fapi/v1/positionSide/dual", Security.SIGNED),
    KLINES("GET", "/fapi/v1/klines", Security.NONE),
    SERVER_TIME("GET", "/fapi/v1/time", Security.NONE),
    EXCHANGE_INFO("GET", "/fapi/v1/exchangeInfo", Security.NONE),
    START_LISTEN_KEY("POST", "/fapi/v1/listenKey", Security.API_KEY),
    KEEPALIVE_LISTEN_KEY("PUT", "/fapi/v1/listenKey", Security.API_KEY),
    CLOSE_LISTEN_KEY("DELETE", "/fapi/v1/listenKey", Security.API_KEY);

    /** What a request must carry besides its parameters. */
    public enum Security {
        /** Public market data. */
        NONE,
        /** The {@code X-MBX-APIKEY} header (user-data stream keys). */
        API_KEY,
        /** The header, and {@code timestamp}, {@code recvWindow} and {@code signature} parameters. */
        SIGNED
    }

    private final String method;
    private final String path;
    private final Security security;

    BinanceEndpoint(String method, String path, Security security) {
        this.method = method;
        this.path = path;
        this.security = security;
    }

    /** The HTTP method: GET, POST, PUT or DELETE. */
    public String method() {
        return method;
    }

    public String path() {
        return path;
    }

    public Security security() {
        return security;
    }

    /** True when the request needs the {@code X-MBX-APIKEY} header. */
    public boolean needsApiKey() {
        return security != Security.NONE;
    }
}
