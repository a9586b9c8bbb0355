package dev.gridbot.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a gridbot YAML configuration and refuses it, with one clear message, unless every value
 * is present, of the right type and in range. Numbers are read exactly, as {@code BigDecimal}.
 *
 * <p>Stateless and thread-safe.
 */
public final class ConfigLoader {

    static final String VENUE = "venue";
    static final String INSTRUMENTS = "instruments";
    static final String STRATEGIES = "strategies";
    static final String KIND = "kind";
    static final String ACCOUNTS = "accounts";
    static final String REST_URL = "restUrl";
    static final String WS_URL = "wsUrl";

    private static final List<String> TOP_KEYS = List.of(VENUE, INSTRUMENTS, STRATEGIES, ACCOUNTS);
    private static final String TOP_KEYS_TEXT = "keys venue, instruments and strategies";
    private static final List<String> VENUE_KEYS = List.of(KIND, REST_URL, WS_URL);
    private static final List<String> VENUE_KINDS = VenueConfig.KINDS;

    private static final Pattern SNAKEYAML_MARK = Pattern.compile("line (\\d+), column (\\d+):");

    // Immutable once built; shared by all callers.
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
            .build();

    private ConfigLoader() {
    }

    /**
     * Reads and validates the configuration in {@code file}; messages name the file as given.
     *
     * @throws ConfigException if the file cannot be read or the configuration is not valid
     */
    public static GridbotConfig load(Path file) throws ConfigException {
        return parse(readText(file), file.toString());
    }

    /**
     * Reads {@code file} as UTF-8 text. A caller that journals the configuration reads the text
     * once with this, journals it, and parses that same text with {@link #parse(String, String)}.
     *
     * @throws ConfigException if the file is missing, a directory, unreadable or not UTF-8
     */
    public static String readText(Path file) throws ConfigException {
        ConfigScope scope = ConfigScope.file(file.toString());
        if (Files.isDirectory(file)) {
            throw scope.error("cannot read config: is a directory, not a file");
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw scope.error(null, "cannot read config: no such file", e);
        } catch (AccessDeniedException e) {
            throw scope.error(null, "cannot read config: permission denied", e);
        } catch (CharacterCodingException e) {
            throw scope.error(null, "cannot read config: not UTF-8 text", e);
        } catch (IOException e) {
            throw scope.error(null, "cannot read config: " + e.getMessage(), e);
        }
    }

    /**
     * Parses and validates configuration text, e.g. the text stored in a journal.
     *
     * @param yamlText   the YAML configuration
     * @param sourceName what messages and {@link GridbotConfig#sourceName()} call the text
     * @throws ConfigException if the text is not YAML or the configuration is not valid
     */
    public static GridbotConfig parse(String yamlText, String sourceName) throws ConfigException {
        ConfigScope scope = ConfigScope.file(sourceName);
        ConfigMapping top = ConfigMapping.of(readTree(yamlText, scope), scope, null, "a mapping with " + TOP_KEYS_TEXT);
        top.refuseUnknownKeys(TOP_KEYS);
        VenueConfig venue = venue(top);
        ConfigMapping instrumentMapping = top.mapping(INSTRUMENTS, scope, "a mapping from symbol to instrument");
        Map<String, InstrumentConfig> instruments = InstrumentParser.parseAll(instrumentMapping, INSTRUMENTS);
        List<StrategyConfig> strategies =
                StrategyParser.parseAll(top.required(STRATEGIES), scope, STRATEGIES, instruments);
        Map<String, AccountConfig> accounts = top.has(ACCOUNTS)
                ? AccountParser.parseAll(top.mapping(ACCOUNTS, scope.at(ACCOUNTS), "a mapping from name to account"),
                        venue.kind())
                : Map.of();
        checkAccounts(scope, venue, accounts, strategies);
        return new GridbotConfig(venue, instruments, strategies, sourceName, accounts);
    }

    /** Live venues need an account; every strategy's account must exist, or be the only one. */
    private static void checkAccounts(ConfigScope scope, VenueConfig venue, Map<String, AccountConfig> accounts,
                                      List<StrategyConfig> strategies) throws ConfigException {
        if (!venue.kind().equals(VenueConfig.SIM) && accounts.isEmpty()) {
            throw scope.error(ACCOUNTS, "missing: venue " + venue.kind() + " needs an account "
                    + "(apiKeyEnv and apiSecretEnv, or secretsFile)");
        }
        for (StrategyConfig strategy : strategies) {
            ConfigScope named = scope.strategy(strategy.name());
            String account = strategy.account();
            if (account != null && !accounts.containsKey(account)) {
                throw named.error(StrategyParser.ACCOUNT, "unknown account '" + account + "'"
                        + (accounts.isEmpty() ? " (the file names no accounts)"
                        : " (accounts: " + String.join(", ", accounts.keySet()) + ")"));
            }
            if (account == null && accounts.size() > 1) {
                throw named.error(StrategyParser.ACCOUNT, "missing: the file names several accounts ("
                        + String.join(", ", accounts.keySet()) + ")");
            }
        }
    }

