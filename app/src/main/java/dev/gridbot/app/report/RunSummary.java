package dev.gridbot.app.report;

import dev.gridbot.engine.RunDefinition;
import dev.gridbot.engine.model.Instrument;
import dev.gridbot.engine.netting.NettingBook;
import dev.gridbot.engine.position.VirtualAccount;
import dev.gridbot.engine.strategy.EngineLogic;
import dev.gridbot.engine.strategy.OrderCounters;
import dev.gridbot.engine.strategy.Strategy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The figures of a run, per strategy, per account (netting book) and for the whole run, in quote
 * currency and base units: what summary.json holds and what the console prints. Built from the engine's final state and
 * the fill log after the engine's threads have stopped.
 */
public record RunSummary(String configName, String dataName, String symbol, long trades, long firstTradeNanos,
                         long lastTradeNanos, Figures run, List<Figures> strategies, List<Account> accounts,
                         long stateHash) {

    /** One column of figures (a strategy, or the run). */
    public record Figures(String name, long trades, long ordersPlaced, long ordersCanceled, long ordersRejected,
                          long fills, long roundTrips, BigDecimal realizedPnl, BigDecimal fees,
                          BigDecimal unrealizedPnl, BigDecimal netPnl, BigDecimal finalPosition,
                          BigDecimal maxAbsPosition, BigDecimal maxDrawdown, StopLoss stopLoss) {
    }

    /**
     * A stop-loss: when and at what price it triggered, the signed position it closed, the close
     * price, and the slippage (how much worse than the trigger the close was; negative is better).
     */
    public record StopLoss(String strategy, long timeNanos, BigDecimal triggerPrice, BigDecimal position,
                           BigDecimal closePrice, BigDecimal slippage) {
    }

    /**
     * What one netting book (an account on one symbol) did at the venue and inside itself.
     * Quantities in base units, money in the quote currency.
     *
     * @param key                   the account's name, or {@code account/SYMBOL} when the account trades
     *                              several symbols
     * @param positionMode          ONE_WAY or HEDGE
     * @param strategies            the names of the strategies trading through the book, in file order
     * @param internalCrossVolume   quantity crossed between its strategies (each cross counted once)
     * @param internalCrossNotional the quote value of those crosses
     * @param venueVolume           quantity the venue filled
     * @param venuePosition         the position the venue fills built (long minus short in hedge mode)
     * @param virtualPosition       the sum of the strategies' net positions: equals venuePosition
     * @param feesSaved             the engine's lower bound: both sides of each cross at the maker rate
     */
    public record Account(String key, String symbol, String positionMode, List<String> strategies,
                          BigDecimal internalCrossVolume, BigDecimal internalCrossNotional, long internalCrosses,
                          long venueOrders, BigDecimal venueVolume, BigDecimal venueNotional, BigDecimal feesPaid,
                          BigDecimal feesSaved, BigDecimal venuePosition, BigDecimal virtualPosition,
                          long positionCapDenials, long openOrderDenials, long orderRateDenials) {
        /** Whether the book had something to net: several strategies, or crosses made. */
        public boolean netted() {
            return strategies.size() > 1 || internalCrosses > 0;
        }
    }

    public static RunSummary of(RunDefinition definition, EngineLogic logic, FillLog fills, String configName,
                                String dataName, long trades, long firstTradeNanos, long lastTradeNanos) {
        List<Figures> perStrategy = new ArrayList<>();
        long placed = 0;
        long canceled = 0;
        long rejected = 0;
        long fillCount = 0;
        long roundTrips = 0;
        BigDecimal realized = BigDecimal.ZERO;
        BigDecimal fees = BigDecimal.ZERO;
        BigDecimal unrealized = BigDecimal.ZERO;
        BigDecimal position = BigDecimal.ZERO;
        StopLoss firstStop = null;
        for (int i = 0; i < logic.strategyCount(); i++) {
            Strategy s = logic.strategy(i);
            Instrument inst = definition.instruments().byId(s.instrumentId());
            VirtualAccount a = s.account();
            OrderCounters c = s.counters();
            StopLoss stop = stopLoss(s.name(), inst, fills.stopOf(i));
            Figures f = new Figures(s.name(), c.trades(), c.ordersPlaced(), c.ordersCanceled(), c.ordersRejected(),
                    c.fills(), c.roundTrips(), inst.unitsToQuote(a.realizedUnits()), inst.unitsToQuote(a.feeUnits()),
                    inst.unitsToQuote(a.unrealizedUnits()), inst.unitsToQuote(a.netPnlUnits()),
                    inst.lotsToQty(a.netLots()).stripTrailingZeros(),
                    inst.lotsToQty(a.maxAbsPositionLots()).stripTrailingZeros(),
                    inst.unitsToQuote(a.maxDrawdownUnits()), stop);
            perStrategy.add(f);
            placed += c.ordersPlaced();
            canceled += c.ordersCanceled();
            rejected += c.ordersRejected();
            fillCount += c.fills();
            roundTrips += c.roundTrips();
            realized = realized.add(f.realizedPnl());
            fees = fees.add(f.fees());
            unrealized = unrealized.add(f.unrealizedPnl());
            position = position.add(f.finalPosition());
            if (stop != null && (firstStop == null || stop.timeNanos() < firstStop.timeNanos())) {
                firstStop = stop;
            }
        }
        boolean oneSymbol = logic.instrumentsTraded() == 1;
        Instrument first = definition.instruments().byId(logic.strategy(0).instrumentId());
        BigDecimal net = realized.add(unrealized).subtract(fees);
        Figures run = new Figures("run", trades, placed, canceled, rejected, fillCount, roundTrips,
                realized.stripTrailingZeros(), fees.stripTrailingZeros(), unrealized.stripTrailingZeros(),
                net.stripTrailingZeros(), oneSymbol ? position : null,
                oneSymbol ? first.lotsToQty(logic.maxAbsNetLots(first.id())).stripTrailingZeros() : null,
                definition.moneyUnits().toQuote(logic.runAccount().maxDrawdownUnits()), firstStop);
        return new RunSummary(configName, dataName, oneSymbol ? first.symbol() : null, trades, firstTradeNanos,
                lastTradeNanos, run, List.copyOf(perStrategy), accounts(definition, logic), logic.stateHash());
    }

    private static List<Account> accounts(RunDefinition definition, EngineLogic logic) {
        List<Account> list = new ArrayList<>();
        for (int b = 0; b < logic.bookCount(); b++) {
            NettingBook book = logic.book(b);
            Instrument inst = definition.instruments().byId(book.instrumentId());
            int booksOfAccount = 0;
            for (int other = 0; other < definition.bookCount(); other++) {
                if (definition.bookAccount(other) == definition.bookAccount(b)) {
                    booksOfAccount++;
                }
            }
            List<String> names = new ArrayList<>();
            long virtualLots = 0;
            for (Strategy s : book.members()) {
                names.add(s.name());
                virtualLots += s.account().netLots();
            }
            list.add(new Account(booksOfAccount > 1 ? book.accountName() + "/" + inst.symbol() : book.accountName(),
                    inst.symbol(), book.hedgeMode() ? "HEDGE" : "ONE_WAY", List.copyOf(names),
                    qty(inst, book.internalCrossLots()), notional(inst, book.internalCrossNotionalTickLots()),
                    book.internalCrosses(), book.venueOrders(), qty(inst, book.venueFilledLots()),
                    notional(inst, book.venueNotionalTickLots()), inst.unitsToQuote(book.venueFeeUnits()),
                    inst.unitsToQuote(book.feesSavedUnits()), qty(inst, book.venuePositionLots()),
                    qty(inst, virtualLots), book.riskDenials(0), book.riskDenials(1), book.riskDenials(2)));
        }
        return List.copyOf(list);
    }

    private static BigDecimal qty(Instrument inst, long lots) {
        return inst.lotsToQty(lots).stripTrailingZeros();
    }

    /** Tick-lots (price ticks times quantity lots) in the quote currency. */
    private static BigDecimal notional(Instrument inst, long tickLots) {
        return inst.tickSize().multiply(inst.stepSize()).multiply(BigDecimal.valueOf(tickLots)).stripTrailingZeros();
    }

    /**
     * How much worse a stop-loss close was than its trigger, in ticks (negative: better). Closing a
     * long sells, so a close below the trigger is slippage; closing a short buys: above is.
     */
    public static long slippageTicks(long positionLots, long triggerTicks, long closeTicks) {
        return positionLots >= 0 ? triggerTicks - closeTicks : closeTicks - triggerTicks;
    }

    private static StopLoss stopLoss(String name, Instrument inst, FillLog.Stop stop) {
        if (stop == null) {
            return null;
        }
        long adverse = slippageTicks(stop.positionLots(), stop.triggerPriceTicks(), stop.closePriceTicks());
        return new StopLoss(name, stop.triggerTimeNanos(), inst.ticksToPrice(stop.triggerPriceTicks()),
                inst.lotsToQty(stop.positionLots()).stripTrailingZeros(), inst.ticksToPrice(stop.closePriceTicks()),
                inst.ticksToPrice(adverse));
    }
}
