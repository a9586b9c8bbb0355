package dev.gridbot.gateway.sim.server;

import dev.gridbot.engine.model.Instrument;
import dev.gridbot.engine.model.OrderType;
import dev.gridbot.engine.model.Side;
import dev.gridbot.engine.model.TimeInForce;
import dev.gridbot.gateway.sim.PositionSide;
import dev.gridbot.gateway.sim.server.RestDispatcher.Security;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The order endpoints: {@code POST / GET / DELETE /fapi/v1/order}, {@code DELETE
 * /fapi/v1/allOpenOrders} and {@code GET /fapi/v1/openOrders}. A new order is checked as Binance
 * checks it (parameters, filters, position mode, margin) and then handed to the account's matching
 * core, which answers synchronously. Handlers run on the venue thread.
 */
final class OrderEndpoints {
    static final String CLIENT_ORDER_ID_PATTERN = "^[\\.A-Z\\:/a-z0-9_-]{1,36}$";
    private static final Pattern CLIENT_ORDER_ID = Pattern.compile(CLIENT_ORDER_ID_PATTERN);
    private static final List<String> ALGO_TYPES =
            List.of("STOP", "STOP_MARKET", "TAKE_PROFIT", "TAKE_PROFIT_MARKET", "TRAILING_STOP_MARKET");

    private OrderEndpoints() {
    }

    static void register(RestDispatcher rest, Venue venue) {
        rest.add("POST", "/fapi/v1/order", Security.SIGNED, request -> 0, true,
                (request, account) -> RestAnswer.ok(OrderJson.placed(place(venue, request, account))));
        rest.add("GET", "/fapi/v1/order", Security.SIGNED, 1,
                (request, account) -> RestAnswer.ok(OrderJson.queried(query(venue, request, account))));
        rest.add("DELETE", "/fapi/v1/order", Security.SIGNED, request -> 1, true,
                (request, account) -> RestAnswer.ok(OrderJson.canceled(cancel(venue, request, account))));
        rest.add("DELETE", "/fapi/v1/allOpenOrders", Security.SIGNED, 1,
                (request, account) -> cancelAll(venue, request, account));
        rest.add("GET", "/fapi/v1/openOrders", Security.SIGNED,
                request -> request.param("symbol") == null ? 40 : 1, false,
                (request, account) -> openOrders(venue, request, account));
    }

    static VenueOrder place(Venue venue, RestRequest request, VenueAccount account) {
        Instrument instrument = MarketEndpoints.symbol(venue, request);
        Side side = Params.side(request);
        OrderType type = type(request.required("type"));
        PositionSide positionSide = Params.positionSide(request, account.hedgeMode);
        boolean reduceOnly = Params.reduceOnly(request, account.hedgeMode);
        TimeInForce timeInForce = timeInForce(request, type);
        long qtyLots = Params.quantity(request, instrument);
        long priceTicks = Params.price(request, instrument, type);
        String clientOrderId = clientOrderId(request, account, instrument);
        String respType = request.param("newOrderRespType");
        if (respType != null && !respType.equals("ACK") && !respType.equals("RESULT")) {
            throw VenueError.of(ErrorCodes.INVALID_NEW_ORDER_RESP_TYPE);
        }
        long refTicks = type == OrderType.MARKET ? venue.markTicks()[instrument.id()] : priceTicks;
        boolean opens = !reduceOnly && !positionSide.closes(side);
        BigDecimal notional = instrument.ticksToPrice(refTicks).multiply(instrument.lotsToQty(qtyLots));
        BigDecimal minNotional = venue.instrumentConfig(instrument.id()).minNotional();
        if (opens && refTicks > 0 && notional.compareTo(minNotional) < 0) {
            throw VenueError.of(ErrorCodes.MIN_NOTIONAL, ErrorCodes.MIN_NOTIONAL_OF, minNotional.toPlainString());
        }
        if (opens) {
            BigDecimal margin = notional.divide(BigDecimal.valueOf(account.leverage[instrument.id()]),
                    Decimals.QUOTE_SCALE, java.math.RoundingMode.HALF_UP);
            if (margin.compareTo(account.availableBalance(venue.markTicks())) > 0) {
                throw VenueError.of(ErrorCodes.MARGIN_NOT_SUFFICIENT);
            }
        }
        long orderId = venue.newOrderId();
        VenueOrder order = new VenueOrder(orderId, clientOrderId == null ? "sim-" + orderId : clientOrderId,
                instrument, side, positionSide, type, timeInForce, reduceOnly, priceTicks, qtyLots, venue.nowMs());
        account.orders.put(orderId, order);
        int code = account.core.placeOrder(venue.nowNanos(), instrument.id(), orderId, side, type, timeInForce,
                reduceOnly, positionSide, priceTicks, qtyLots);
        if (code != 0) {
            account.orders.remove(orderId);
            throw VenueError.of(code);
        }
        return order;
    }

