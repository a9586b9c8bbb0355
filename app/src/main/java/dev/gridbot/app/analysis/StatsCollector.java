package dev.gridbot.app.analysis;

import dev.gridbot.config.TargetStrategyConfig;
import dev.gridbot.engine.RunDefinition;
import dev.gridbot.engine.event.InboundEvent;
import dev.gridbot.engine.event.OutboundEvent;
import dev.gridbot.engine.grid.GridSpec;
import dev.gridbot.engine.model.ClientOrderId;
import dev.gridbot.engine.model.Instrument;
import dev.gridbot.engine.model.Intent;
import dev.gridbot.engine.model.Money;
import dev.gridbot.engine.strategy.EngineLogic;
import dev.gridbot.engine.strategy.OrderCounters;
import dev.gridbot.journal.Playback;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Computes {@link RunStats} while a journal plays. Positions and PnL follow the booked fills (FILL_REPORT):
 * each fill moves its strategy's position and cash, so total PnL = cash − fees + position × last trade
 * price, and realized PnL and fees are the fills' own. Everything before the window only builds the
 * state the window starts from; events after it are ignored.
 *
 * <p>Samples are taken at every <em>instant</em>: a distinct event time, once every event of that time
 * and everything it caused was handled (a live run's events may arrive a little out of time order:
 * an earlier time folds into the current instant). Drawdown, the largest position and the
 * time-weighted position come from those samples; a {@link SampleListener} sees each.
 *
 * <p>Used on the analysis thread.
 */
final class StatsCollector implements Playback.Listener {
    /** Sees the state at every instant of the window (after it), and once at its start. */
    interface SampleListener {
        void onSample(long nanos, StatsCollector state);
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal MIN_YIELD_DAYS = BigDecimal.ONE.divide(BigDecimal.valueOf(24), 12,
            RoundingMode.HALF_EVEN);

    private final Owners owners;
    private final RunDefinition definition;
    private final TimeWindow window;
    private final OrderTracker orders;
    private final long effFrom;
    private final long effTo;
    private final int strategies;
    private final Instrument[] instrumentOf;
    private final long[] multiplier;
    private final double[] quotePerUnit;
    private final SampleListener sampleListener;

    // cumulative since the journal's start, per strategy (money in the strategy's instrument's units)
    private final long[] posLots;
    private final long[] cashUnits;
    private final long[] feeUnits;
    private final long[] realizedUnits;
    private final long[][] levelLots;
    private final long[] lastPriceTicks;

    // the window
    private final long[] realizedW;
    private final long[] feesW;
    private final long[] fills;
    private final long[] entryFills;
    private final long[] exitFills;
    private final long[] stopFills;
    private final long[] internalFills;
    private final long[] stopLosses;
    private final long[] cancels;
    private final long[] rejects;
    private final long[] marketTrades;
    private final long[] priceSumTicks;
    private final long[] baseSkipped;
    private final long[] baseRoundTrips;
    private final long[] endSkipped;
    private final long[] endRoundTrips;
    private final long[] equityBase;
    private final long[] unrealizedBase;
    private final long[] peak;
    private final long[] maxDrawdown;
    private final long[] maxAbsLots;
    private final long[] prevLots;
    private final double[] absLotNanos;
    private final List<RunStats.Stop> stops = new ArrayList<>();
    private final Set<Long> canceledIds = new HashSet<>();
    private final Set<Long> rejectedIds = new HashSet<>();
    private long runEquityBase;
    private long runPeak;
    private long runMaxDrawdown;
    private long runMaxAbsLots;
    private long runPrevLots;
    private double runAbsLotNanos;

    private boolean hasInstant;
    private long instant;
    private boolean started;
    private boolean done;
    private long lastSampleNanos;

