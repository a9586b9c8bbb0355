package dev.gridbot.app.live;

import dev.gridbot.config.ConfigLoader;
import dev.gridbot.engine.RunDefinition;
import dev.gridbot.engine.event.InboundEvent;
import dev.gridbot.engine.model.Instrument;
import dev.gridbot.engine.model.OrderType;
import dev.gridbot.engine.model.Side;
import dev.gridbot.engine.model.TimeInForce;
import dev.gridbot.engine.strategy.EngineLogic;
import dev.gridbot.engine.strategy.OrderSink;
import dev.gridbot.journal.Journal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The status line shows each netting book's venue position beside its strategies' virtual ones. */
class StatusLineTest {
    private static final Instrument BTC = new Instrument(0, "BTCUSDT", new BigDecimal("0.01"), new BigDecimal("0.001"),
            new BigDecimal("0.001"), BigDecimal.ZERO, 200, 500);
    private static final long SECOND = 1_000_000_000L;

    @TempDir
    Path tmp;

    @Test
    void shouldListTheStrategiesOfABookAndSayTheVenueEqualsTheirSum() {
        StringBuilder b = new StringBuilder();

        StatusLine.appendBook(b, "desk", BTC, 300, 300, List.of("grid", "meanrev"), List.of(-150L, 450L));

        assertEquals(" | desk BTCUSDT venue 0.300 = virtual 0.300 (grid -0.150 meanrev 0.450)", b.toString());
    }

    @Test
    void shouldFlagAMismatchBetweenTheVenueAndTheVirtualPositions() {
        StringBuilder b = new StringBuilder();

        StatusLine.appendBook(b, "desk", BTC, 300, 250, List.of("grid", "meanrev"), List.of(-200L, 450L));

        assertEquals(" | desk BTCUSDT venue 0.300 != virtual 0.250 (grid -0.200 meanrev 0.450) MISMATCH", b.toString());
    }

    @Test
    void shouldNotListTheOnlyStrategyOfABook() {
        StringBuilder b = new StringBuilder();

        StatusLine.appendBook(b, "default", BTC, -20, -20, List.of("grid"), List.of(-20L));

        assertEquals(" | default BTCUSDT venue -0.020 = virtual -0.020", b.toString());
    }

    @Test
    void shouldShowWhatTheEngineBookedAfterACrossAndAVenueFill() throws Exception {
        RunDefinition definition = new RunDefinition(ConfigLoader.parse("""
                venue: { kind: sim }
                instruments:
                  BTCUSDT: { tickSize: 0.01, stepSize: 0.001, minQty: 0.001, makerFee: 0.0002, takerFee: 0.0005 }
                accounts:
                  desk: { positionMode: ONE_WAY }
                strategies:
                  - { name: long, type: target, account: desk, symbol: BTCUSDT, target: 0.3, maxPosition: 0.3,
                      maxLoss: 100 }
                  - { name: short, type: target, account: desk, symbol: BTCUSDT, target: -0.1, maxPosition: 0.1,
                      maxLoss: 100 }
                """, "status.yaml"));
        LastPlace venue = new LastPlace();
        EngineLogic logic = definition.newLogic(venue);
        InboundEvent e = new InboundEvent();
        logic.onEvent(e.setTrade(SECOND, 0, 80_000, 10, 1), 0, true);
        assertEquals(200, venue.qtyLots, "the book sends only the net: 0.3 - 0.1");
        logic.onEvent(e.setFilled(2 * SECOND, 0, venue.clientOrderId, Side.BUY, venue.priceTicks, 200, 0, 32, true, 1),
                1, true);

        try (Journal journal = Journal.create(tmp.resolve("journal"))) {
            String line = new StatusLine(definition, logic.statusBoard(), () -> true, journal).format(0);

            assertTrue(line.contains(" | desk BTCUSDT venue 0.200 = virtual 0.200 (long 0.300 short -0.100) | venue "
                    + "connected"), line);
        }
    }

    /** Keeps the last order the engine placed; everything else it says is dropped. */
    private static final class LastPlace implements OrderSink {
        long clientOrderId;
        long priceTicks;
        long qtyLots;

        @Override
        public void place(long timestampNanos, int strategyId, int instrumentId, long clientOrderId, Side side,
                          OrderType orderType, TimeInForce timeInForce, boolean reduceOnly, long priceTicks,
                          long qtyLots) {
            this.clientOrderId = clientOrderId;
            this.priceTicks = priceTicks;
            this.qtyLots = qtyLots;
        }

        @Override
        public void cancel(long timestampNanos, int strategyId, int instrumentId, long clientOrderId, Side side) {
        }

        @Override
        public void queryOrder(long timestampNanos, int strategyId, int instrumentId, long clientOrderId, Side side) {
        }

        @Override
        public void queryPosition(long timestampNanos, int strategyId, int instrumentId) {
        }

        @Override
        public void fillReport(long timestampNanos, int strategyId, int instrumentId, long clientOrderId, Side side,
                               long priceTicks, long qtyLots, long feeUnits, long pnlUnits) {
        }

        @Override
        public void crossReport(long timestampNanos, int bookId, int instrumentId, int buyerId, int sellerId,
                                long priceTicks, long qtyLots, long feeSavedUnits) {
        }

        @Override
        public void stopReport(long timestampNanos, int strategyId, int instrumentId, long triggerTimeNanos,
                               long triggerPriceTicks, long positionLots, long closePriceTicks) {
        }
    }
}
