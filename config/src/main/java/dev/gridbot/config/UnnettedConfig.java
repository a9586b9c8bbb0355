package dev.gridbot.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * Rewrites a configuration so that nothing is netted: every strategy trades in an account of its
 * own, named after the strategy, with the position mode, risk limits (and credentials, if any) of
 * the account it was configured in; everything else stays as written. {@code gridbot backtest
 * --compare-unnetted} runs the result beside the original to measure what netting saves.
 *
 * <p>The result is YAML text, so that a run journals it like any configuration and its journal
 * replays by itself. Comments are not kept. Stateless and thread-safe.
 */
public final class UnnettedConfig {
    // Numbers as plain decimals, never in exponent notation; strings quoted, so nothing changes type.
    private static final ObjectMapper WRITER = YAMLMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .build();

    private UnnettedConfig() {
    }

    /**
     * The un-netted form of {@code yamlText}.
     *
     * @param sourceName what messages call the original text
     * @throws ConfigException if the original is not a valid configuration
     */
    public static String of(String yamlText, String sourceName) throws ConfigException {
        GridbotConfig config = ConfigLoader.parse(yamlText, sourceName);
        ConfigScope scope = ConfigScope.file(sourceName);
        ObjectNode top = (ObjectNode) ConfigLoader.readTree(yamlText, scope);
        JsonNode configured = top.get(ConfigLoader.ACCOUNTS);
        JsonNode strategies = top.get(ConfigLoader.STRATEGIES);
        ObjectNode accounts = JsonNodeFactory.instance.objectNode();
        for (int i = 0; i < strategies.size(); i++) {
            StrategyConfig strategy = config.strategies().get(i);
            ObjectNode node = (ObjectNode) strategies.get(i);
            AccountConfig own = config.accounts().isEmpty() ? null : config.accountOf(strategy);
            // A file without accounts trades one default account: its strategies get default accounts too.
            accounts.set(strategy.name(), own == null ? JsonNodeFactory.instance.objectNode()
                    : configured.get(own.name()).deepCopy());
            node.put(StrategyParser.ACCOUNT, strategy.name());
        }
        top.set(ConfigLoader.ACCOUNTS, accounts);
        String text;
        try {
            text = "# " + sourceName.replaceAll("\\R", " ") + ", un-netted: every strategy in an account of its own,"
                    + " named after it\n" + WRITER.writeValueAsString(top);
        } catch (JsonProcessingException e) {
            throw scope.error(null, "cannot write the un-netted configuration: " + e.getOriginalMessage(), e);
        }
        // What was valid stays valid; parsing it here keeps a mistake in this rewrite from reaching a run.
        ConfigLoader.parse(text, sourceName + " (un-netted)");
        return text;
    }
}