    /**
     * @param firstEventNanos the journal's first event time, where the window starts at the earliest
     * @param lastEventNanos  the journal's last event time, where it ends at the latest
     * @param sampleListener  sees every sample (may be null)
     */
    StatsCollector(Owners owners, TimeWindow window, OrderTracker orders, long firstEventNanos, long lastEventNanos,
                   SampleListener sampleListener) {
        this.owners = owners;
        this.definition = owners.definition();
        this.window = window;
        this.orders = orders;
        this.effFrom = window.effectiveFrom(firstEventNanos);
        this.effTo = Math.max(effFrom, window.effectiveTo(lastEventNanos));
        this.strategies = owners.strategies();
        this.sampleListener = sampleListener;
        int n = strategies;
        instrumentOf = new Instrument[n];
        multiplier = new long[n];
        quotePerUnit = new double[n];
        levelLots = new long[n][];
        for (int s = 0; s < n; s++) {
            instrumentOf[s] = definition.instrumentOf(s);
            multiplier[s] = definition.moneyUnits().multiplier(instrumentOf[s]);
            quotePerUnit[s] = instrumentOf[s].moneyUnit().doubleValue();
            GridSpec grid = definition.gridSpec(s);
            levelLots[s] = new long[grid == null ? 0 : grid.levels()];
        }
        posLots = new long[n];
        cashUnits = new long[n];
        feeUnits = new long[n];
        realizedUnits = new long[n];
        realizedW = new long[n];
        feesW = new long[n];
        fills = new long[n];
        entryFills = new long[n];
        exitFills = new long[n];
        stopFills = new long[n];
        internalFills = new long[n];
        stopLosses = new long[n];
        baseSkipped = new long[n];
        baseRoundTrips = new long[n];
        endSkipped = new long[n];
        endRoundTrips = new long[n];
        equityBase = new long[n];
        unrealizedBase = new long[n];
        peak = new long[n];
        maxDrawdown = new long[n];
        maxAbsLots = new long[n];
        prevLots = new long[n];
        absLotNanos = new double[n];
        cancels = new long[owners.count()];
        rejects = new long[owners.count()];
        int instruments = definition.instruments().size();
        lastPriceTicks = new long[instruments];
        marketTrades = new long[instruments];
        priceSumTicks = new long[instruments];
    }

    // ------------------------------------------------------------------ playback

    @Override
    public void onInbound(InboundEvent e) {
        if (done) {
            return;
        }
        long t = e.timestampNanos();
        if (t > window.toNanos()) {
            if (hasInstant) {
                closeInstant();
            }
            done = true;
            return;
        }
        if (!hasInstant || t > instant) {
            if (hasInstant) {
                closeInstant();
            }
            hasInstant = true;
            instant = t;
            if (!started && instant >= window.fromNanos()) {
                start();
            }
        }
        boolean counting = started;
        switch (e.type()) {
            case TRADE -> {
                lastPriceTicks[e.instrumentId()] = e.priceTicks();
                if (counting) {
                    marketTrades[e.instrumentId()]++;
                    priceSumTicks[e.instrumentId()] = Math.addExact(priceSumTicks[e.instrumentId()], e.priceTicks());
                }
            }
            case ORDER_CANCELED -> {
                // A live venue may report one cancellation twice (the REST answer and the user stream).
                int owner = ClientOrderId.strategy(e.clientOrderId());
                if (counting && e.clientOrderId() != ClientOrderId.NONE && owners.known(owner)
                        && canceledIds.add(e.clientOrderId())) {
                    cancels[owner]++;
                }
            }
            case ORDER_REJECTED -> {
                int owner = ClientOrderId.strategy(e.clientOrderId());
                if (counting && !e.cancelRequest() && e.clientOrderId() != ClientOrderId.NONE && owners.known(owner)
                        && rejectedIds.add(e.clientOrderId())) {
                    rejects[owner]++;
                }
            }
            default -> {
            }
        }
    }

    @Override
    public void onOutbound(OutboundEvent e, InboundEvent cause) {
        if (done) {
            return;
        }
        switch (e.type()) {
            case FILL_REPORT -> onFill(e);
            case STOP_REPORT -> {
                if (started && e.strategyId() < strategies) {
                    stopLosses[e.strategyId()]++;
                    stops.add(stop(e));
                }
            }
            default -> {
            }
        }
    }

    @Override
    public void afterInbound(InboundEvent e, EngineLogic logic) {
        if (done) {
            return;
        }
        long[] skipped = started ? endSkipped : baseSkipped;
        long[] rounds = started ? endRoundTrips : baseRoundTrips;
        for (int s = 0; s < strategies; s++) {
            OrderCounters c = logic.strategy(s).counters();
            skipped[s] = c.entriesSkippedByCap();
            rounds[s] = c.roundTrips();
        }
    }

