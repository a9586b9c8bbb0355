package dev.gridbot.gateway.sim.server;

import dev.gridbot.engine.model.Instrument;
import dev.gridbot.gateway.sim.PositionSide;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Writes an account's positions as Binance's position-risk endpoints do ({@code /fapi/v2} and
 * {@code /fapi/v3/positionRisk}, same keys as the official examples) and computes the figures they
 * share. Stateless; called on the venue thread.
 */
final class Positions {
    private static final String MAX_NOTIONAL = "1000000000";

    private Positions() {
    }

    /** The average entry price of a leg ("0.0" when flat). */
    static BigDecimal entryPrice(Instrument instrument, Leg leg) {
        if (leg.qtyLots == 0) {
            return new BigDecimal("0.0");
        }
        BigDecimal entry = instrument.unitsToQuote(leg.costUnits)
                .divide(instrument.lotsToQty(Math.abs(leg.qtyLots)), instrument.tickSize().scale() + 8,
                        RoundingMode.HALF_UP).stripTrailingZeros();
        return entry.scale() < 1 ? entry.setScale(1) : entry;
    }

    static BigDecimal markPrice(Instrument instrument, long markTicks) {
        return Decimals.quote(instrument.ticksToPrice(markTicks));
    }

    static BigDecimal notional(Instrument instrument, Leg leg, long markTicks) {
        BigDecimal value = instrument.unitsToQuote(leg.notionalUnits(markTicks));
        return Decimals.quote(leg.qtyLots < 0 ? value.negate() : value);
    }

    /** GET /fapi/v2/positionRisk: every shown leg of every (or one) symbol. */
    static String v2(VenueAccount account, Instrument only, long[] marks) {
        JsonText json = JsonText.array();
        for (Instrument instrument : account.instruments.all()) {
            if (only != null && only != instrument) {
                continue;
            }
            for (PositionSide side : account.shownSides()) {
                Leg leg = account.leg(instrument.id(), side);
                long mark = marks[instrument.id()];
                json.begin()
                        .str("symbol", instrument.symbol())
                        .dec("positionAmt", instrument.lotsToQty(leg.qtyLots))
                        .dec("entryPrice", entryPrice(instrument, leg))
                        .dec("breakEvenPrice", entryPrice(instrument, leg))
                        .dec("markPrice", markPrice(instrument, mark))
                        .dec("unRealizedProfit", Decimals.quote(account.unrealized(instrument.id(), side, mark)))
                        .str("liquidationPrice", "0")
                        .str("leverage", Integer.toString(account.leverage[instrument.id()]))
                        .str("maxNotionalValue", MAX_NOTIONAL)
                        .str("marginType", "cross")
                        .str("isolatedMargin", "0.00000000")
                        .str("isAutoAddMargin", "false")
                        .str("positionSide", side.name())
                        .dec("notional", notional(instrument, leg, mark))
                        .str("isolatedWallet", "0")
                        .num("updateTime", leg.updateTimeMs)
                        .end();
            }
        }
        return json.endArray().done();
    }

    /** GET /fapi/v3/positionRisk: the legs that are open or have open orders. */
    static String v3(VenueAccount account, Instrument only, long[] marks) {
        JsonText json = JsonText.array();
        for (Instrument instrument : account.instruments.all()) {
            if (only != null && only != instrument) {
                continue;
            }
            int id = instrument.id();
            long mark = marks[id];
            for (PositionSide side : account.shownSides()) {
                Leg leg = account.leg(id, side);
                if (leg.qtyLots == 0 && !hasOpenOrders(account, instrument, side)) {
                    continue;
                }
                BigDecimal notional = notional(instrument, leg, mark);
                BigDecimal positionMargin = account.positionInitialMargin(id, side, mark);
                BigDecimal orderMargin = side == account.shownSides()[0] ? account.openOrderInitialMargin(id, mark)
                        : BigDecimal.ZERO;
                json.begin()
                        .str("symbol", instrument.symbol())
                        .str("positionSide", side.name())
                        .dec("positionAmt", instrument.lotsToQty(leg.qtyLots))
                        .dec("entryPrice", entryPrice(instrument, leg))
                        .dec("breakEvenPrice", entryPrice(instrument, leg))
                        .dec("markPrice", markPrice(instrument, mark))
                        .dec("unRealizedProfit", Decimals.quote(account.unrealized(id, side, mark)))
                        .str("liquidationPrice", "0")
                        .str("isolatedMargin", "0")
                        .dec("notional", notional)
                        .str("marginAsset", "USDT")
                        .str("isolatedWallet", "0")
                        .dec("initialMargin", Decimals.quote(positionMargin.add(orderMargin)))
                        .dec("maintMargin", VenueAccount.maintMargin(notional))
                        .dec("positionInitialMargin", Decimals.quote(positionMargin))
                        .dec("openOrderInitialMargin", Decimals.quote(orderMargin))
                        .num("adl", 0)
                        .dec("bidNotional", Decimals.quote(account.openNotional(id, dev.gridbot.engine.model.Side.BUY, mark)))
                        .dec("askNotional", Decimals.quote(account.openNotional(id, dev.gridbot.engine.model.Side.SELL, mark)))
                        .num("updateTime", leg.updateTimeMs)
                        .end();
            }
        }
        return json.endArray().done();
    }

    private static boolean hasOpenOrders(VenueAccount account, Instrument instrument, PositionSide side) {
        for (VenueOrder order : account.openOrders.values()) {
            if (order.instrument == instrument && order.positionSide == side) {
                return true;
            }
        }
        return false;
    }
}
