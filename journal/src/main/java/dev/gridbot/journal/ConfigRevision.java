package dev.gridbot.journal;

import dev.gridbot.config.ConfigException;
import dev.gridbot.config.ConfigLoader;
import dev.gridbot.engine.RunDefinition;

import java.util.Objects;

/**
 * A journaled configuration change: the whole configuration (YAML) a running engine was given,
 * numbered as its next {@linkplain dev.gridbot.engine.ConfigRevisions revision}. It is written before
 * the control events that name it, so a replay knows it by the time it needs it. Immutable.
 *
 * @param revision   its number, 1 for the first change of a run (the header's configuration is 0)
 * @param configText the configuration, verbatim
 * @param configName where it came from (a file name), for messages and reports
 */
public record ConfigRevision(int revision, String configText, String configName) {
    public ConfigRevision {
        Objects.requireNonNull(configText, "configText");
        Objects.requireNonNull(configName, "configName");
        if (revision < 1) {
            throw new IllegalArgumentException("a configuration revision is numbered from 1, not " + revision);
        }
    }

    /** What the configuration trades, as the engine builds it. */
    public RunDefinition definition() throws ConfigException {
        return new RunDefinition(ConfigLoader.parse(configText, configName));
    }
}
