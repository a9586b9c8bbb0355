package dev.gridbot.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads and checks the {@code instruments} mapping: symbol to trading rules. */
final class InstrumentParser {

    static final String TICK_SIZE = "tickSize";
    static final String STEP_SIZE = "stepSize";
    static final String MIN_QTY = "minQty";
    static final String MIN_NOTIONAL = "minNotional";
    static final String MAKER_FEE = "makerFee";
    static final String TAKER_FEE = "takerFee";

    private static final List<String> KEYS =
            List.of(TICK_SIZE, STEP_SIZE, MIN_QTY, MIN_NOTIONAL, MAKER_FEE, TAKER_FEE);

    private InstrumentParser() {
    }

    /** Parses every instrument, keeping file order. */
    static Map<String, InstrumentConfig> parseAll(ConfigMapping instruments, String key) throws ConfigException {
        Map<String, InstrumentConfig> bySymbol = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : instruments.entries()) {
            String symbol = entry.getKey();
            if (symbol.isBlank()) {
                throw instruments.scope().error(key, "an instrument symbol must not be blank");
            }
            bySymbol.put(symbol, parse(symbol, entry.getValue(), instruments.scope().instrument(symbol)));
        }
        if (bySymbol.isEmpty()) {
            throw instruments.scope().error(key, "must list at least one instrument");
        }
        return bySymbol;
    }

    private static InstrumentConfig parse(String symbol, JsonNode node, ConfigScope scope) throws ConfigException {
        ConfigMapping fields = ConfigMapping.of(node, scope, null, "a mapping of " + KeySuggestion.oneOf(KEYS));
        fields.refuseUnknownKeys(KEYS);

        BigDecimal tickSize = fields.decimal(TICK_SIZE);
        Rules.aboveZero(scope, TICK_SIZE, tickSize);
        BigDecimal stepSize = fields.decimal(STEP_SIZE);
        Rules.aboveZero(scope, STEP_SIZE, stepSize);
        BigDecimal minQty = fields.decimal(MIN_QTY);
        Rules.aboveZero(scope, MIN_QTY, minQty);
        Rules.multipleOf(scope, MIN_QTY, minQty, STEP_SIZE, stepSize);
        BigDecimal minNotional = fields.decimal(MIN_NOTIONAL, BigDecimal.ZERO);
        Rules.notNegative(scope, MIN_NOTIONAL, minNotional);
        BigDecimal makerFee = fields.decimal(MAKER_FEE);
        Rules.feeRate(scope, MAKER_FEE, makerFee);
        BigDecimal takerFee = fields.decimal(TAKER_FEE);
        Rules.feeRate(scope, TAKER_FEE, takerFee);

        return new InstrumentConfig(symbol, tickSize, stepSize, minQty, minNotional, makerFee, takerFee);
    }
}