    private static VenueConfig venue(ConfigMapping top) throws ConfigException {
        ConfigMapping fields = top.mapping(VENUE, top.scope().at(VENUE), "a mapping with a kind");
        fields.refuseUnknownKeys(VENUE_KEYS);
        String kind = fields.text(KIND);
        if (!VENUE_KINDS.contains(kind)) {
            throw fields.scope().error(KIND, "unknown venue kind '" + kind + "' (expected "
                    + KeySuggestion.oneOf(VENUE_KINDS) + ")");
        }
        String rest = fields.has(REST_URL) ? url(fields, REST_URL, "http") : VenueConfig.defaultRestUrl(kind);
        String ws = fields.has(WS_URL) ? url(fields, WS_URL, "ws") : VenueConfig.defaultWsUrl(kind);
        return new VenueConfig(kind, rest, ws);
    }

    /**
     * A base URL: {@code <scheme>s://host[:port]} or, for loopback hosts only, plain
     * {@code <scheme>://} (secrets and orders never cross a network unencrypted).
     */
    private static String url(ConfigMapping fields, String key, String scheme) throws ConfigException {
        String text = fields.text(key).strip();
        java.net.URI uri;
        try {
            uri = new java.net.URI(text);
        } catch (java.net.URISyntaxException e) {
            throw fields.scope().error(key, "is not a URL (" + e.getReason() + ")");
        }
        String s = uri.getScheme();
        String host = uri.getHost();
        if (host == null || s == null || !(s.equals(scheme) || s.equals(scheme + "s"))) {
            throw fields.scope().error(key, "must be " + scheme + "s://host[:port] (was '" + text + "')");
        }
        if (s.equals(scheme) && !isLoopback(host)) {
            throw fields.scope().error(key, "plain " + scheme + ":// is allowed only to a loopback address; use "
                    + scheme + "s:// (was '" + text + "')");
        }
        if (uri.getRawPath() != null && !uri.getRawPath().isEmpty() && !uri.getRawPath().equals("/")) {
            throw fields.scope().error(key, "must be a base URL without a path (was '" + text + "')");
        }
        return s + "://" + uri.getRawAuthority();
    }

    private static boolean isLoopback(String host) {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]") || host.equals("::1");
    }

    /**
     * The one YAML document in {@code text}; anything Jackson refuses is reported with its line.
     * {@link UnnettedConfig} reads with it too.
     */
    static JsonNode readTree(String text, ConfigScope scope) throws ConfigException {
        try (JsonParser parser = YAML.createParser(text);
                MappingIterator<JsonNode> documents = YAML.readValues(parser, JsonNode.class)) {
            if (!documents.hasNextValue()) {
                throw scope.error("is empty: expected " + TOP_KEYS_TEXT);
            }
            JsonNode tree = documents.nextValue();
            if (documents.hasNextValue()) {
                throw scope.at(location(parser.currentLocation()))
                        .error("holds more than one YAML document; gridbot reads exactly one");
            }
            return tree;
        } catch (JsonProcessingException e) {
            throw yamlError(scope, e);
        } catch (IOException e) {
            throw scope.error(null, "cannot read YAML: " + e.getMessage(), e);
        }
    }

    private static ConfigException yamlError(ConfigScope scope, JsonProcessingException e) {
        ConfigScope where = scope.at(location(e));
        String problem = problem(e.getOriginalMessage());
        String duplicatePrefix = "Duplicate field '";
        if (problem.startsWith(duplicatePrefix) && problem.endsWith("'")) {
            String key = problem.substring(duplicatePrefix.length(), problem.length() - 1);
            return where.error(key, "appears twice in one mapping", e);
        }
        return where.error(null, "not valid YAML: " + problem, e);
    }

    // SnakeYAML marks where the problem is, last in its message; Jackson's own location is where
    // its parser had got to, which for a scanner error can be a line earlier.
    private static String location(JsonProcessingException e) {
        Matcher mark = SNAKEYAML_MARK.matcher(e.getOriginalMessage() == null ? "" : e.getOriginalMessage());
        String last = null;
        while (mark.find()) {
            last = "line " + mark.group(1) + ", column " + mark.group(2);
        }
        if (last != null) {
            return last;
        }
        return e.getLocation() == null ? "unknown line" : location(e.getLocation());
    }

    private static String location(JsonLocation location) {
        return "line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    // SnakeYAML's messages interleave the problem with indented positions and source snippets;
    // the problem is the last line that is not indented.
    private static String problem(String message) {
        String problem = message == null ? "" : message.strip();
        for (String line : problem.split("\\R")) {
            if (!line.isBlank() && !Character.isWhitespace(line.charAt(0))) {
                problem = line.strip();
            }
        }
        return problem;
    }
}
