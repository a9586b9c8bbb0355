package dev.gridbot.engine.grid;

/** The life of a grid strategy. */
public enum GridState {
    /** Waiting for the first trade, whose price fixes the roles of a neutral grid. */
    WAITING,
    RUNNING,
    /** Stop-loss triggered: orders cancelled, the closing market order working. */
    STOPPING,
    /** Stopped for the rest of the run. */
    STOPPED
}
