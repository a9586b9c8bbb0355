package dev.gridbot.engine.grid;

import dev.gridbot.engine.model.Side;

/** What a grid level trades, fixed when the grid starts. */
enum Role {
    /** Sells to open at its price, buys back one level lower. */
    SHORT(Side.SELL),
    /** Buys to open at its price, sells one level higher. */
    LONG(Side.BUY),
    /** Trades nothing (the reference level of a neutral grid, or an outer bound). */
    NONE(Side.BUY);

    private final Side entrySide;

    Role(Side entrySide) {
        this.entrySide = entrySide;
    }

    Side entrySide() {
        return entrySide;
    }

    Side exitSide() {
        return entrySide.opposite();
    }
}
