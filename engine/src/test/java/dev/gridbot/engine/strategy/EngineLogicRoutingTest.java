package dev.gridbot.engine.strategy;

import dev.gridbot.config.ConfigLoader;
import dev.gridbot.engine.RunDefinition;
import dev.gridbot.engine.event.InboundEvent;
import dev.gridbot.engine.event.OutboundEvent;
import dev.gridbot.engine.event.OutboundType;
import dev.gridbot.engine.model.ClientOrderId;
import dev.gridbot.engine.model.Intent;
import dev.gridbot.engine.model.Side;
import dev.gridbot.engine.model.VenueState;
import dev.gridbot.engine.support.CapturingSink;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The business logic never trips over input that is not its own: it counts it and goes on. */
class EngineLogicRoutingTest {
    private static final String CONFIG = """
            venue: { kind: sim }
            instruments:
              BTCUSDT: { tickSize: 0.01, stepSize: 0.001, minQty: 0.001, makerFee: 0.0002, takerFee: 0.0005 }
            strategies:
              - { name: g, type: grid, symbol: BTCUSDT, mode: long, lower: 100, upper: 200, levels: 11,
                  quantity: 0.01, maxPosition: 0.05, stopLossBufferPct: 1 }
            """;

    private final CapturingSink sink = new CapturingSink();
    private final EngineLogic logic;
    private final InboundEvent e = new InboundEvent();

    EngineLogicRoutingTest() throws Exception {
        logic = new RunDefinition(ConfigLoader.parse(CONFIG, "test.yaml")).newLogic(sink);
    }

    @Test
    void shouldCountEventsOfForeignOrdersUnknownStrategiesAndInstrumentsWithoutFailing() {
        logic.onEvent(e.setFilled(1, 0, ClientOrderId.NONE, Side.BUY, 100, 1, 0, 0, true, 1), 0, true);
        logic.onEvent(e.setFilled(1, 0, ClientOrderId.of(7, 1, Intent.ENTRY, 1), Side.BUY, 100, 1, 0, 0, true, 1), 1,
                true);
        logic.onEvent(e.setTrade(1, 5, 15000, 1, 1), 2, true);
        logic.onEvent(e.setTrade(1, -1, 15000, 1, 1), 3, true);
        assertEquals(4, logic.foreignEvents());
        assertEquals(0, logic.strategy(0).counters().trades());
    }

    @Test
    void shouldCountAndFollowAVenuePositionThatStaysDifferentThroughSeveralTradesAndASecond() {
        logic.onEvent(e.setPosition(1, 0, 0, 0, VenueView.BOTH), 0, true);
        logic.onEvent(e.setPosition(2, 0, 5, 15000, VenueView.BOTH), 1, true);
        assertEquals(5, logic.venue().positionLots(0, VenueView.BOTH));
        assertEquals(0, logic.venue().positionMismatches(), "reported before its fill: only a suspicion");
        for (int i = 0; i < VenueView.MISMATCH_TRADES; i++) {
            logic.onEvent(e.setTrade(3 + i, 0, 15000, 1, 1), 2 + i, true);
        }
        assertEquals(0, logic.venue().positionMismatches(), "three trades, but within a second");
        logic.onEvent(e.setTrade(2 + VenueView.MISMATCH_NANOS, 0, 15000, 1, 1), 9, true);
        assertEquals(1, logic.venue().positionMismatches());
        assertEquals(1, logic.statusBoard().positionMismatches());
        assertEquals(5, logic.netLots(0), "the grid's books follow the venue");
        assertEquals(1, logic.strategy(0).counters().positionsAdopted());
    }

    @Test
    void shouldNotCountAPositionReportedJustBeforeTheFillThatExplainsIt() {
        logic.onEvent(e.setTrade(1, 0, 14510, 1, 1), 0, true);
        OutboundEvent entry = sink.events.stream().filter(o -> o.type() == OutboundType.PLACE).findFirst()
                .orElseThrow();
        // the venue's position update (10 lots long) arrives before the fill that caused it
        logic.onEvent(e.setPosition(2, 0, entry.qtyLots(), entry.priceTicks(), VenueView.BOTH), 1, true);
        logic.onEvent(e.setTrade(3, 0, 14400, 1, 1), 2, true);
        logic.onEvent(e.setFilled(4, 0, entry.clientOrderId(), Side.BUY, entry.priceTicks(), entry.qtyLots(), 0, 0,
                true, 7), 3, true);
        for (int i = 0; i < 10; i++) {
            logic.onEvent(e.setTrade(5 + i, 0, 14400, 1, 1), 4 + i, true);
        }
        assertEquals(entry.qtyLots(), logic.netLots(0));
        assertEquals(0, logic.venue().positionMismatches());
    }

    @Test
    void shouldKeepTheVenueStateMarkAndTouch() {
        logic.onEvent(e.setVenueStatus(1, VenueState.CONNECTED.ordinal(), 0), 0, true);
        logic.onEvent(e.setMarkPrice(2, 0, 15012), 1, true);
        logic.onEvent(e.setBookTicker(3, 0, 15010, 15011, 9), 2, true);
        logic.onEvent(e.setVenueStatus(4, VenueState.NOTICE.ordinal(), -1021), 3, true);
        VenueView v = logic.venue();
        assertEquals(VenueState.CONNECTED, v.state());
        assertEquals(-1021, v.lastCode());
        assertEquals(15012, v.markTicks(0));
        assertTrue(v.bidTicks(0) == 15010 && v.askTicks(0) == 15011);
    }
}
