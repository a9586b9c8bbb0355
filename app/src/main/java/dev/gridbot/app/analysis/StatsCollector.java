package dev.gridbot.app.analysis;

import dev.gridbot.app.report.RunSummary;
import dev.gridbot.config.TargetStrategyConfig;
import dev.gridbot.engine.RunDefinition;
import dev.gridbot.engine.event.InboundEvent;
import dev.gridbot.engine.event.OutboundEvent;
import dev.gridbot.engine.event.OutboundType;
import dev.gridbot.engine.grid.GridSpec;
import dev.gridbot.engine.model.ClientOrderId;
import dev.gridbot.engine.model.Instrument;
import dev.gridbot.engine.strategy.EngineLogic;
import dev.gridbot.journal.Playback;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Computes {@link RunStats} while a journal plays. Positions and PnL follow the booked fills (FILL_REPORT),
 * each strategy in its {@link StrategyLedger}: total PnL = cash − fees + position × last trade price;
 * realized PnL and fees are the fills' own. Everything before the window only builds the state the
 * window starts from; events after it are ignored.
 *
 * <p>Samples are taken at every <em>instant</em>: a distinct event time, once every event of that time
 * and everything it caused was handled (a live run's events may arrive a little out of time order: an
 * earlier time folds into the current instant). Drawdown, the largest position and the time-weighted
 * position come from those samples ({@link SampleTrack}); a {@link SampleListener} sees each.
 *
 * <p>Used on the analysis thread.
 */
final class StatsCollector implements Playback.Listener {
    /** Sees the state at every instant of the window (after it), and once at its start. */
    interface SampleListener {
        void onSample(long nanos, StatsCollector state);
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal NANOS_PER_DAY = BigDecimal.valueOf(86_400_000_000_000L);
    private static final BigDecimal MIN_YIELD_DAYS = BigDecimal.ONE.divide(BigDecimal.valueOf(24), 12,
            RoundingMode.HALF_EVEN);

    private final Owners owners;
    private final RunDefinition definition;
    private final TimeWindow window;
    private final OrderTracker orders;
    private final long effFrom;
    private final long effTo;
    private final SampleListener sampleListener;
    private final StrategyLedger[] ledgers;
    private final long[] multiplier;
    private final boolean oneSymbol;
    private final SampleTrack runTrack = new SampleTrack();

    private final long[] lastPriceTicks;
    private final long[] marketTrades;
    private final long[] priceSumTicks;
    private final long[] cancels;
    private final long[] rejects;
    private final Set<Long> canceledIds = new HashSet<>();
    private final Set<Long> rejectedIds = new HashSet<>();
    private final List<RunStats.Stop> stops = new ArrayList<>();

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
        this.sampleListener = sampleListener;
        int n = owners.strategies();
        ledgers = new StrategyLedger[n];
        multiplier = new long[n];
        boolean same = true;
        for (int s = 0; s < n; s++) {
            GridSpec grid = definition.gridSpec(s);
            ledgers[s] = new StrategyLedger(definition.instrumentOf(s), grid == null ? 0 : grid.levels());
            multiplier[s] = definition.moneyUnits().multiplier(ledgers[s].instrument);
            same &= ledgers[s].instrument.id() == ledgers[0].instrument.id();
        }
        oneSymbol = n > 0 && same;
        int instruments = definition.instruments().size();
        lastPriceTicks = new long[instruments];
        marketTrades = new long[instruments];
        priceSumTicks = new long[instruments];
        cancels = new long[owners.count()];
        rejects = new long[owners.count()];
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
        long id = e.clientOrderId();
        int owner = ClientOrderId.strategy(id);
        boolean ours = id != ClientOrderId.NONE && owners.known(owner);
        switch (e.type()) {
            case TRADE -> {
                lastPriceTicks[e.instrumentId()] = e.priceTicks();
                if (started) {
                    marketTrades[e.instrumentId()]++;
                    priceSumTicks[e.instrumentId()] = Math.addExact(priceSumTicks[e.instrumentId()], e.priceTicks());
                }
            }
            case ORDER_CANCELED -> {
                // A live venue may report one cancellation twice (the REST answer and the user stream).
                if (started && ours && canceledIds.add(id)) {
                    cancels[owner]++;
                }
            }
            case ORDER_REJECTED -> {
                if (started && ours && !e.cancelRequest() && rejectedIds.add(id)) {
                    rejects[owner]++;
                }
            }
            default -> {
            }
        }
    }

