package dev.gridbot.engine.strategy;

import dev.gridbot.config.ConfigException;
import dev.gridbot.config.ConfigLoader;
import dev.gridbot.engine.RunDefinition;
import dev.gridbot.engine.event.InboundEvent;
import dev.gridbot.engine.event.OutboundEvent;
import dev.gridbot.engine.event.OutboundType;
import dev.gridbot.engine.grid.GridSpec;
import dev.gridbot.engine.grid.GridState;
import dev.gridbot.engine.grid.GridStrategy;
import dev.gridbot.engine.model.ControlCommand;
import dev.gridbot.engine.support.CapturingSink;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * RECONFIGURE events as the business logic takes them: a revision it was never given is refused and
 * changes nothing; a registered one is taken by a paused grid, which the strategy's revision, the
 * status board and the state hash then say; a stopped grid whose level count changes shows its new
 * levels on the board.
 */
class EngineLogicReconfigureTest {
    /** A long grid from 100 to 200 in 11 levels, 0.01 a level, cap 0.03: levels 10 000, 11 000, … ticks. */
    private static final String CONFIG = """
            venue: { kind: sim }
            instruments:
              BTCUSDT: { tickSize: 0.01, stepSize: 0.001, minQty: 0.001, makerFee: 0.0002, takerFee: 0.0005 }
            strategies:
              - { name: g, type: grid, symbol: BTCUSDT, mode: long, lower: 100, upper: 200, levels: 11,
                  quantity: 0.01, maxPosition: 0.03, stopLossBufferPct: 1 }
            """;

    private static final long SEC = 1_000_000_000L;

    private final CapturingSink sink = new CapturingSink();
    private final EngineLogic logic = newLogic(sink);
    private final InboundEvent e = new InboundEvent();
    private long seq;

    private static RunDefinition definition(String yaml) {
        try {
            return new RunDefinition(ConfigLoader.parse(yaml, "test.yaml"));
        } catch (ConfigException ex) {
            throw new AssertionError(ex);
        }
    }

    private static EngineLogic newLogic(CapturingSink sink) {
        return definition(CONFIG).newLogic(sink);
    }

    private static String changed(String from, String to) {
        return CONFIG.replace(from, to);
    }

    private void on(EngineLogic target, InboundEvent event) {
        target.onEvent(event, seq++, true);
    }

    private void trade(EngineLogic target, long sec, long priceTicks) {
        on(target, e.setTrade(sec * SEC, 0, priceTicks, 1, sec));
    }

    private void control(EngineLogic target, long sec, ControlCommand command) {
        on(target, e.setControl(sec * SEC, 0, 0, command.ordinal()));
    }

    private void reconfigure(EngineLogic target, long sec, int revision) {
        on(target, e.setReconfigure(sec * SEC, 0, 0, revision));
    }

    private GridSpec spec(EngineLogic target) {
        return ((GridStrategy) target.strategy(0)).spec();
    }

    @Test
    void shouldRefuseARevisionItWasNeverGivenAndChangeNothing() {
        trade(logic, 1, 14_550);
        control(logic, 2, ControlCommand.PAUSE);
        GridSpec before = spec(logic);
        long hash = logic.stateHash();
        long refused = logic.statusBoard().controlsRefused();
        int sent = sink.events.size();

        reconfigure(logic, 3, 1);
        reconfigure(logic, 4, -1);
        assertEquals(refused + 2, logic.statusBoard().controlsRefused());
        assertEquals(0, logic.revisionOf(0));
        assertEquals(0, logic.statusBoard().revision(0));
        assertSame(before, spec(logic));
        assertEquals(sent, sink.events.size(), "nothing sent");

        EngineLogic twin = newLogic(new CapturingSink());
        trade(twin, 1, 14_550);
        control(twin, 2, ControlCommand.PAUSE);
        assertEquals(hash, twin.stateHash(), "the twin is where the logic was before the refusals");
        control(twin, 3, ControlCommand.START);
        control(twin, 4, ControlCommand.START);
        assertEquals(2, twin.statusBoard().controlsRefused(), "only a stopped grid starts");
        assertEquals(logic.stateHash(), twin.stateHash(), "refused twice, whatever the command: the same state");
    }

