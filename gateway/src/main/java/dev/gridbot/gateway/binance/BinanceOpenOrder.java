package dev.gridbot.gateway.binance;

import dev.gridbot.engine.model.ClientOrderId;
import dev.gridbot.engine.model.Side;

import java.math.BigDecimal;

/**
 * A working order as {@code GET /fapi/v1/openOrders} lists it, for startup reconciliation:
 * {@link #gridbotId()} is the engine's client order id, or {@link ClientOrderId#NONE} for an order
 * that is not ours. Immutable.
 */
public record BinanceOpenOrder(String symbol, long orderId, String clientOrderId, long gridbotId, Side side,
                               String type, String timeInForce, BigDecimal price, BigDecimal origQty,
                               BigDecimal executedQty, String status, String positionSide, boolean reduceOnly,
                               long updateTimeMillis) {
    /** True when the client order id is one the engine gave. */
    public boolean ours() {
        return gridbotId != ClientOrderId.NONE;
    }
}
