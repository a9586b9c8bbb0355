package dev.gridbot.app.backtest;

import dev.gridbot.app.report.FillLog;
import dev.gridbot.engine.RunDefinition;
import dev.gridbot.engine.event.OutboundEvent;
import dev.gridbot.engine.model.Instrument;
import dev.gridbot.engine.pipeline.EnginePipeline;
import dev.gridbot.engine.pipeline.OutboundConsumer;
import dev.gridbot.engine.pipeline.WaitStrategyKind;
import dev.gridbot.engine.strategy.EngineLogic;
import dev.gridbot.gateway.data.TradeFileReader;
import dev.gridbot.gateway.sim.SimMatchingCore;
import dev.gridbot.journal.Journal;
import dev.gridbot.journal.RunHeader;

import java.nio.file.Path;
import java.util.function.LongConsumer;

/**
 * Runs a backtest: historical trades through the in-process simulated venue and the real engine
 * pipeline (rings, journal, business logic), in the order the grid rules fix for every trade:
 * <ol>
 *   <li>the venue matches resting orders against the trade and reports the fills;</li>
 *   <li>the trade itself is published;</li>
 *   <li>the driver waits until the engine has handled all of it, then hands the engine's order
 *       commands to the venue, whose answers go back to the engine — until nothing more is said.</li>
 * </ol>
 * Only then comes the next trade, so the inbound sequence (and the journal) is deterministic.
 * Each account of the run has its own in-process venue (in its position mode); every venue sees
 * every trade, and each matches its own orders against the trade's whole amount. The driver
 * thread owns the venues and the fill log.
 */
public final class BacktestRunner {
    private final RunDefinition definition;
    private final WaitStrategyKind waitStrategy;

    public BacktestRunner(RunDefinition definition, WaitStrategyKind waitStrategy) {
        this.definition = definition;
        this.waitStrategy = waitStrategy;
    }

    /** The one instrument a backtest's data file feeds: all strategies must trade it. */
    public static Instrument dataInstrument(RunDefinition definition) {
        int id = definition.instrumentOf(0).id();
        for (int s = 1; s < definition.strategyCount(); s++) {
            if (definition.instrumentOf(s).id() != id) {
                throw new IllegalArgumentException("a backtest feeds one trade file to one symbol, but the strategies trade "
                        + definition.instruments().byId(id).symbol() + " and " + definition.instrumentOf(s).symbol());
            }
        }
        return definition.instruments().byId(id);
    }

    /**
     * Runs every trade of {@code trades}, journaling into {@code journalDir}.
     *
     * @param progress told the number of trades done, now and then (on this thread)
     */
    public BacktestResult run(TradeFileReader trades, String configText, String configName, String dataName,
                              Path journalDir, LongConsumer progress) {
        Instrument instrument = dataInstrument(definition);
        int instrumentId = instrument.id();
        long started = System.nanoTime();
        FillLog fillLog = new FillLog();
        try (Journal journal = Journal.create(journalDir)) {
            journal.writeHeader(new RunHeader(RunHeader.BACKTEST, configText, configName, dataName, 0L));
            EnginePipeline pipeline = EnginePipeline.builder(definition::newLogic)
                    .waitStrategy(waitStrategy)
                    .inboundJournal(journal.inboundHandler())
                    .outboundJournal(journal.outboundHandler())
                    .outboundTap()
                    .start();
            RingVenueListener venueOut = new RingVenueListener(pipeline.inboundRing());
            SimMatchingCore[] venues = new SimMatchingCore[definition.accountCount()];
            for (int a = 0; a < venues.length; a++) {
                venues[a] = new SimMatchingCore(definition.instruments(), venueOut, definition.hedgeMode(a));
            }
            Driver driver = new Driver(definition, pipeline, venues, venueOut, fillLog);
            long count = 0;
            long first = 0;
            long last = 0;
            try {
                while (trades.next()) {
                    long ts = trades.timestampNanos();
                    if (count == 0) {
                        first = ts;
                    }
                    last = ts;
                    for (SimMatchingCore venue : venues) {
                        venue.onTrade(ts, instrumentId, trades.priceTicks(), trades.qtyLots());
                    }
                    venueOut.publishTrade(ts, instrumentId, trades.priceTicks(), trades.qtyLots(), count + 1);
                    driver.settle();
                    count++;
                    if ((count & 1023) == 0) {
                        progress.accept(count);
                    }
                }
                progress.accept(count);
            } finally {
                pipeline.close();
            }
            driver.checkHealthy();
            EngineLogic logic = pipeline.logic();
            long[] venuePositions = new long[venues.length];
            for (int a = 0; a < venues.length; a++) {
                venuePositions[a] = venues[a].positionLots(instrumentId);
            }
            return new BacktestResult(definition, logic, fillLog, count, first, last, venuePositions,
                    journalDir, journal.inboundWritten(), journal.outboundWritten(), journal.failedWrites(),
                    journal.droppedEvents(), System.nanoTime() - started);
        }
    }

    /** The settle loop: engine and venue talk until both are quiet. */
    private static final class Driver {
        private final RunDefinition definition;
        private final EnginePipeline pipeline;
        private final SimMatchingCore[] venues;
        private final RingVenueListener venueOut;
        private final FillLog fillLog;
        private final OutboundConsumer onOutbound = this::onOutbound;

        Driver(RunDefinition definition, EnginePipeline pipeline, SimMatchingCore[] venues, RingVenueListener venueOut,
               FillLog fillLog) {
            this.definition = definition;
            this.pipeline = pipeline;
            this.venues = venues;
            this.venueOut = venueOut;
            this.fillLog = fillLog;
        }

        void settle() {
            while (true) {
                pipeline.awaitLogicCaughtUp();
                checkHealthy();
                long before = venueOut.published();
                pipeline.drainOutbound(onOutbound);
                if (venueOut.published() == before) {
                    return;
                }
            }
        }

        private void onOutbound(OutboundEvent event) {
            fillLog.record(event);
            if (!event.type().isOrderCommand()) {
                return;
            }
            SimMatchingCore venue = venues[definition.accountOf(event.strategyId())];
            switch (event.type()) {
                case PLACE, CANCEL -> venue.onCommand(event, event.timestampNanos());
                case QUERY_POSITION -> venueOut.publishPosition(event.timestampNanos(), event.instrumentId(),
                        venue.positionLots(event.instrumentId()));
                case QUERY_ORDER -> {
                    // In a backtest every order's fill or cancel reaches the engine before any query
                    // can be asked, so only a still-working order needs an answer.
                    if (venue.isWorking(event.instrumentId(), event.clientOrderId())) {
                        venueOut.publishWorking(event.timestampNanos(), event.instrumentId(),
                                event.clientOrderId(), event.side());
                    }
                }
                default -> {
                }
            }
        }

        void checkHealthy() {
            if (pipeline.health().halted()) {
                throw new IllegalStateException("engine halted: " + pipeline.health().failure(),
                        pipeline.health().cause());
            }
        }
    }
}