    @Test
    void shouldHaveAPausedGridTakeARegisteredRevisionAndSaySo() {
        trade(logic, 1, 14_550);
        int revision = logic.revisions().add(definition(changed("quantity: 0.01, maxPosition: 0.03",
                "quantity: 0.02, maxPosition: 0.07")));
        assertEquals(1, revision);

        reconfigure(logic, 2, revision);
        assertEquals(1, logic.statusBoard().controlsRefused(), "running: refused");
        assertEquals(0, logic.revisionOf(0));
        assertEquals(10, spec(logic).qtyLots());

        control(logic, 3, ControlCommand.PAUSE);
        reconfigure(logic, 4, revision);
        assertEquals(2, logic.statusBoard().controlsApplied(), "the pause and the change");
        assertEquals(1, logic.revisionOf(0));
        assertEquals(1, logic.statusBoard().revision(0));
        assertEquals(20, spec(logic).qtyLots());
        assertEquals(70, spec(logic).maxPositionLots());
        assertEquals(GridState.PAUSED.ordinal(), logic.statusBoard().state(0));

        sink.events.clear();
        control(logic, 5, ControlCommand.RESUME);
        trade(logic, 6, 14_550);
        List<OutboundEvent> placed = sink.events.stream().filter(o -> o.type() == OutboundType.PLACE).toList();
        assertEquals(List.of(20L, 20L), placed.stream().map(OutboundEvent::qtyLots).toList(),
                "30 lots working, 70 the cap: two new entries of 20 below the three of 10");
    }

    @Test
    void shouldTellARunOnRevisionOneFromOneOnRevisionZeroByItsStateHash() {
        // Revision 1 is the same configuration: the two runs trade alike, only their revisions differ.
        EngineLogic moved = newLogic(new CapturingSink());
        EngineLogic stayed = newLogic(new CapturingSink());
        EngineLogic again = newLogic(new CapturingSink());
        for (EngineLogic run : List.of(moved, stayed, again)) {
            assertEquals(1, run.revisions().add(definition(CONFIG)));
            trade(run, 1, 14_550);
            control(run, 2, ControlCommand.PAUSE);
        }
        reconfigure(moved, 3, 1);
        reconfigure(stayed, 3, 0);
        reconfigure(again, 3, 1);
        assertEquals(1, moved.revisionOf(0));
        assertEquals(0, stayed.revisionOf(0));
        assertEquals(moved.statusBoard().controlsApplied(), stayed.statusBoard().controlsApplied());

        assertNotEquals(stayed.stateHash(), moved.stateHash(), "the revision a strategy runs with is state");
        assertEquals(again.stateHash(), moved.stateHash(), "and the same change gives the same state");
    }

    @Test
    void shouldShowAStoppedGridsNewLevelsOnTheBoardWhenItsLevelCountChanges() {
        control(logic, 1, ControlCommand.STOP);
        assertEquals(GridState.STOPPED, ((GridStrategy) logic.strategy(0)).state(), "it never traded: stopped at once");
        assertEquals(11, logic.statusBoard().levels(0));
        int revision = logic.revisions().add(definition(changed("levels: 11", "levels: 6")));

        reconfigure(logic, 2, revision);
        assertEquals(1, logic.revisionOf(0));
        assertEquals(6, logic.statusBoard().levels(0));
        assertEquals(12_000, logic.statusBoard().levelWord(0, 1) >>> 8, "levels 20.00 apart now");
        assertEquals(20_000, logic.statusBoard().levelWord(0, 5) >>> 8);
        assertEquals(0, logic.statusBoard().levelWord(0, 10), "a level it no longer has");

        control(logic, 3, ControlCommand.START);
        trade(logic, 4, 15_000);
        assertEquals(List.of(14_000L, 12_000L, 10_000L), sink.events.stream()
                .filter(o -> o.type() == OutboundType.PLACE).map(OutboundEvent::priceTicks).toList());
    }
}
