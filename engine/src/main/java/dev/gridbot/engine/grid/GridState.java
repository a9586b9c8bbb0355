package dev.gridbot.engine.grid;

/** The life of a grid strategy. */
public enum GridState {
    /** Waiting for the first trade, whose price fixes the roles of a neutral grid. */
    WAITING,
    RUNNING,
    /** Stop-loss triggered: orders cancelled, the closing market order working. */
    STOPPING,
    /** Stopped: by its stop-loss, or by an operator (who may start it again). */
    STOPPED,
    /** RUNNING, but paused by an operator: nothing new is placed (reported, never stored as the state). */
    PAUSED
}