    private void onFill(OutboundEvent e) {
        int s = e.strategyId();
        if (s < 0 || s >= strategies) {
            return;
        }
        int sign = e.side().sign();
        long qty = e.qtyLots();
        posLots[s] = Math.addExact(posLots[s], sign * qty);
        cashUnits[s] = Math.subtractExact(cashUnits[s], sign * Money.notionalUnits(e.priceTicks(), qty));
        feeUnits[s] = Math.addExact(feeUnits[s], e.feeUnits());
        realizedUnits[s] = Math.addExact(realizedUnits[s], e.pnlUnits());
        long id = e.clientOrderId();
        Intent intent = id == ClientOrderId.NONE ? null : ClientOrderId.intent(id);
        if (intent == Intent.STOP) {
            // The stop-loss close is booked against every open level at its first fill.
            Arrays.fill(levelLots[s], 0);
        } else if (intent != null && ClientOrderId.level(id) < levelLots[s].length) {
            levelLots[s][ClientOrderId.level(id)] += sign * qty;
        }
        if (!started) {
            return;
        }
        fills[s]++;
        realizedW[s] = Math.addExact(realizedW[s], e.pnlUnits());
        feesW[s] = Math.addExact(feesW[s], e.feeUnits());
        if (orders.lastLiquidity() == OrderTracker.Liquidity.INTERNAL) {
            internalFills[s]++;
        }
        if (intent == Intent.ENTRY) {
            entryFills[s]++;
        } else if (intent == Intent.EXIT) {
            exitFills[s]++;
        } else if (intent == Intent.STOP) {
            stopFills[s]++;
        }
    }

    private RunStats.Stop stop(OutboundEvent e) {
        Instrument inst = instrumentOf[e.strategyId()];
        // Closing a long sells: a close below the trigger is slippage; closing a short buys: above is.
        long adverse = e.qtyLots() >= 0 ? e.refPriceTicks() - e.priceTicks() : e.priceTicks() - e.refPriceTicks();
        return new RunStats.Stop(owners.name(e.strategyId()), e.refTimestampNanos(), inst.ticksToPrice(e.refPriceTicks()),
                qty(inst, e.qtyLots()), inst.ticksToPrice(e.priceTicks()), inst.ticksToPrice(adverse), e.timestampNanos());
    }

    // ------------------------------------------------------------------ instants

    /** The window starts: the state so far is its baseline. */
    private void start() {
        started = true;
        lastSampleNanos = effFrom;
        for (int s = 0; s < strategies; s++) {
            equityBase[s] = equityUnits(s);
            unrealizedBase[s] = unrealizedUnits(s);
            maxAbsLots[s] = Math.abs(posLots[s]);
            prevLots[s] = posLots[s];
        }
        runEquityBase = runEquityUnits();
        runPrevLots = runLots();
        runMaxAbsLots = Math.abs(runPrevLots);
        if (sampleListener != null) {
            sampleListener.onSample(effFrom, this);
        }
    }

    private void closeInstant() {
        if (!started) {
            return;
        }
        long t = instant;
        long dt = Math.max(0, t - lastSampleNanos);
        for (int s = 0; s < strategies; s++) {
            absLotNanos[s] += Math.abs((double) prevLots[s]) * dt;
            prevLots[s] = posLots[s];
            long rel = equityUnits(s) - equityBase[s];
            peak[s] = Math.max(peak[s], rel);
            maxDrawdown[s] = Math.max(maxDrawdown[s], peak[s] - rel);
            maxAbsLots[s] = Math.max(maxAbsLots[s], Math.abs(posLots[s]));
        }
        runAbsLotNanos += Math.abs((double) runPrevLots) * dt;
        runPrevLots = runLots();
        long rel = runEquityUnits() - runEquityBase;
        runPeak = Math.max(runPeak, rel);
        runMaxDrawdown = Math.max(runMaxDrawdown, runPeak - rel);
        runMaxAbsLots = Math.max(runMaxAbsLots, Math.abs(runPrevLots));
        lastSampleNanos = Math.max(lastSampleNanos, t);
        if (sampleListener != null) {
            sampleListener.onSample(t, this);
        }
    }

