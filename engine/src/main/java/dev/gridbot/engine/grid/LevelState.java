package dev.gridbot.engine.grid;

/** The life of one grid level: IDLE → ENTRY_WORKING → POSITION_OPEN → EXIT_WORKING → IDLE. */
public enum LevelState {
    IDLE,
    ENTRY_WORKING,
    POSITION_OPEN,
    EXIT_WORKING
}
