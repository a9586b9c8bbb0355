package dev.gridbot.gateway.sim.server;

/**
 * Writes orders in the shapes of Binance's REST answers: the new-order answer, the cancel answer
 * and the query / open-orders element, each with the keys (and key order) of the official examples
 * less the trailing-stop-only {@code activatePrice} and {@code priceRate}. Stateless.
 */
final class OrderJson {
    private OrderJson() {
    }

    /** POST /fapi/v1/order. */
    static String placed(VenueOrder o) {
        JsonText json = JsonText.object()
                .str("clientOrderId", o.clientOrderId)
                .dec("cumQty", o.executedQty())
                .dec("cumQuote", o.cumQuote())
                .dec("executedQty", o.executedQty())
                .num("orderId", o.orderId)
                .dec("avgPrice", o.avgPrice())
                .dec("origQty", o.origQty())
                .dec("price", o.price());
        sides(json, o)
                .str("timeInForce", o.timeInForce.name())
                .str("type", o.type.name())
                .str("origType", o.type.name())
                .num("updateTime", o.updateTimeMs);
        return fixed(json).end().done();
    }

    /** DELETE /fapi/v1/order. */
    static String canceled(VenueOrder o) {
        JsonText json = JsonText.object()
                .str("clientOrderId", o.clientOrderId)
                .dec("cumQty", o.executedQty())
                .dec("cumQuote", o.cumQuote())
                .dec("executedQty", o.executedQty())
                .num("orderId", o.orderId)
                .dec("origQty", o.origQty())
                .str("origType", o.type.name())
                .dec("price", o.price())
                .dec("avgPrice", o.avgPrice());
        sides(json, o)
                .str("timeInForce", o.timeInForce.name())
                .str("type", o.type.name())
                .num("updateTime", o.updateTimeMs);
        return fixed(json).end().done();
    }

    /** GET /fapi/v1/order, and each element of GET /fapi/v1/openOrders. */
    static JsonText queried(JsonText json, VenueOrder o) {
        json.begin()
                .dec("avgPrice", o.avgPrice())
                .str("clientOrderId", o.clientOrderId)
                .dec("cumQuote", o.cumQuote())
                .dec("executedQty", o.executedQty())
                .num("orderId", o.orderId)
                .dec("origQty", o.origQty())
                .str("origType", o.type.name())
                .dec("price", o.price());
        sides(json, o)
                .num("time", o.timeMs)
                .str("timeInForce", o.timeInForce.name())
                .str("type", o.type.name())
                .num("updateTime", o.updateTimeMs);
        return fixed(json).end();
    }

    /** The keys every shape has, in this order: reduce-only, sides, status and symbol. */
    private static JsonText sides(JsonText json, VenueOrder o) {
        return json
                .bool("reduceOnly", o.reduceOnly)
                .str("side", o.side.name())
                .str("positionSide", o.positionSide.name())
                .str("status", o.status.name())
                .str("stopPrice", "0")
                .bool("closePosition", false)
                .str("symbol", o.instrument.symbol());
    }

    /** The trailing keys whose values the simulated venue never varies. */
    private static JsonText fixed(JsonText json) {
        return json
                .str("workingType", "CONTRACT_PRICE")
                .bool("priceProtect", false)
                .str("priceMatch", "NONE")
                .str("selfTradePreventionMode", "EXPIRE_MAKER")
                .num("goodTillDate", 0);
    }

    static String queried(VenueOrder o) {
        return queried(JsonText.value(), o).done();
    }
}
