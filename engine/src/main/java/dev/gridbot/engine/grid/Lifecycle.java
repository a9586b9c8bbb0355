package dev.gridbot.engine.grid;

import dev.gridbot.engine.model.ControlCommand;
import dev.gridbot.engine.strategy.StateHash;
import dev.gridbot.engine.strategy.Strategy;

/**
 * What operators' commands add to a strategy's life cycle ({@link GridState}), the same for every
 * strategy type: whether it is paused, and whether its stop (working or done) was an operator's
 * rather than its stop-loss. The strategy keeps its state and does what a stop or a start means for
 * it; this class says which commands the state allows. Owned by the business-logic thread.
 */
public final class Lifecycle {
    /** What a strategy does once an operator's stop or start is allowed. */
    public interface Transitions {
        /** Cancel and close; it ends STOPPED (at once when nothing is held). */
        void stopByOperator(long nowNanos);

        /** From STOPPED to a fresh strategy of its configuration. */
        void startAfresh(long nowNanos);
    }

    private boolean paused;
    private boolean stopByCommand;

    /**
     * An operator's command to a strategy in {@code state}: true when applied. A stop or start the
     * state allows is carried out by {@code strategy}; {@link ControlCommand#RECONFIGURE} carries a
     * configuration and goes to {@link Strategy#reconfigure} instead, so it is refused here.
     */
    public boolean command(ControlCommand command, GridState state, long nowNanos, Transitions strategy) {
        return switch (command) {
            case PAUSE -> pause(state);
            case RESUME -> resume();
            case STOP -> {
                if (!stop(state)) {
                    yield false;
                }
                strategy.stopByOperator(nowNanos);
                yield true;
            }
            case START -> {
                if (!start(state)) {
                    yield false;
                }
                strategy.startAfresh(nowNanos);
                yield true;
            }
            case RECONFIGURE -> false;
        };
    }

    /** Pauses a running (or waiting) strategy; false when it is paused already or not running. */
    public boolean pause(GridState state) {
        if (paused || (state != GridState.RUNNING && state != GridState.WAITING)) {
            return false;
        }
        paused = true;
        return true;
    }

    /** Resumes a paused strategy; false when it is not paused. */
    public boolean resume() {
        if (!paused) {
            return false;
        }
        paused = false;
        return true;
    }

    /** An operator's stop, unless it is stopping or stopped already; the strategy then stops itself. */
    public boolean stop(GridState state) {
        if (state == GridState.STOPPING || state == GridState.STOPPED) {
            return false;
        }
        paused = false;
        stopByCommand = true;
        return true;
    }

    /** A start, allowed only when stopped; the strategy then starts afresh. */
    public boolean start(GridState state) {
        if (state != GridState.STOPPED) {
            return false;
        }
        stopByCommand = false;
        return true;
    }

    /**
     * Whether a changed configuration may be taken in {@code state}: only while paused (a pause
     * ends with a stop) or stopped; never while running or stopping.
     */
    public boolean mayReconfigure(GridState state) {
        return state == GridState.STOPPED || (paused && state != GridState.STOPPING);
    }

    /** Its stop-loss fired: a stop that is not an operator's, and no pause any more. */
    public void stopLossFired() {
        paused = false;
    }

    public boolean paused() {
        return paused;
    }

    /** True when the current (or last) stop was an operator's, so no stop-loss report is due. */
    public boolean stopByCommand() {
        return stopByCommand;
    }

    /** {@link Strategy#stateCode()} of a strategy in {@code state}: PAUSED while paused (running or waiting). */
    public int stateCode(GridState state) {
        return paused && (state == GridState.RUNNING || state == GridState.WAITING) ? GridState.PAUSED.ordinal()
                : state.ordinal();
    }

    /** The {@link Strategy#STOP_LOSS} condition bit of a strategy in {@code state}. */
    public int stopLossCondition(GridState state) {
        return (state == GridState.STOPPING || state == GridState.STOPPED) && !stopByCommand ? Strategy.STOP_LOSS : 0;
    }

    public long stateHash(long h) {
        return StateHash.mix(h, (paused ? 1 : 0) | (stopByCommand ? 2 : 0));
    }
}
