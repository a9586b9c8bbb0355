package dev.gridbot.config;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Reads and checks one {@code type: mean-reversion} strategy against the instrument it trades. */
final class MeanReversionParser {

    static final String ENTRY_Z = "entryZ";
    static final String EXIT_Z = "exitZ";

    static final int DEFAULT_WINDOW = 30;
    static final BigDecimal DEFAULT_ENTRY_Z = new BigDecimal("2");
    static final BigDecimal DEFAULT_EXIT_Z = new BigDecimal("0.5");

    private static final List<String> KEYS = TargetStrategyParser.keysWith(TargetStrategyParser.SAMPLE_SEC,
            TargetStrategyParser.WINDOW, ENTRY_Z, EXIT_Z);

    private MeanReversionParser() {
    }

    static MeanReversionConfig parse(String name, ConfigMapping fields, Map<String, InstrumentConfig> instruments)
            throws ConfigException {
        ConfigScope scope = fields.scope();
        fields.refuseUnknownKeys(KEYS);
        TargetStrategyParser.Common common = TargetStrategyParser.parse(fields, instruments);
        int sampleSec = TargetStrategyParser.sampleSec(fields);
        int window = TargetStrategyParser.window(fields, DEFAULT_WINDOW);

        BigDecimal entryZ = fields.decimal(ENTRY_Z, DEFAULT_ENTRY_Z);
        Rules.aboveZero(scope, ENTRY_Z, entryZ);
        BigDecimal exitZ = fields.decimal(EXIT_Z, DEFAULT_EXIT_Z);
        Rules.notNegative(scope, EXIT_Z, exitZ);
        if (exitZ.compareTo(entryZ) >= 0) {
            throw scope.error(EXIT_Z, "must be below entryZ " + entryZ.toPlainString()
                    + " (was " + exitZ.toPlainString() + ")");
        }
        return new MeanReversionConfig(name, common.symbol(), common.maxPosition(), common.maxLoss(),
                common.execution(), sampleSec, window, entryZ, exitZ, common.account());
    }
}
