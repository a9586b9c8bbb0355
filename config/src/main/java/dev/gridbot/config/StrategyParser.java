package dev.gridbot.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the {@code strategies} list: names each entry, refuses duplicates, hands each to its type's parser. */
final class StrategyParser {

    static final String NAME = "name";
    static final String TYPE = "type";

    private static final List<String> TYPES = List.of(GridStrategyConfig.TYPE);

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

    private static StrategyConfig parse(String name, ConfigMapping fields, Map<String, InstrumentConfig> instruments)
            throws ConfigException {
        String type = fields.text(TYPE);
        return switch (type) {
            case GridStrategyConfig.TYPE -> GridStrategyParser.parse(name, fields, instruments);
            default -> throw fields.scope().error(TYPE, "unknown strategy type '" + type + "' (expected "
                    + KeySuggestion.oneOf(TYPES) + ")");
        };
    }
}