    /** Ends the window once the journal was played. */
    void finish() {
        if (!done && hasInstant) {
            closeInstant();
        }
        done = true;
        if (!started) {
            start();
        }
        long dt = Math.max(0, effTo - lastSampleNanos);
        for (int s = 0; s < strategies; s++) {
            absLotNanos[s] += Math.abs((double) posLots[s]) * dt;
        }
        runAbsLotNanos += Math.abs((double) runLots()) * dt;
        lastSampleNanos = Math.max(lastSampleNanos, effTo);
    }

    // ------------------------------------------------------------------ state, in units

    /** realized + unrealized − fees since the journal's start: cash − fees + position at the last price. */
    private long equityUnits(int s) {
        long mark = Money.notionalUnits(lastPriceTicks[instrumentOf[s].id()], posLots[s]);
        return Math.addExact(Math.subtractExact(cashUnits[s], feeUnits[s]), mark);
    }

    private long unrealizedUnits(int s) {
        return Math.subtractExact(Math.addExact(equityUnits(s), feeUnits[s]), realizedUnits[s]);
    }

    private long runEquityUnits() {
        long total = 0;
        for (int s = 0; s < strategies; s++) {
            total = Math.addExact(total, Math.multiplyExact(equityUnits(s), multiplier[s]));
        }
        return total;
    }

    /** The strategies' summed position when they trade one symbol (0 otherwise: not a meaningful sum). */
    private long runLots() {
        if (!oneSymbol()) {
            return 0;
        }
        long total = 0;
        for (long p : posLots) {
            total += p;
        }
        return total;
    }

    private boolean oneSymbol() {
        for (int s = 1; s < strategies; s++) {
            if (instrumentOf[s].id() != instrumentOf[0].id()) {
                return false;
            }
        }
        return true;
    }

    // ------------------------------------------------------------------ for samples (charts), in quote and base units

    int strategyCount() {
        return strategies;
    }

    /** Total PnL of strategy {@code s} since the window's start. */
    double strategyPnl(int s) {
        return (equityUnits(s) - equityBase[s]) * quotePerUnit[s];
    }

    double strategyPosition(int s) {
        return posLots[s] * instrumentOf[s].stepSize().doubleValue();
    }

    double runPnl() {
        return (runEquityUnits() - runEquityBase) * definition.moneyUnits().toQuote(1).doubleValue();
    }

    /** Realized PnL minus fees since the window's start: what the round trips earned. */
    double runRealizedNet() {
        double total = 0;
        for (int s = 0; s < strategies; s++) {
            total += (realizedW[s] - feesW[s]) * quotePerUnit[s];
        }
        return total;
    }

    /** How far the run's total PnL is below its peak (≥ 0). */
    double runDrawdown() {
        return (runPeak - (runEquityUnits() - runEquityBase)) * definition.moneyUnits().toQuote(1).doubleValue();
    }

    double lastPrice(int instrumentId) {
        Instrument inst = definition.instruments().byId(instrumentId);
        return lastPriceTicks[instrumentId] * inst.tickSize().doubleValue();
    }

    boolean traded(int instrumentId) {
        return lastPriceTicks[instrumentId] != 0;
    }

    // ------------------------------------------------------------------ the result

