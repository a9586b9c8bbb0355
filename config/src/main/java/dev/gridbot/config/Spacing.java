package dev.gridbot.config;

/**
 * How the level prices of a grid are spread between its bounds. Written in YAML as
 * {@code arithmetic} (equal price steps) or {@code geometric} (equal percentage steps).
 *
 * @see GridLevelPrices
 */
public enum Spacing {
    ARITHMETIC,
    GEOMETRIC
}
