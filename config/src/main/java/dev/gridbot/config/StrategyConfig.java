package dev.gridbot.config;

/**
 * One configured strategy, whatever its type. Each type has its own record; switch over the
 * permitted subtypes rather than testing {@code type()} strings. A grid rests orders on fixed
 * price lines; a {@link TargetStrategyConfig} names the position it wants and leaves the orders
 * that get it there to the engine.
 *
 * <p>Implementations are immutable; built by {@link ConfigLoader} and shared read-only.
 */
public sealed interface StrategyConfig permits GridStrategyConfig, TargetStrategyConfig {

    /** The strategy's name, unique within one configuration. */
    String name();

    /** The strategy type as written in YAML, e.g. {@code grid}. */
    String type();

    /** The symbol of the instrument the strategy trades, a key of {@link GridbotConfig#instruments()}. */
    String symbol();

    /** The account the strategy trades, or null for the configuration's only account. */
    String account();
}
