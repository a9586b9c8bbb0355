package dev.gridbot.gateway.sim.server;

import dev.gridbot.engine.model.Instrument;
import dev.gridbot.engine.model.Instruments;
import dev.gridbot.engine.model.Side;
import dev.gridbot.gateway.binance.BinanceSigner;
import dev.gridbot.gateway.sim.PositionSide;
import dev.gridbot.gateway.sim.SimMatchingCore;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One account of the simulated venue: its key pair (and the signer that checks its requests), its
 * own matching core, position mode, USDT wallet, positions per instrument (one net leg, or a long
 * and a short leg), leverage per symbol, its orders (all of them, and the open ones by client order
 * id) and its listenKey. Owned by the venue thread.
 */
final class VenueAccount {
    final int index;
    final String apiKey;
    final BinanceSigner signer;
    final SimMatchingCore core;
    final AccountEvents events;
    final Instruments instruments;
    boolean hedgeMode;
    BigDecimal walletBalance;
    long walletUpdateMs;
    /** [instrument][PositionSide ordinal]. */
    final Leg[][] legs;
    final int[] leverage;
    final Map<Long, VenueOrder> orders = new LinkedHashMap<>();
    final Map<Long, VenueOrder> openOrders = new LinkedHashMap<>();
    /** The latest order with each client order id, per symbol: {@code SYMBOL␟id}. */
    final Map<String, VenueOrder> byClientId = new LinkedHashMap<>();
    String listenKey;
    long listenKeyExpiresAtMs;

    VenueAccount(int index, SimAccountConfig config, Venue venue, int defaultLeverage) {
        this.index = index;
        this.apiKey = config.apiKey();
        this.signer = new BinanceSigner(config.secret().getBytes(StandardCharsets.US_ASCII));
        this.instruments = venue.instruments;
        this.events = new AccountEvents(this, venue);
        this.core = new SimMatchingCore(venue.instruments, events, venue.maxOpenOrders());
        this.hedgeMode = config.hedgeMode();
        this.walletBalance = Decimals.quote(config.initialBalance());
        int n = venue.instruments.size();
        this.legs = new Leg[n][PositionSide.values().length];
        this.leverage = new int[n];
        for (int i = 0; i < n; i++) {
            for (int s = 0; s < legs[i].length; s++) {
                legs[i][s] = new Leg();
            }
            leverage[i] = defaultLeverage;
        }
    }

    static String clientKey(Instrument instrument, String clientOrderId) {
        return instrument.symbol() + '\u241F' + clientOrderId;
    }

    Leg leg(int instrumentId, PositionSide side) {
        return legs[instrumentId][side.ordinal()];
    }

    /** The legs this account shows: BOTH in one-way mode, LONG and SHORT in hedge mode. */
    PositionSide[] shownSides() {
        return hedgeMode ? new PositionSide[] {PositionSide.LONG, PositionSide.SHORT} : new PositionSide[] {PositionSide.BOTH};
    }

    /** Books a fill's PnL and fee into the leg and the wallet; returns the realized PnL (money units). */
    long bookFill(VenueOrder order, long priceTicks, long qtyLots, long feeUnits, long timeMs) {
        long realized = leg(order.instrument.id(), order.positionSide).fill(order.side, priceTicks, qtyLots, timeMs);
        Instrument instrument = order.instrument;
        walletBalance = Decimals.quote(walletBalance.add(instrument.unitsToQuote(realized))
                .subtract(instrument.unitsToQuote(feeUnits)));
        walletUpdateMs = timeMs;
        return realized;
    }

    BigDecimal unrealized(int instrumentId, PositionSide side, long markTicks) {
        return instruments.byId(instrumentId).unitsToQuote(leg(instrumentId, side).unrealizedUnits(markTicks));
    }

    BigDecimal totalUnrealized(long[] markTicks) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < legs.length; i++) {
            for (PositionSide side : PositionSide.values()) {
                sum = sum.add(unrealized(i, side, markTicks[i]));
            }
        }
        return sum;
    }

    /** Initial margin of the open positions: notional at mark over leverage. */
    BigDecimal positionInitialMargin(int instrumentId, PositionSide side, long markTicks) {
        Instrument instrument = instruments.byId(instrumentId);
        return divide(instrument.unitsToQuote(leg(instrumentId, side).notionalUnits(markTicks)), leverage[instrumentId]);
    }

    /** Initial margin of the open orders that can open a position (reduce-only and closing ones cannot). */
    BigDecimal openOrderInitialMargin(int instrumentId, long markTicks) {
        BigDecimal sum = BigDecimal.ZERO;
        for (VenueOrder order : openOrders.values()) {
            if (order.instrument.id() == instrumentId && opens(order)) {
                sum = sum.add(divide(order.instrument.unitsToQuote(order.openNotionalUnits(markTicks)),
                        leverage[instrumentId]));
            }
        }
        return sum;
    }

    static boolean opens(VenueOrder order) {
        return !order.reduceOnly && !order.positionSide.closes(order.side);
    }

    BigDecimal totalPositionInitialMargin(long[] markTicks) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < legs.length; i++) {
            for (PositionSide side : PositionSide.values()) {
                sum = sum.add(positionInitialMargin(i, side, markTicks[i]));
            }
        }
        return sum;
    }

    BigDecimal totalOpenOrderInitialMargin(long[] markTicks) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < legs.length; i++) {
            sum = sum.add(openOrderInitialMargin(i, markTicks[i]));
        }
        return sum;
    }

    /** Wallet + unrealized − the initial margin of positions and open orders (cross margin). */
    BigDecimal availableBalance(long[] markTicks) {
        return Decimals.quote(walletBalance.add(totalUnrealized(markTicks))
                .subtract(totalPositionInitialMargin(markTicks)).subtract(totalOpenOrderInitialMargin(markTicks)));
    }

    /** Maintenance margin at a flat 0.4 % of notional (Binance's first BTCUSDT bracket). */
    static BigDecimal maintMargin(BigDecimal notional) {
        return Decimals.quote(notional.abs().multiply(new BigDecimal("0.004")));
    }

    /** Notional of the open buy (or sell) orders on an instrument, as ORDER_TRADE_UPDATE's b / a. */
    BigDecimal openNotional(int instrumentId, Side side, long markTicks) {
        long units = 0;
        for (VenueOrder order : openOrders.values()) {
            if (order.instrument.id() == instrumentId && order.side == side) {
                units = Math.addExact(units, order.openNotionalUnits(markTicks));
            }
        }
        return instruments.byId(instrumentId).unitsToQuote(units);
    }

    boolean hasPositionOrOrders() {
        if (!openOrders.isEmpty()) {
            return true;
        }
        for (Leg[] perInstrument : legs) {
            for (Leg leg : perInstrument) {
                if (leg.qtyLots != 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static BigDecimal divide(BigDecimal amount, int leverage) {
        return amount.divide(BigDecimal.valueOf(leverage), Decimals.QUOTE_SCALE, RoundingMode.HALF_UP);
    }
}