    private static OrderType type(String text) {
        switch (text) {
            case "LIMIT":
                return OrderType.LIMIT;
            case "MARKET":
                return OrderType.MARKET;
            default:
                throw VenueError.of(ALGO_TYPES.contains(text) ? ErrorCodes.STOP_ORDER_SWITCH_ALGO
                        : ErrorCodes.INVALID_ORDER_TYPE);
        }
    }

    private static TimeInForce timeInForce(RestRequest request, OrderType type) {
        String text = request.param("timeInForce");
        if (type == OrderType.MARKET) {
            if (text != null) {
                throw VenueError.notRequired("timeInForce");
            }
            return TimeInForce.GTC;
        }
        if (text == null) {
            throw VenueError.mandatory("timeInForce");
        }
        switch (text) {
            case "GTC":
                return TimeInForce.GTC;
            case "IOC":
                return TimeInForce.IOC;
            case "GTX":
                return TimeInForce.GTX;
            default:
                throw VenueError.of(ErrorCodes.INVALID_TIF);
        }
    }

    private static String clientOrderId(RestRequest request, VenueAccount account, Instrument instrument) {
        String id = request.param("newClientOrderId");
        if (id == null) {
            return null;
        }
        if (id.length() > 36) {
            throw new VenueError(400, ErrorCodes.INVALID_CL_ORD_ID_LEN, ErrorCodes.CL_ORD_ID_TOO_LONG);
        }
        if (!CLIENT_ORDER_ID.matcher(id).matches()) {
            throw VenueError.of(ErrorCodes.ILLEGAL_CHARS, ErrorCodes.ILLEGAL_CHARS_NAMED, "newClientOrderId",
                    CLIENT_ORDER_ID_PATTERN);
        }
        VenueOrder same = account.byClientId.get(VenueAccount.clientKey(instrument, id));
        if (same != null && same.isOpen()) {
            throw VenueError.of(ErrorCodes.DUPLICATED_CLIENT_ORDER_ID);
        }
        return id;
    }

    /** The order named by {@code orderId} or {@code origClientOrderId}, or null. */
    private static VenueOrder find(Venue venue, RestRequest request, VenueAccount account) {
        Instrument instrument = MarketEndpoints.symbol(venue, request);
        String orderId = request.param("orderId");
        String clientId = request.param("origClientOrderId");
        if (orderId == null && clientId == null) {
            throw VenueError.of(ErrorCodes.MANDATORY_PARAM, ErrorCodes.EITHER_PARAM, "orderId", "origClientOrderId");
        }
        VenueOrder order;
        if (orderId != null) {
            order = account.orders.get(request.longParam("orderId", -1));
        } else {
            order = account.byClientId.get(VenueAccount.clientKey(instrument, clientId));
        }
        return order != null && order.instrument == instrument ? order : null;
    }

    private static VenueOrder query(Venue venue, RestRequest request, VenueAccount account) {
        VenueOrder order = find(venue, request, account);
        if (order == null) {
            throw VenueError.of(ErrorCodes.NO_SUCH_ORDER);
        }
        return order;
    }

    private static VenueOrder cancel(Venue venue, RestRequest request, VenueAccount account) {
        VenueOrder order = find(venue, request, account);
        if (order == null || !order.isOpen() || !cancel(venue, account, order)) {
            throw VenueError.of(ErrorCodes.CANCEL_REJECTED);
        }
        return order;
    }

    private static boolean cancel(Venue venue, VenueAccount account, VenueOrder order) {
        order.cancelRequested = true;
        int code = account.core.cancelOrder(venue.nowNanos(), order.instrument.id(), order.orderId, order.side);
        order.cancelRequested = code == 0;
        return code == 0;
    }

    private static RestAnswer cancelAll(Venue venue, RestRequest request, VenueAccount account) {
        Instrument instrument = MarketEndpoints.symbol(venue, request);
        List<VenueOrder> open = new ArrayList<>(account.openOrders.values());
        for (VenueOrder order : open) {
            if (order.instrument == instrument) {
                cancel(venue, account, order);
            }
        }
        return RestAnswer.ok(JsonText.object().num("code", 200)
                .str("msg", "The operation of cancel all open order is done.").end().done());
    }

    private static RestAnswer openOrders(Venue venue, RestRequest request, VenueAccount account) {
        Instrument only = MarketEndpoints.optionalSymbol(venue, request);
        JsonText json = JsonText.array();
        for (VenueOrder order : account.openOrders.values()) {
            if (only == null || order.instrument == only) {
                OrderJson.queried(json, order);
            }
        }
        return RestAnswer.ok(json.endArray().done());
    }
}
