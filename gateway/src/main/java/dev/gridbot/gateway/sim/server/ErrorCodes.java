package dev.gridbot.gateway.sim.server;

import java.util.Map;

/**
 * The Binance USDT-M error codes the simulated venue answers with, and their messages copied from
 * Binance's published list ({@code shared/protocol/binance/binance_fapi_error_codes.json}; a test
 * checks each against it). Templates keep Binance's {@code %s}. Immutable.
 */
final class ErrorCodes {
    static final int UNKNOWN = -1000;
    static final int DISCONNECTED = -1001;
    static final int TIMEOUT = -1007;
    static final int TOO_MANY_REQUESTS = -1003;
    static final int SERVER_BUSY = -1008;
    static final int TOO_MANY_ORDERS = -1015;
    static final int INVALID_TIMESTAMP = -1021;
    static final int INVALID_SIGNATURE = -1022;
    static final int NOT_FOUND = -1099;
    static final int ILLEGAL_CHARS = -1100;
    static final int TOO_MANY_PARAMETERS = -1101;
    static final int MANDATORY_PARAM = -1102;
    static final int PARAM_NOT_REQUIRED = -1106;
    static final int BAD_PRECISION = -1111;
    static final int INVALID_TIF = -1115;
    static final int INVALID_ORDER_TYPE = -1116;
    static final int INVALID_SIDE = -1117;
    static final int BAD_INTERVAL = -1120;
    static final int BAD_SYMBOL = -1121;
    static final int INVALID_LISTEN_KEY = -1125;
    static final int INVALID_PARAMETER = -1130;
    static final int INVALID_NEW_ORDER_RESP_TYPE = -1136;
    static final int NEW_ORDER_REJECTED = -2010;
    static final int CANCEL_REJECTED = -2011;
    static final int NO_SUCH_ORDER = -2013;
    static final int REJECTED_MBX_KEY = -2015;
    static final int MARGIN_NOT_SUFFICIENT = -2019;
    static final int REDUCE_ONLY_REJECT = -2022;
    static final int MAX_OPEN_ORDER_EXCEEDED = -2025;
    static final int PRICE_LESS_THAN_ZERO = -4001;
    static final int QTY_LESS_THAN_ZERO = -4003;
    static final int QTY_LESS_THAN_MIN_QTY = -4004;
    static final int PRICE_NOT_INCREASED_BY_TICK_SIZE = -4014;
    static final int INVALID_CL_ORD_ID_LEN = -4015;
    static final int QTY_NOT_INCREASED_BY_STEP_SIZE = -4023;
    static final int INVALID_LEVERAGE = -4028;
    static final int NO_NEED_TO_CHANGE_POSITION_SIDE = -4059;
    static final int INVALID_POSITION_SIDE = -4060;
    static final int POSITION_SIDE_NOT_MATCH = -4061;
    static final int POSITION_SIDE_CHANGE_EXISTS_OPEN_ORDERS = -4067;
    static final int POSITION_SIDE_CHANGE_EXISTS_QUANTITY = -4068;
    static final int DUPLICATED_CLIENT_ORDER_ID = -4116;
    static final int STOP_ORDER_SWITCH_ALGO = -4120;
    static final int MIN_NOTIONAL = -4164;
    static final int GTX_ORDER_REJECT = -5022;

    static final String TOO_MANY_REQUESTS_MINUTE = "Too many requests; current limit is %s requests per minute. "
            + "Please use the websocket for live updates to avoid polling the API.";
    static final String IP_BANNED = "Way too many requests; IP banned until %s. "
            + "Please use the websocket for live updates to avoid bans.";
    static final String TOO_MANY_ORDERS_PER = "Too many new orders; current limit is %s orders per %s.";
    static final String TIMESTAMP_AHEAD = "Timestamp for this request was 1000ms ahead of the server's time.";
    static final String ILLEGAL_CHARS_NAMED = "Illegal characters found in parameter '%s'; legal range is '%s'.";
    static final String DUPLICATE_PARAMETER = "Duplicate values for a parameter detected.";
    static final String MANDATORY_PARAM_NAMED = "Mandatory parameter '%s' was not sent, was empty/null, or malformed.";
    static final String EITHER_PARAM = "Param '%s' or '%s' must be sent, but both were empty/null!";
    static final String PARAM_NOT_REQUIRED_NAMED = "Parameter '%s' sent when not required.";
    static final String INVALID_PARAMETER_NAMED = "Data sent for parameter '%s' is not valid.";
    static final String CL_ORD_ID_TOO_LONG = "Client order id length should not be more than 36 chars";
    static final String MIN_NOTIONAL_OF = "Order's notional must be no smaller than %s (unless you choose reduce only)";
    static final String CANCEL_UNKNOWN_ORDER =
            "Cancel request failure as open order not found in the orderbook: \"Unknown order sent\".";
    /** The 503 body Binance sends when the outcome is unknown (its general-info page, not the code list). */
    static final String UNKNOWN_OUTCOME = "Unknown error, please check your request or try again later.";