    @Override
    public void onOutbound(OutboundEvent e, InboundEvent cause) {
        if (done || e.strategyId() < 0 || e.strategyId() >= ledgers.length) {
            return;
        }
        if (e.type() == OutboundType.FILL_REPORT) {
            ledgers[e.strategyId()].book(e, orders.lastLiquidity() == OrderTracker.Liquidity.INTERNAL, started);
        } else if (e.type() == OutboundType.STOP_REPORT && started) {
            ledgers[e.strategyId()].stopLosses++;
            stops.add(stop(e));
        }
    }

    @Override
    public void afterInbound(InboundEvent e, EngineLogic logic) {
        if (done) {
            return;
        }
        for (int s = 0; s < ledgers.length; s++) {
            ledgers[s].counters(logic.strategy(s).counters(), started);
        }
    }

    private RunStats.Stop stop(OutboundEvent e) {
        Instrument inst = ledgers[e.strategyId()].instrument;
        long adverse = RunSummary.slippageTicks(e.qtyLots(), e.refPriceTicks(), e.priceTicks());
        return new RunStats.Stop(owners.name(e.strategyId()), e.refTimestampNanos(), inst.ticksToPrice(e.refPriceTicks()),
                qty(inst, e.qtyLots()), inst.ticksToPrice(e.priceTicks()), inst.ticksToPrice(adverse), e.timestampNanos());
    }

    // ------------------------------------------------------------------ instants

    /** The window starts: the state so far is its baseline. */
    private void start() {
        started = true;
        lastSampleNanos = effFrom;
        for (StrategyLedger l : ledgers) {
            l.start(mark(l));
        }
        runTrack.start(runEquityUnits(), runLots());
        if (sampleListener != null) {
            sampleListener.onSample(effFrom, this);
        }
    }

