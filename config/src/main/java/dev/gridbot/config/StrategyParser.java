package dev.gridbot.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the {@code strategies} list: names each entry, refuses duplicates, hands each to its type's
 * parser. Also reads the two keys every type has, {@code symbol} and {@code account}.
 */
final class StrategyParser {

    static final String NAME = "name";
    static final String TYPE = "type";
    static final String SYMBOL = "symbol";
    static final String ACCOUNT = "account";

    private static final List<String> TYPES = List.of(GridStrategyConfig.TYPE, MeanReversionConfig.TYPE,
            BreakoutConfig.TYPE, FixedTargetConfig.TYPE);

    private StrategyParser() {
    }

    static List<StrategyConfig> parseAll(JsonNode list, ConfigScope top, String key,
            Map<String, InstrumentConfig> instruments) throws ConfigException {
        if (!list.isArray()) {
            throw top.error(key, "must be a list of strategies (was " + ConfigMapping.describe(list) + ")");
        }
        if (list.isEmpty()) {
            throw top.error(key, "must list at least one strategy");
        }
        List<StrategyConfig> strategies = new ArrayList<>();
        Map<String, Integer> numberByName = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            ConfigScope numbered = top.strategyNumber(i);
            ConfigMapping fields = ConfigMapping.of(list.get(i), numbered, null, "a mapping with a name and a type");
            String name = fields.text(NAME);
            ConfigScope named = numbered.strategy(name);
            Integer earlier = numberByName.putIfAbsent(name, i + 1);
            if (earlier != null) {
                throw named.error(NAME, "duplicate strategy name (strategy #" + earlier + " has it too)");
            }
            strategies.add(parse(name, fields.withScope(named), instruments));
        }
        return strategies;
    }

    /** The instrument named by {@code symbol}, which must be among the configuration's instruments. */
    static InstrumentConfig instrument(ConfigMapping fields, Map<String, InstrumentConfig> instruments)
            throws ConfigException {
        String symbol = fields.text(SYMBOL);
        InstrumentConfig instrument = instruments.get(symbol);
        if (instrument == null) {
            throw fields.scope().error(SYMBOL, "unknown instrument '" + symbol + "' (instruments: "
                    + String.join(", ", instruments.keySet()) + ")");
        }
        return instrument;
    }

    /** The account named, or null; the loader checks it exists once all accounts are read. */
    static String account(ConfigMapping fields) throws ConfigException {
        return fields.has(ACCOUNT) ? fields.text(ACCOUNT) : null;
    }

    private static StrategyConfig parse(String name, ConfigMapping fields, Map<String, InstrumentConfig> instruments)
            throws ConfigException {
        String type = fields.text(TYPE);
        return switch (type) {
            case GridStrategyConfig.TYPE -> GridStrategyParser.parse(name, fields, instruments);
            case MeanReversionConfig.TYPE -> MeanReversionParser.parse(name, fields, instruments);
            case BreakoutConfig.TYPE -> BreakoutParser.parse(name, fields, instruments);
            case FixedTargetConfig.TYPE -> FixedTargetParser.parse(name, fields, instruments);
            default -> throw fields.scope().error(TYPE, "unknown strategy type '" + type + "' ("
                    + KeySuggestion.suggest(type, TYPES) + ")");
        };
    }
}
