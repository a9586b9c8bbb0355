package dev.gridbot.app.control;

import dev.gridbot.config.ConfigDiff;
import dev.gridbot.config.GridbotConfig;
import dev.gridbot.config.StrategyConfig;
import dev.gridbot.engine.ConfigRevisions;
import dev.gridbot.engine.RunDefinition;
import dev.gridbot.engine.grid.GridSpec;
import dev.gridbot.engine.event.InboundEvent;
import dev.gridbot.engine.grid.GridState;
import dev.gridbot.engine.strategy.StatusBoard;
import dev.gridbot.journal.ConfigRevision;
import dev.gridbot.journal.Journal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a changed configuration would change in a running engine, and whether it may: checked on
 * the control endpoint before the change is journaled, and by a restart that was given a changed
 * file. In a running process only strategies' parameters change; the venue, the instruments, the
 * accounts and the list of strategies (names, types, symbols, accounts, order) stay as the run
 * started. A strategy whose parameters change must be paused or stopped; moving a grid's levels
 * (range, count, spacing, mode) needs it stopped with its orders settled. The engine applies the
 * same rules again when the change reaches it (docs/operating.md).
 *
 * <p>Immutable; built on the thread that asks.
 */
public final class ConfigChange {
    /** One strategy that changes: its id and name, the settings that differ, whether its levels move. */
    public record Changed(int id, String name, List<String> settings, boolean movesLevels) {
    }

    private final RunDefinition next;
    private final List<Changed> changed;
    private final List<String> refusals;
    private final boolean structural;

    private ConfigChange(RunDefinition next, List<Changed> changed, List<String> refusals, boolean structural) {
        this.next = next;
        this.changed = List.copyOf(changed);
        this.refusals = List.copyOf(refusals);
        this.structural = structural;
    }

    /**
     * Compares {@code next} with what the engine runs now.
     *
     * @param written   the configuration the run started with, as written (its journal header's)
     * @param revisions the engine's configuration revisions
     * @param board     the engine's status board: each strategy's revision and state
     */
    public static ConfigChange of(GridbotConfig written, ConfigRevisions revisions, StatusBoard board,
                                  RunDefinition next) {
        List<String> refusals = structuralRefusals(written, next.config());
        if (!refusals.isEmpty()) {
            return new ConfigChange(next, List.of(), refusals, true);
        }
        List<StrategyConfig> after = next.config().strategies();
        List<Changed> changed = new ArrayList<>();
        for (int id = 0; id < after.size(); id++) {
            StrategyConfig a = after.get(id);
            String name = a.name();
            RunDefinition current = revisions.get(board.revision(id));
            List<String> settings = ConfigDiff.differences(current.strategyConfig(id), a, "");
            if (settings.isEmpty()) {
                continue;
            }
            GridSpec was = current.gridSpec(id);
            boolean moves = was != null && !was.sameLevels(next.gridSpec(id));
            changed.add(new Changed(id, name, settings, moves));
            String refusal = stateRefusal(board, id, moves);
            if (refusal != null) {
                refusals.add(name + " (" + String.join(", ", settings) + "): " + refusal);
            }
        }
        return new ConfigChange(next, changed, refusals, false);
    }

    /**
     * What {@code next} changes that only a new run may: the venue, instruments, accounts, and the
     * strategies' names, order, types, symbols and accounts. Needs no engine (a restart asks first).
     */
    public static List<String> structuralRefusals(GridbotConfig written, GridbotConfig next) {
        List<String> refusals = new ArrayList<>();
        List<String> fixed = new ArrayList<>();
        fixed.addAll(ConfigDiff.differences(written.venue(), next.venue(), "venue"));
        fixed.addAll(ConfigDiff.differences(written.instruments(), next.instruments(), "instruments"));
        fixed.addAll(ConfigDiff.differences(written.accounts(), next.accounts(), "accounts"));
        if (!fixed.isEmpty()) {
            refusals.add(String.join(", ", fixed) + " changed: a running engine keeps its venue, instruments and "
                    + "accounts (they take a new run)");
        }
        List<StrategyConfig> before = written.strategies();
        List<StrategyConfig> after = next.strategies();
        if (!names(before).equals(names(after))) {
            refusals.add("the strategies are " + names(after) + ", the engine runs " + names(before)
                    + ": strategies are changed in place, not added, removed, renamed or reordered (that takes a new run)");
            return refusals;
        }
        for (int id = 0; id < after.size(); id++) {
            StrategyConfig b = before.get(id);
            StrategyConfig a = after.get(id);
            if (!b.type().equals(a.type()) || !b.symbol().equals(a.symbol())
                    || !Objects.equals(b.account(), a.account()) || b.getClass() != a.getClass()) {
                refusals.add(a.name() + ": its type, symbol and account stay as the run started (a new strategy takes "
                        + "a new run)");
            }
        }
        return refusals;
    }

    /** Why strategy {@code id}'s state does not allow the change now; null when it does. */
    private static String stateRefusal(StatusBoard board, int id, boolean movesLevels) {
        GridState state = GridState.values()[board.state(id)];
        String now = ControlServer.stateName(board, id);
        if (state == GridState.STOPPING) {
            return "it is " + now + "; change it once it has stopped";
        }
        if (state != GridState.PAUSED && state != GridState.STOPPED) {
            return "it is " + now + "; pause it first (./gridbot pause --strategy NAME)";
        }
        if (movesLevels && (state != GridState.STOPPED || board.workingOrders(id) != 0)) {
            return "its levels move (range, levels, spacing or mode), which needs it stopped with its orders settled; "
                    + "it is " + now + (state == GridState.STOPPED ? " with " + board.workingOrders(id)
                    + " order(s) still working" : "") + " (./gridbot stop --strategy NAME closes its position)";
        }
        return null;
    }

    private static List<String> names(List<StrategyConfig> strategies) {
        List<String> names = new ArrayList<>();
        for (StrategyConfig s : strategies) {
            names.add(s.name());
        }
        return names;
    }

    /**
     * Makes the change the engine's next configuration revision: journaled first, then registered
     * (a revision the journal does not hold would not replay), before any event names it.
     *
     * @param text   the configuration as given, verbatim
     * @param source where it came from (a file name)
     * @return the revision's number, for the reconfigure events ({@link InboundEvent#setReconfigure})
     * @throws dev.gridbot.journal.JournalException if the journal cannot hold it; nothing is registered then
     */
    public int record(Journal journal, ConfigRevisions revisions, String text, String source) {
        int revision = revisions.latest() + 1;
        journal.writeRevision(new ConfigRevision(revision, text, source));
        revisions.add(revision, next);
        return revision;
    }

    /** The strategies whose parameters change, in id order (empty when nothing changes). */
    public List<Changed> changed() {
        return changed;
    }

    /** Why the change may not be made, one reason per entry; empty when it may. */
    public List<String> refusals() {
        return refusals;
    }

    /** True when the change touches something only a new run may change, not just a strategy's state. */
    public boolean structural() {
        return structural;
    }
}