    private void closeInstant() {
        if (!started) {
            return;
        }
        long elapsed = Math.max(0, instant - lastSampleNanos);
        for (StrategyLedger l : ledgers) {
            l.track.sample(l.equityUnits(mark(l)), l.positionLots, elapsed);
        }
        runTrack.sample(runEquityUnits(), runLots(), elapsed);
        lastSampleNanos = Math.max(lastSampleNanos, instant);
        if (sampleListener != null) {
            sampleListener.onSample(instant, this);
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
        long elapsed = Math.max(0, effTo - lastSampleNanos);
        for (StrategyLedger l : ledgers) {
            l.track.finish(elapsed);
        }
        runTrack.finish(elapsed);
        lastSampleNanos = Math.max(lastSampleNanos, effTo);
    }

    private long mark(StrategyLedger l) {
        return lastPriceTicks[l.instrument.id()];
    }

    /** The run's total PnL since the journal's start, in the run's common money unit. */
    private long runEquityUnits() {
        long total = 0;
        for (int s = 0; s < ledgers.length; s++) {
            total = Math.addExact(total, Math.multiplyExact(ledgers[s].equityUnits(mark(ledgers[s])), multiplier[s]));
        }
        return total;
    }

    /** The strategies' summed position when they trade one symbol (0 otherwise: not a meaningful sum). */
    private long runLots() {
        long total = 0;
        for (StrategyLedger l : ledgers) {
            total += l.positionLots;
        }
        return oneSymbol ? total : 0;
    }

    // ------------------------------------------------------------------ for samples (charts), in quote and base units

    /** Total PnL of strategy {@code s} since the window's start. */
    double strategyPnl(int s) {
        StrategyLedger l = ledgers[s];
        return l.track.relative(l.equityUnits(mark(l))) * l.instrument.moneyUnit().doubleValue();
    }

    double strategyPosition(int s) {
        return ledgers[s].positionLots * ledgers[s].instrument.stepSize().doubleValue();
    }

    double runPnl() {
        return runTrack.relative(runEquityUnits()) * definition.moneyUnits().toQuote(1).doubleValue();
    }

    /** Realized PnL minus fees since the window's start: what the round trips earned. */
    double runRealizedNet() {
        double total = 0;
        for (StrategyLedger l : ledgers) {
            total += (l.windowRealizedUnits - l.windowFeeUnits) * l.instrument.moneyUnit().doubleValue();
        }
        return total;
    }

    /** How far the run's total PnL is below its peak (≥ 0). */
    double runDrawdown() {
        return runTrack.drawdown(runEquityUnits()) * definition.moneyUnits().toQuote(1).doubleValue();
    }

    double lastPrice(int instrumentId) {
        return lastPriceTicks[instrumentId] * definition.instruments().byId(instrumentId).tickSize().doubleValue();
    }

    boolean traded(int instrumentId) {
        return lastPriceTicks[instrumentId] != 0;
    }

    // ------------------------------------------------------------------ the result

    RunStats result(String journal, Playback playback, String replay, boolean verified) {
        int count = owners.count();
        long[] placed = new long[count];
        long[] filled = new long[count];
        long[] timeToFill = new long[count];
        for (OrderRecord o : orders.orders()) {
            if (window.contains(o.placedNanos) && owners.known(o.owner)) {
                placed[o.owner]++;
                if (o.filled()) {
                    filled[o.owner]++;
                    timeToFill[o.owner] += o.firstFillNanos - o.placedNanos;
                }
            }
        }
        BigDecimal days = BigDecimal.valueOf(effTo - effFrom).divide(NANOS_PER_DAY, 12, RoundingMode.HALF_EVEN);
        List<RunStats.Figures> rows = new ArrayList<>();
        Totals run = new Totals();
        for (int s = 0; s < ledgers.length; s++) {
            RunStats.Figures f = strategyRow(s, placed[s], filled[s], timeToFill[s], days);
            rows.add(f);
            run.add(f);
        }
        for (int o = ledgers.length; o < count; o++) {
            if (placed[o] > 0) {
                Instrument inst = owners.instrument(o);
                rows.add(new RunStats.Figures(owners.name(o), "book", inst.symbol(), marketTrades[inst.id()], 0, 0, 0,
                        0, 0, placed[o], filled[o], rate(filled[o], placed[o]), seconds(timeToFill[o], filled[o]),
                        cancels[o], rejects[o], null, null, 0, null, null, null, null, null, null, null, null, null,
                        null, null));
            }
        }
        long runPlaced = 0;
        long runFilled = 0;
        long runTimeToFill = 0;
        long runCancels = 0;
        long runRejects = 0;
        for (int o = 0; o < count; o++) {
            runPlaced += placed[o];
            runFilled += filled[o];
            runTimeToFill += timeToFill[o];
            runCancels += cancels[o];
            runRejects += rejects[o];
        }
        long trades = 0;
        for (long n : marketTrades) {
            trades += n;
        }
        BigDecimal unitQuote = definition.moneyUnits().toQuote(1);
        BigDecimal total = unitQuote.multiply(BigDecimal.valueOf(runTrack.relative(runEquityUnits()))).stripTrailingZeros();
        BigDecimal capital = run.allCapital && ledgers.length > 0 ? run.capital : null;
        Instrument first = oneSymbol ? ledgers[0].instrument : null;
        rows.add(new RunStats.Figures("run", "run", oneSymbol ? first.symbol() : null, trades, run.fills,
                run.entryFills, run.exitFills, run.stopFills, run.internalFills, runPlaced, runFilled,
                rate(runFilled, runPlaced), seconds(runTimeToFill, runFilled), runCancels, runRejects, run.skipped,
                run.roundTrips, run.stopLosses, run.realized.stripTrailingZeros(), run.fees.stripTrailingZeros(),
                run.unrealized.stripTrailingZeros(), total, capital,
                yieldPctPerDay(run.realized.subtract(run.fees), capital, days), yieldPctPerDay(total, capital, days),
                unitQuote.multiply(BigDecimal.valueOf(runTrack.maxDrawdown())).stripTrailingZeros(),
                oneSymbol ? qty(first, runLots()) : null, oneSymbol ? qty(first, runTrack.maxAbsLots()) : null,
                oneSymbol ? avgQty(first, runTrack.absLotNanos()) : null));
        return new RunStats(journal, playback.header().kind(), playback.header().configName(),
                playback.header().dataName(), effFrom, effTo, window.whole(), List.copyOf(rows), gridLevels(),
                List.copyOf(stops), replay, verified);
    }

    private RunStats.Figures strategyRow(int s, long placed, long filled, long timeToFill, BigDecimal days) {
        StrategyLedger l = ledgers[s];
        Instrument inst = l.instrument;
        boolean grid = owners.grid(s) != null;
        BigDecimal realized = inst.unitsToQuote(l.windowRealizedUnits);
        BigDecimal fees = inst.unitsToQuote(l.windowFeeUnits);
        BigDecimal total = inst.unitsToQuote(l.track.relative(l.equityUnits(mark(l))));
        BigDecimal capital = capital(s);
        // A target strategy's orders are its book's: the book's column and the run count them.
        return new RunStats.Figures(owners.name(s), owners.kind(s), inst.symbol(), marketTrades[inst.id()], l.fills,
                l.entryFills, l.exitFills, l.stopFills, l.internalFills, grid ? placed : null, grid ? filled : null,
                grid ? rate(filled, placed) : null, grid ? seconds(timeToFill, filled) : null, grid ? cancels[s] : null,
                grid ? rejects[s] : null, l.skippedAtEnd - l.skippedAtStart, l.roundTripsAtEnd - l.roundTripsAtStart,
                l.stopLosses, realized, fees, inst.unitsToQuote(l.unrealizedUnits(mark(l))), total, capital,
                yieldPctPerDay(realized.subtract(fees), capital, days), yieldPctPerDay(total, capital, days),
                inst.unitsToQuote(l.track.maxDrawdown()), qty(inst, l.positionLots), qty(inst, l.track.maxAbsLots()),
                avgQty(inst, l.track.absLotNanos()));
    }

    /** The run's sums of the strategies' columns. */
    private static final class Totals {
        long fills;
        long entryFills;
        long exitFills;
        long stopFills;
        long internalFills;
        long skipped;
        long roundTrips;
        long stopLosses;
        BigDecimal realized = BigDecimal.ZERO;
        BigDecimal fees = BigDecimal.ZERO;
        BigDecimal unrealized = BigDecimal.ZERO;
        BigDecimal capital = BigDecimal.ZERO;
        boolean allCapital = true;

        void add(RunStats.Figures f) {
            fills += f.fills();
            entryFills += f.entryFills();
            exitFills += f.exitFills();
            stopFills += f.stopFills();
            internalFills += f.internalFills();
            skipped += f.skippedByCap();
            roundTrips += f.roundTrips();
            stopLosses += f.stopLosses();
            realized = realized.add(f.realizedPnl());
            fees = fees.add(f.fees());
            unrealized = unrealized.add(f.unrealizedPnl());
            if (f.capital() == null) {
                allCapital = false;
            } else {
                capital = capital.add(f.capital());
            }
        }
    }

    private List<RunStats.GridLevels> gridLevels() {
        List<RunStats.GridLevels> all = new ArrayList<>();
        for (int s = 0; s < ledgers.length; s++) {
            GridSpec grid = owners.grid(s);
            if (grid == null) {
                continue;
            }
            Instrument inst = ledgers[s].instrument;
            List<RunStats.Level> levels = new ArrayList<>();
            for (int level = 0; level < grid.levels(); level++) {
                levels.add(new RunStats.Level(level, inst.ticksToPrice(grid.levelPriceTicks(level)).stripTrailingZeros(),
                        qty(inst, ledgers[s].levelLots[level])));
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
        Instrument inst = ledgers[s].instrument;
        GridSpec grid = owners.grid(s);
        if (grid != null) {
            long sum = 0;
            for (int level = 0; level < grid.levels(); level++) {
                sum = Math.addExact(sum, grid.levelPriceTicks(level));
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
        return BigDecimal.valueOf(lotNanos / span).multiply(inst.stepSize())
                .setScale(inst.stepSize().scale() + 3, RoundingMode.HALF_EVEN).stripTrailingZeros();
    }
}