    private static final Map<Integer, String> MESSAGES = Map.ofEntries(
            Map.entry(UNKNOWN, "An unknown error occured while processing the request."),
            Map.entry(DISCONNECTED, "Internal error; unable to process your request. Please try again."),
            Map.entry(TIMEOUT,
                    "Timeout waiting for response from backend server. Send status unknown; execution status unknown."),
            Map.entry(NEW_ORDER_REJECTED, "NEW_ORDER_REJECTED"),
            Map.entry(SERVER_BUSY, "Server is currently overloaded with other requests. Please try again in a few minutes."),
            Map.entry(TOO_MANY_ORDERS, "Too many new orders."),
            Map.entry(INVALID_TIMESTAMP, "Timestamp for this request is outside of the recvWindow."),
            Map.entry(INVALID_SIGNATURE, "Signature for this request is not valid."),
            Map.entry(NOT_FOUND, "Not found, unauthenticated, or unauthorized."),
            Map.entry(MANDATORY_PARAM, "A mandatory parameter was not sent, was empty/null, or malformed."),
            Map.entry(BAD_PRECISION, "Precision is over the maximum defined for this asset."),
            Map.entry(INVALID_TIF, "Invalid timeInForce."),
            Map.entry(INVALID_ORDER_TYPE, "Invalid orderType."),
            Map.entry(INVALID_SIDE, "Invalid side."),
            Map.entry(BAD_INTERVAL, "Invalid interval."),
            Map.entry(BAD_SYMBOL, "Invalid symbol."),
            Map.entry(INVALID_LISTEN_KEY,
                    "This listenKey does not exist. Please use `POST /fapi/v1/listenKey` to recreate `listenKey`"),
            Map.entry(INVALID_NEW_ORDER_RESP_TYPE, "Invalid newOrderRespType."),
            Map.entry(CANCEL_REJECTED, CANCEL_UNKNOWN_ORDER),
            Map.entry(NO_SUCH_ORDER, "Order does not exist."),
            Map.entry(REJECTED_MBX_KEY, "Invalid API-key, IP, or permissions for action."),
            Map.entry(MARGIN_NOT_SUFFICIENT, "Margin is insufficient."),
            Map.entry(REDUCE_ONLY_REJECT, "ReduceOnly Order is rejected."),
            Map.entry(MAX_OPEN_ORDER_EXCEEDED, "Reach max open order limit."),
            Map.entry(PRICE_LESS_THAN_ZERO, "Price less than 0."),
            Map.entry(QTY_LESS_THAN_ZERO, "Quantity less than zero."),
            Map.entry(QTY_LESS_THAN_MIN_QTY, "Quantity less than min quantity."),
            Map.entry(PRICE_NOT_INCREASED_BY_TICK_SIZE, "Price not increased by tick size."),
            Map.entry(INVALID_CL_ORD_ID_LEN, "Client order id is not valid."),
            Map.entry(QTY_NOT_INCREASED_BY_STEP_SIZE, "Qty not increased by step size."),
            Map.entry(INVALID_LEVERAGE, "Invalid leverage"),
            Map.entry(NO_NEED_TO_CHANGE_POSITION_SIDE, "No need to change position side."),
            Map.entry(INVALID_POSITION_SIDE, "Invalid position side."),
            Map.entry(POSITION_SIDE_NOT_MATCH, "Order's position side does not match user's setting."),
            Map.entry(POSITION_SIDE_CHANGE_EXISTS_OPEN_ORDERS,
                    "Position side cannot be changed if there exists open orders."),
            Map.entry(POSITION_SIDE_CHANGE_EXISTS_QUANTITY, "Position side cannot be changed if there exists position."),
            Map.entry(DUPLICATED_CLIENT_ORDER_ID, "clientOrderId is duplicated"),
            Map.entry(STOP_ORDER_SWITCH_ALGO,
                    "Order type not supported for this endpoint. Please use the Algo Order API endpoints instead."),
            Map.entry(GTX_ORDER_REJECT,
                    "Due to the order could not be executed as maker, the Post Only order will be rejected."));

    private ErrorCodes() {
    }

    /** The official message of a code the venue uses; a code without one is a bug in the venue. */
    static String message(int code) {
        String msg = MESSAGES.get(code);
        if (msg == null) {
            throw new IllegalArgumentException("no official message kept for code " + code);
        }
        return msg;
    }

    static boolean has(int code) {
        return MESSAGES.containsKey(code);
    }

    /** Every code → message pair kept (for the test that compares them with Binance's list). */
    static Map<Integer, String> all() {
        return MESSAGES;
    }
}
