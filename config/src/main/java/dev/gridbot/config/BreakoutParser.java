package dev.gridbot.config;

import java.util.List;
import java.util.Map;

/** Reads and checks one {@code type: breakout} strategy against the instrument it trades. */
final class BreakoutParser {

    static final int DEFAULT_WINDOW = 20;

    private static final List<String> KEYS = TargetStrategyParser.keysWith(TargetStrategyParser.SAMPLE_SEC,
            TargetStrategyParser.WINDOW);

    private BreakoutParser() {
    }

    static BreakoutConfig parse(String name, ConfigMapping fields, Map<String, InstrumentConfig> instruments)
            throws ConfigException {
        fields.refuseUnknownKeys(KEYS);
        TargetStrategyParser.Common common = TargetStrategyParser.parse(fields, instruments);
        int sampleSec = TargetStrategyParser.sampleSec(fields);
        int window = TargetStrategyParser.window(fields, DEFAULT_WINDOW);
        return new BreakoutConfig(name, common.symbol(), common.maxPosition(), common.maxLoss(), common.execution(),
                sampleSec, window, common.account());
    }
}
