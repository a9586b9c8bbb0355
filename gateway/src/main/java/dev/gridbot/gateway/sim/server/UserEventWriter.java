package dev.gridbot.gateway.sim.server;

import dev.gridbot.engine.model.Instrument;
import dev.gridbot.gateway.sim.PositionSide;

import java.math.BigDecimal;

/**
 * Writes the user-data stream's messages in Binance's shapes: ORDER_TRADE_UPDATE (the field set of
 * the official example, less the trailing-stop-only {@code AP} and {@code cr}), ACCOUNT_UPDATE and
 * listenKeyExpired. Stateless.
 */
final class UserEventWriter {
    private UserEventWriter() {
    }

    static String orderTradeUpdate(VenueOrder order, String execution, long lastPriceTicks, long lastQtyLots,
                                   long feeUnits, boolean maker, long tradeId, long realizedUnits,
                                   BigDecimal bidNotional, BigDecimal askNotional) {
        Instrument instrument = order.instrument;
        long time = order.updateTimeMs;
        return JsonText.object()
                .str("e", "ORDER_TRADE_UPDATE").num("E", time).num("T", time)
                .begin("o")
                .str("s", instrument.symbol())
                .str("c", order.clientOrderId)
                .str("S", order.side.name())
                .str("o", order.type.name())
                .str("f", order.timeInForce.name())
                .dec("q", order.origQty())
                .dec("p", order.price())
                .dec("ap", order.avgPrice())
                .str("sp", "0")
                .str("x", execution)
                .str("X", order.status.name())
                .num("i", order.orderId)
                .dec("l", instrument.lotsToQty(lastQtyLots))
                .dec("z", order.executedQty())
                .dec("L", instrument.ticksToPrice(lastPriceTicks))
                .str("N", "USDT")
                .dec("n", Decimals.quote(instrument.unitsToQuote(feeUnits)))
                .num("T", time)
                .num("t", tradeId)
                .dec("b", Decimals.quote(bidNotional))
                .dec("a", Decimals.quote(askNotional))
                .bool("m", maker)
                .bool("R", order.reduceOnly)
                .str("wt", "CONTRACT_PRICE")
                .str("ot", order.type.name())
                .str("ps", order.positionSide.name())
                .bool("cp", false)
                .bool("pP", false)
                .num("si", 0)
                .num("ss", 0)
                .dec("rp", Decimals.quote(instrument.unitsToQuote(realizedUnits)))
                .str("V", "EXPIRE_MAKER")
                .str("pm", "NONE")
                .num("gtd", 0)
                .str("er", "0")
                .end().end().done();
    }

    /** A balance-and-position update after a fill: the USDT wallet and the leg that moved. */
    static String accountUpdate(VenueAccount account, Instrument instrument, PositionSide side, long[] markTicks,
                                long timeMs) {
        Leg leg = account.leg(instrument.id(), side);
        long mark = markTicks[instrument.id()];
        return JsonText.object()
                .str("e", "ACCOUNT_UPDATE").num("E", timeMs).num("T", timeMs)
                .begin("a")
                .str("m", "ORDER")
                .beginArray("B")
                .begin().str("a", "USDT").dec("wb", account.walletBalance).dec("cw", account.walletBalance)
                .dec("bc", BigDecimal.ZERO).end()
                .endArray()
                .beginArray("P")
                .begin()
                .str("s", instrument.symbol())
                .dec("pa", instrument.lotsToQty(leg.qtyLots))
                .dec("ep", Positions.entryPrice(instrument, leg))
                .dec("bep", Positions.entryPrice(instrument, leg))
                .dec("cr", Decimals.quote(instrument.unitsToQuote(leg.realizedUnits)))
                .dec("up", Decimals.quote(account.unrealized(instrument.id(), side, mark)))
                .str("mt", "cross")
                .str("iw", "0")
                .str("ps", side.name())
                .end()
                .endArray()
                .end().end().done();
    }

    static String listenKeyExpired(String listenKey, long timeMs) {
        return JsonText.object().str("e", "listenKeyExpired").num("E", timeMs).str("listenKey", listenKey).end()
                .done();
    }
}
