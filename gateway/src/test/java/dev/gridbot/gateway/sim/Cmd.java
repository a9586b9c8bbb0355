package dev.gridbot.gateway.sim;

import dev.gridbot.engine.event.OutboundEvent;
import dev.gridbot.engine.model.OrderType;
import dev.gridbot.engine.model.Side;
import dev.gridbot.engine.model.TimeInForce;

/** A small builder of order commands for the tests: {@code Cmd.buy(1).at(100).qty(5).postOnly().build()}. */
final class Cmd {
    static final int STRATEGY = 0;

    private final long clientOrderId;
    private final Side side;
    private int instrumentId;
    private OrderType orderType = OrderType.LIMIT;
    private TimeInForce timeInForce = TimeInForce.GTC;
    private boolean reduceOnly;
    private long priceTicks;
    private long qtyLots = 1;
    private long timestampNanos;

    private Cmd(long clientOrderId, Side side) {
        this.clientOrderId = clientOrderId;
        this.side = side;
    }

    static Cmd buy(long clientOrderId) {
        return new Cmd(clientOrderId, Side.BUY);
    }

    static Cmd sell(long clientOrderId) {
        return new Cmd(clientOrderId, Side.SELL);
    }

    static OutboundEvent cancel(long clientOrderId, Side side) {
        return new OutboundEvent().setCancel(0, STRATEGY, 0, clientOrderId, side);
    }

    Cmd at(long price) {
        this.priceTicks = price;
        return this;
    }

    Cmd qty(long lots) {
        this.qtyLots = lots;
        return this;
    }

    Cmd market() {
        this.orderType = OrderType.MARKET;
        this.priceTicks = 0;
        return this;
    }

    Cmd postOnly() {
        this.timeInForce = TimeInForce.GTX;
        return this;
    }

    Cmd ioc() {
        this.timeInForce = TimeInForce.IOC;
        return this;
    }

    Cmd reduceOnly() {
        this.reduceOnly = true;
        return this;
    }

    Cmd instrument(int id) {
        this.instrumentId = id;
        return this;
    }

    Cmd time(long nanos) {
        this.timestampNanos = nanos;
        return this;
    }

    OutboundEvent build() {
        return new OutboundEvent().setPlace(timestampNanos, STRATEGY, instrumentId, clientOrderId, side, orderType,
                timeInForce, reduceOnly, priceTicks, qtyLots);
    }
}
