package dev.gridbot.engine.netting;

import dev.gridbot.config.ConfigException;
import dev.gridbot.config.ConfigLoader;
import dev.gridbot.engine.RunDefinition;
import dev.gridbot.engine.event.InboundEvent;
import dev.gridbot.engine.event.OutboundEvent;
import dev.gridbot.engine.event.OutboundType;
import dev.gridbot.engine.grid.GridState;
import dev.gridbot.engine.model.ControlCommand;
import dev.gridbot.engine.model.Instrument;
import dev.gridbot.engine.model.Money;
import dev.gridbot.engine.model.Side;
import dev.gridbot.engine.strategy.EngineLogic;
import dev.gridbot.engine.support.CapturingSink;
import dev.gridbot.engine.target.ScheduleSignal;
import dev.gridbot.engine.target.TargetSignal;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A changed configuration handed to a target strategy: refused while it runs or stops, taken while
 * paused or stopped (its cap, stop and execution settings from then on); and, through
 * {@link RunDefinition#reconfigure}, its signal kept warm unless the signal's own settings change.
 */
class TargetStrategyReconfigureTest {
    private static final long SEC = 1_000_000_000L;
    private static final Instrument INSTRUMENT = new Instrument(0, "TEST", BigDecimal.ONE, BigDecimal.ONE,
            BigDecimal.ONE, BigDecimal.ZERO, 200, 500);
    private static final long MAX_LOSS_UNITS = 50 * Money.UNITS_PER_TICK_LOT;

    private final CapturingSink venue = new CapturingSink();
    private final InboundEvent event = new InboundEvent();
    private final NettingBook book = new NettingBook(1, INSTRUMENT, false, new AccountLimits("desk", 200, 300, 1200),
            Long.MAX_VALUE, venue);
    /** Wants 10 lots from its first trade on; cap 100, threshold 1. */
    private final TargetStrategy strategy = wanting10(100, 1);

    TargetStrategyReconfigureTest() {
        book.attach(new TargetStrategy[] {strategy}, new TargetStrategy[] {strategy});
    }

    /** A strategy 0 that wants 10 lots, with the given cap and threshold (what a changed configuration builds). */
    private TargetStrategy wanting10(long maxPositionLots, long thresholdLots) {
        return new TargetStrategy(0, "t", 0, new ScheduleSignal(new long[] {0}, new long[] {10}), maxPositionLots,
                MAX_LOSS_UNITS, thresholdLots, 5 * SEC, 10, book);
    }

    private void trade(long sec, long price) {
        event.setTrade(sec * SEC, 0, price, 1, 0);
        strategy.onTrade(event);
        book.onTrade(sec * SEC, price);
        book.drain();
    }

    /** Has the venue accept and fill the book's last order in full at its price. */
    private void fillLastOrder(long sec) {
        var places = venue.ofType(OutboundType.PLACE);
        OutboundEvent order = places.get(places.size() - 1);
        book.onOwnOrderEvent(event.setAccepted(sec * SEC, 0, order.clientOrderId(), order.side(), order.priceTicks(),
                order.qtyLots()));
        book.onOwnOrderEvent(event.setFilled(sec * SEC, 0, order.clientOrderId(), order.side(), order.priceTicks(),
                order.qtyLots(), 0, 0, true, sec));
    }

    @Test
    void shouldRefuseAChangeWhileRunningAndKeepItsLimits() {
        trade(1, 1000);
        assertEquals(GridState.RUNNING, strategy.state());
        TargetSignal signal = strategy.signal();

        assertFalse(strategy.reconfigure(wanting10(5, 3), 2 * SEC));
        assertEquals(1, strategy.thresholdLots());
        assertSame(signal, strategy.signal());
        trade(3, 1000);
        assertEquals(10, strategy.targetLots(), "the cap is still 100, not 5");
    }

    @Test
    void shouldTakeANewCapThresholdAndExecutionWhilePausedAndKeepItsPosition() {
        trade(1, 1000);
        fillLastOrder(1);
        assertEquals(10, strategy.account().netLots());
        assertTrue(strategy.onControl(ControlCommand.PAUSE, 2 * SEC));

        TargetStrategy changed = new TargetStrategy(0, "t", 0, new ScheduleSignal(new long[] {0}, new long[] {10}), 4,
                MAX_LOSS_UNITS, 3, 2 * SEC, 7, book);
        assertTrue(strategy.reconfigure(changed, 2 * SEC));
        assertEquals(3, strategy.thresholdLots());
        assertEquals(2 * SEC, strategy.chaseAfterNanos());
        assertEquals(7, strategy.chaseTicks());
        assertSame(changed.signal(), strategy.signal(), "it takes the signal it is handed");
        assertTrue(strategy.paused(), "still paused");
        assertEquals(10, strategy.account().netLots(), "its position stays");

        assertTrue(strategy.onControl(ControlCommand.RESUME, 3 * SEC));
        trade(4, 1000);
        assertEquals(4, strategy.targetLots(), "the new cap holds from the next trade");
    }

    @Test
    void shouldHaveTheBookTradeANetOnceALoweredThresholdAllowsIt() {
        TargetStrategy wary = wanting10(100, 20);
        NettingBook waryBook = new NettingBook(1, INSTRUMENT, false, new AccountLimits("desk", 200, 300, 1200),
                Long.MAX_VALUE, venue);
        waryBook.attach(new TargetStrategy[] {wary}, new TargetStrategy[] {wary});
        event.setTrade(SEC, 0, 1000, 1, 0);
        wary.onTrade(event);
        waryBook.onTrade(SEC, 1000);
        assertEquals(0, venue.ofType(OutboundType.PLACE).size(), "a net of 10 is below the threshold of 20");

        assertTrue(wary.onControl(ControlCommand.PAUSE, 2 * SEC));
        assertTrue(wary.reconfigure(wanting10(100, 5), 2 * SEC));
        assertTrue(wary.onControl(ControlCommand.RESUME, 2 * SEC));
        event.setTrade(3 * SEC, 0, 1000, 1, 0);
        wary.onTrade(event);
        waryBook.onTrade(3 * SEC, 1000);
        assertEquals(1, venue.ofType(OutboundType.PLACE).size(), "the book works to the new threshold, 5");
        assertEquals(10, venue.ofType(OutboundType.PLACE).get(0).qtyLots());
    }

    @Test
    void shouldRefuseAChangeWhileStoppingAndTakeItOnceStopped() {
        trade(1, 1000);
        fillLastOrder(1);
        assertTrue(strategy.onControl(ControlCommand.STOP, 2 * SEC));
        assertEquals(GridState.STOPPING, strategy.state(), "10 lots to close first");
        assertFalse(strategy.reconfigure(wanting10(4, 3), 2 * SEC));
        assertEquals(1, strategy.thresholdLots());

        trade(3, 1000);
        assertEquals(Side.SELL, venue.ofType(OutboundType.PLACE).get(1).side(), "it closes");
        fillLastOrder(3);
        assertEquals(GridState.STOPPED, strategy.state());
        assertTrue(strategy.reconfigure(wanting10(4, 3), 3 * SEC));
        assertEquals(3, strategy.thresholdLots());
    }

    @Test
    void shouldRefuseAnotherStrategysConfiguration() {
        assertTrue(strategy.onControl(ControlCommand.PAUSE, SEC));
        TargetStrategy other = new TargetStrategy(1, "u", 0, new ScheduleSignal(new long[] {0}, new long[] {10}), 4,
                MAX_LOSS_UNITS, 3, 5 * SEC, 10, book);
        assertFalse(strategy.reconfigure(other, SEC));
        assertEquals(1, strategy.thresholdLots());
    }

    // ------------------------------------------------------------ through RunDefinition

    /** A breakout on a two-sample channel of one-second samples: it goes long on a trade above both. */
    private static final String BREAKOUT = """
            venue: { kind: sim }
            instruments:
              BTCUSDT: { tickSize: 0.01, stepSize: 0.001, minQty: 0.001, makerFee: 0.0002, takerFee: 0.0005 }
            strategies:
              - { name: b, type: breakout, symbol: BTCUSDT, maxPosition: 0.05, maxLoss: 25, sampleSec: 1, window: 2 }
            """;

    private static RunDefinition definition(String yaml) throws ConfigException {
        return new RunDefinition(ConfigLoader.parse(yaml, "test.yaml"));
    }

    /** A run of {@code yaml} whose breakout has seen a channel at 100.00 and broke out at 101.00. */
    private static EngineLogic brokenOut(RunDefinition definition) {
        EngineLogic logic = definition.newLogic(new CapturingSink());
        InboundEvent e = new InboundEvent();
        logic.onEvent(e.setTrade(0, 0, 10_000, 1, 1), 0, true);
        logic.onEvent(e.setTrade(SEC + SEC / 2, 0, 10_000, 1, 2), 1, true);
        logic.onEvent(e.setTrade(2 * SEC + SEC / 2, 0, 10_100, 1, 3), 2, true);
        return logic;
    }

    private static TargetStrategy target(EngineLogic logic) {
        return (TargetStrategy) logic.strategy(0);
    }

    private static void control(EngineLogic logic, ControlCommand command, long now) {
        logic.onEvent(new InboundEvent().setControl(now, 0, 0, command.ordinal()), 9, true);
    }

    @Test
    void shouldKeepTheSignalWhenOnlyTheCapTheStopOrTheExecutionChange() throws Exception {
        RunDefinition before = definition(BREAKOUT);
        EngineLogic logic = brokenOut(before);
        assertEquals(50, target(logic).targetLots());
        TargetSignal warm = target(logic).signal();
        control(logic, ControlCommand.PAUSE, 3 * SEC);

        RunDefinition after = definition(BREAKOUT.replace("maxLoss: 25", "maxLoss: 20, threshold: 0.002, "
                + "chaseAfterMs: 2000, chaseTicks: 5"));
        assertTrue(after.reconfigure(logic.strategy(0), before, logic.bookOf(0), 3 * SEC));
        assertSame(warm, target(logic).signal(), "its signal and what it has seen stay");
        assertEquals(2, target(logic).thresholdLots());
        assertEquals(2 * SEC, target(logic).chaseAfterNanos());
        assertEquals(5, target(logic).chaseTicks());

        RunDefinition bigger = definition(BREAKOUT.replace("maxPosition: 0.05", "maxPosition: 0.1"));
        assertTrue(bigger.reconfigure(logic.strategy(0), after, logic.bookOf(0), 3 * SEC));
        assertSame(warm, target(logic).signal());
    }

    @Test
    void shouldSizeAKeptSignalToTheNewCapAsARunOfTheNewConfigurationWould() throws Exception {
        RunDefinition before = definition(BREAKOUT);
        RunDefinition bigger = definition(BREAKOUT.replace("maxPosition: 0.05", "maxPosition: 0.1"));
        EngineLogic changed = brokenOut(before);
        control(changed, ControlCommand.PAUSE, 3 * SEC);
        assertTrue(bigger.reconfigure(changed.strategy(0), before, changed.bookOf(0), 3 * SEC));
        control(changed, ControlCommand.RESUME, 3 * SEC);
        EngineLogic fresh = brokenOut(bigger);

        InboundEvent e = new InboundEvent();
        changed.onEvent(e.setTrade(3 * SEC + SEC / 2, 0, 10_150, 1, 4), 10, true);
        fresh.onEvent(e.setTrade(3 * SEC + SEC / 2, 0, 10_150, 1, 4), 10, true);
        assertEquals(100, target(fresh).targetLots(), "a run of the new configuration goes long 0.1");
        assertEquals(100, target(changed).targetLots(), "long the new maxPosition, 0.1, as the new configuration says");
    }

    @Test
    void shouldBuildAFreshSignalWhenTheSignalsOwnSettingsChange() throws Exception {
        RunDefinition before = definition(BREAKOUT);
        EngineLogic logic = brokenOut(before);
        TargetSignal warm = target(logic).signal();
        control(logic, ControlCommand.PAUSE, 3 * SEC);

        RunDefinition wider = definition(BREAKOUT.replace("window: 2", "window: 3"));
        assertTrue(wider.reconfigure(logic.strategy(0), before, logic.bookOf(0), 3 * SEC));
        assertNotSame(warm, target(logic).signal());
        logic.onEvent(new InboundEvent().setTrade(3 * SEC + SEC / 2, 0, 10_150, 1, 4), 10, true);
        assertEquals(0, target(logic).targetLots(), "a fresh signal waits for its window of samples");
    }

    @Test
    void shouldRefuseThroughTheRunDefinitionWhileRunningAndKeepTheSignal() throws Exception {
        RunDefinition before = definition(BREAKOUT);
        EngineLogic logic = brokenOut(before);
        TargetSignal warm = target(logic).signal();
        RunDefinition wider = definition(BREAKOUT.replace("window: 2", "window: 3"));

        assertFalse(wider.reconfigure(logic.strategy(0), before, logic.bookOf(0), 3 * SEC));
        assertSame(warm, target(logic).signal());
        assertEquals(50, target(logic).targetLots());
    }
}
