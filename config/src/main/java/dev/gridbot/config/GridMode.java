package dev.gridbot.config;

/**
 * Which side a grid trades. Written in YAML as {@code short}, {@code neutral} or {@code long}.
 *
 * <p>A short grid sells into rises and buys back one level lower; a long grid buys dips and sells
 * one level higher; a neutral grid does both around the price it starts at.
 */
public enum GridMode {
    SHORT,
    NEUTRAL,
    LONG
}