    RunStats result(String journal, Playback playback, String replay, boolean verified) {
        int owners = this.owners.count();
        long[] placed = new long[owners];
        long[] filled = new long[owners];
        long[] timeToFill = new long[owners];
        for (OrderRecord o : orders.orders()) {
            if (!window.contains(o.placedNanos) || !this.owners.known(o.owner)) {
                continue;
            }
            placed[o.owner]++;
            if (o.filled()) {
                filled[o.owner]++;
                timeToFill[o.owner] += o.firstFillNanos - o.placedNanos;
            }
        }
        List<RunStats.Figures> rows = new ArrayList<>();
        long runPlaced = 0;
        long runFilled = 0;
        long runTimeToFill = 0;
        for (int o = 0; o < owners; o++) {
            runPlaced += placed[o];
            runFilled += filled[o];
            runTimeToFill += timeToFill[o];
        }
        BigDecimal days = BigDecimal.valueOf(effTo - effFrom).divide(BigDecimal.valueOf(86_400_000_000_000L), 12,
                RoundingMode.HALF_EVEN);
        long[] runCounts = new long[8];
        BigDecimal capitalSum = BigDecimal.ZERO;
        boolean allCapital = true;
        BigDecimal realizedSum = BigDecimal.ZERO;
        BigDecimal feesSum = BigDecimal.ZERO;
        BigDecimal unrealizedSum = BigDecimal.ZERO;
        for (int s = 0; s < strategies; s++) {
            Instrument inst = instrumentOf[s];
            boolean grid = this.owners.grid(s) != null;
            BigDecimal realized = inst.unitsToQuote(realizedW[s]);
            BigDecimal fees = inst.unitsToQuote(feesW[s]);
            BigDecimal unrealized = inst.unitsToQuote(unrealizedUnits(s));
            BigDecimal total = inst.unitsToQuote(equityUnits(s) - equityBase[s]);
            BigDecimal capital = capital(s);
            if (capital == null) {
                allCapital = false;
            } else {
                capitalSum = capitalSum.add(capital);
            }
            rows.add(new RunStats.Figures(this.owners.name(s), this.owners.kind(s), inst.symbol(),
                    marketTrades[inst.id()], fills[s], entryFills[s], exitFills[s], stopFills[s], internalFills[s],
                    grid ? placed[s] : null, grid ? filled[s] : null, grid ? rate(filled[s], placed[s]) : null,
                    grid ? seconds(timeToFill[s], filled[s]) : null, grid ? cancels[s] : null,
                    grid ? rejects[s] : null, endSkipped[s] - baseSkipped[s], endRoundTrips[s] - baseRoundTrips[s],
                    stopLosses[s], realized, fees, unrealized, total, capital,
                    yieldPctPerDay(realized.subtract(fees), capital, days), yieldPctPerDay(total, capital, days),
                    inst.unitsToQuote(maxDrawdown[s]), qty(inst, posLots[s]), qty(inst, maxAbsLots[s]),
                    avgQty(inst, absLotNanos[s])));
            runCounts[0] += fills[s];
            runCounts[1] += entryFills[s];
            runCounts[2] += exitFills[s];
            runCounts[3] += stopFills[s];
            runCounts[4] += internalFills[s];
            runCounts[5] += endSkipped[s] - baseSkipped[s];
            runCounts[6] += endRoundTrips[s] - baseRoundTrips[s];
            runCounts[7] += stopLosses[s];
            realizedSum = realizedSum.add(realized);
            feesSum = feesSum.add(fees);
            unrealizedSum = unrealizedSum.add(unrealized);
        }
        long runCancels = 0;
        long runRejects = 0;
        for (int o = 0; o < owners; o++) {
            runCancels += cancels[o];
            runRejects += rejects[o];
            if (this.owners.isBook(o) && placed[o] > 0) {
                Instrument inst = this.owners.instrument(o);
                rows.add(new RunStats.Figures(this.owners.name(o), "book", inst.symbol(), marketTrades[inst.id()], 0,
                        0, 0, 0, 0, placed[o], filled[o], rate(filled[o], placed[o]), seconds(timeToFill[o], filled[o]),
                        cancels[o], rejects[o], null, null, 0, null, null, null, null, null, null, null, null, null,
                        null, null));
            }
        }
        long trades = 0;
        for (long n : marketTrades) {
            trades += n;
        }
        BigDecimal unitQuote = definition.moneyUnits().toQuote(1);
        BigDecimal total = unitQuote.multiply(BigDecimal.valueOf(runEquityUnits() - runEquityBase)).stripTrailingZeros();
        BigDecimal capital = allCapital && strategies > 0 ? capitalSum : null;
        boolean one = oneSymbol() && strategies > 0;
        Instrument first = strategies > 0 ? instrumentOf[0] : null;
        rows.add(new RunStats.Figures("run", "run", one ? first.symbol() : null, trades, runCounts[0], runCounts[1],
                runCounts[2], runCounts[3], runCounts[4], runPlaced, runFilled, rate(runFilled, runPlaced),
                seconds(runTimeToFill, runFilled), runCancels, runRejects, runCounts[5], runCounts[6], runCounts[7],
                realizedSum.stripTrailingZeros(), feesSum.stripTrailingZeros(), unrealizedSum.stripTrailingZeros(),
                total, capital, yieldPctPerDay(realizedSum.subtract(feesSum), capital, days), yieldPctPerDay(total, capital, days),
                unitQuote.multiply(BigDecimal.valueOf(runMaxDrawdown)).stripTrailingZeros(),
                one ? qty(first, runLots()) : null, one ? qty(first, runMaxAbsLots) : null,
                one ? avgQty(first, runAbsLotNanos) : null));
        return new RunStats(journal, playback.header().kind(), playback.header().configName(),
                playback.header().dataName(), effFrom, effTo, window.whole(), List.copyOf(rows), gridLevels(),
                List.copyOf(stops), replay, verified);
    }

    private List<RunStats.GridLevels> gridLevels() {
        List<RunStats.GridLevels> all = new ArrayList<>();
        for (int s = 0; s < strategies; s++) {
            GridSpec grid = owners.grid(s);
            if (grid == null) {
                continue;
            }
            Instrument inst = instrumentOf[s];
            List<RunStats.Level> levels = new ArrayList<>();
            for (int l = 0; l < grid.levels(); l++) {
                levels.add(new RunStats.Level(l, inst.ticksToPrice(grid.levelPriceTicks(l)).stripTrailingZeros(),
                        qty(inst, levelLots[s][l])));
            }
            all.add(new RunStats.GridLevels(owners.name(s), inst.symbol(), List.copyOf(levels)));
        }
        return List.copyOf(all);
    }

    /**
     * A grid's maxPosition at the mean of its level prices; a target strategy's maxPosition at the mean
     * trade price of the window (null when the window saw no trade).
     */
    private BigDecimal capital(int s) {
        Instrument inst = instrumentOf[s];
        GridSpec grid = owners.grid(s);
        if (grid != null) {
            long sum = 0;
            for (int l = 0; l < grid.levels(); l++) {
                sum = Math.addExact(sum, grid.levelPriceTicks(l));
            }
            return inst.lotsToQty(grid.maxPositionLots()).multiply(inst.ticksToPrice(sum))
                    .divide(BigDecimal.valueOf(grid.levels()), 2, RoundingMode.HALF_EVEN);
        }
        if (!(definition.strategyConfig(s) instanceof TargetStrategyConfig target) || marketTrades[inst.id()] == 0) {
            return null;
        }
        return target.maxPosition().multiply(inst.ticksToPrice(priceSumTicks[inst.id()]))
                .divide(BigDecimal.valueOf(marketTrades[inst.id()]), 2, RoundingMode.HALF_EVEN);
    }

    /** A yield per day; none over less than an hour, where a per-day rate says more about chance than the grid. */
    private static BigDecimal yieldPctPerDay(BigDecimal pnl, BigDecimal capital, BigDecimal days) {
        if (capital == null || capital.signum() == 0 || days.compareTo(MIN_YIELD_DAYS) < 0) {
            return null;
        }
        return pnl.multiply(HUNDRED).divide(capital.multiply(days), 6, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal rate(long filled, long placed) {
        return placed == 0 ? null
                : BigDecimal.valueOf(filled * 100).divide(BigDecimal.valueOf(placed), 2, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal seconds(long totalNanos, long count) {
        return count == 0 ? null
                : BigDecimal.valueOf(totalNanos).divide(BigDecimal.valueOf(count * 1_000_000_000L), 3,
                RoundingMode.HALF_EVEN);
    }

    private static BigDecimal qty(Instrument inst, long lots) {
        return lots == 0 ? BigDecimal.ZERO : inst.lotsToQty(lots).stripTrailingZeros();
    }

    /** The time-weighted mean of a position, to a thousandth of a step. */
    private BigDecimal avgQty(Instrument inst, double lotNanos) {
        long span = effTo - effFrom;
        if (span <= 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal lots = BigDecimal.valueOf(lotNanos / span);
        return lots.multiply(inst.stepSize()).setScale(inst.stepSize().scale() + 3, RoundingMode.HALF_EVEN)
                .stripTrailingZeros();
    }
}
