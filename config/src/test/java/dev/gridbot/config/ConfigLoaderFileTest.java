package dev.gridbot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the file and the YAML itself, before any key is looked at. */
class ConfigLoaderFileTest {

    @TempDir
    Path dir;

    @Test
    void shouldLoadFileAndNameItAsGiven() throws Exception {
        Path file = write("demo.yaml", ConfigYaml.valid().render());

        GridbotConfig config = ConfigLoader.load(file);

        assertEquals(file.toString(), config.sourceName());
        assertEquals("btc-neutral", config.strategies().get(0).name());
    }

    @Test
    void shouldParseJournaledTextIntoTheSameConfigAsTheFile() throws Exception {
        Path file = write("demo.yaml", ConfigYaml.valid().render());

        GridbotConfig fromFile = ConfigLoader.load(file);
        GridbotConfig fromText = ConfigLoader.parse(ConfigLoader.readText(file), file.toString());

        assertEquals(fromFile, fromText);
    }

    @Test
    void shouldRefuseMissingFile() {
        Path file = dir.resolve("absent.yaml");

        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(file));

        assertEquals(file + ": cannot read config: no such file", e.getMessage());
        assertEquals(file.toString(), e.source());
        assertNull(e.strategy());
        assertNull(e.key());
    }

    @Test
    void shouldRefuseDirectory() {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(dir));

        assertEquals(dir + ": cannot read config: is a directory, not a file", e.getMessage());
    }

    @Test
    void shouldRefuseUnreadableFile() throws IOException {
        Path file = write("locked.yaml", ConfigYaml.valid().render());
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(file), "running as a user who can read any file");

        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(file));

        assertEquals(file + ": cannot read config: permission denied", e.getMessage());
    }

    @Test
    void shouldRefuseFileThatIsNotUtf8() throws IOException {
        Path file = dir.resolve("latin1.yaml");
        Files.write(file, "venue: { kind: s\u00e9m }\n".getBytes(StandardCharsets.ISO_8859_1));

        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(file));

        assertEquals(file + ": cannot read config: not UTF-8 text", e.getMessage());
    }

    @Test
    void shouldRefuseTextThatIsNotYamlNamingTheLine() {
        String text = "venue: { kind: sim }\ninstruments: [1, 2\nstrategies: []\n";

        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.parse(text, "bad.yaml"));

        assertTrue(e.getMessage().startsWith("bad.yaml: line 3, column 11: "), e.getMessage());
        assertTrue(e.getMessage().contains("not valid YAML: expected ',' or ']'"), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void shouldRefuseTabIndentationNamingTheLine() {
        String text = "venue:\n\tkind: sim\n";

        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.parse(text, "bad.yaml"));

        assertTrue(e.getMessage().startsWith("bad.yaml: line 2, column 1: not valid YAML: found character"),
                e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void shouldRefuseDuplicateKeyNamingTheKeyAndLine() {
        String text = ConfigYaml.valid().render() + "venue: { kind: sim }\n";

        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.parse(text, "dup.yaml"));

        assertTrue(e.getMessage().matches("dup\\.yaml: line \\d+, column \\d+: key 'venue': appears twice in one mapping"),
                e.getMessage());
        assertEquals("venue", e.key());
    }

    @Test
    void shouldRefuseEmptyFile() throws IOException {
        Path file = write("empty.yaml", "# nothing but a comment\n");

        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(file));

        assertEquals(file + ": is empty: expected keys venue, instruments and strategies", e.getMessage());
    }

    @Test
    void shouldRefuseTopLevelThatIsNotAMapping() {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.parse("- 1\n- 2\n", "list.yaml"));

        assertEquals("list.yaml: must be a mapping with keys venue, instruments and strategies (was a list)",
                e.getMessage());
    }

    @Test
    void shouldRefuseMoreThanOneDocument() {
        String text = ConfigYaml.valid().render() + "---\n" + ConfigYaml.valid().render();

        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.parse(text, "two.yaml"));

        assertTrue(e.getMessage().startsWith("two.yaml: line "), e.getMessage());
        assertTrue(e.getMessage().endsWith("holds more than one YAML document; gridbot reads exactly one"),
                e.getMessage());
    }

    @Test
    void shouldRefuseNumberThatIsNotFinite() {
        String text = ConfigYaml.valid().strategy("upper", ".inf").render();

        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.parse(text, "inf.yaml"));

        assertTrue(e.getMessage().startsWith("inf.yaml: line "), e.getMessage());
        assertTrue(e.getMessage().contains(".inf"), e.getMessage());
    }

    @Test
    void shouldKeepMessageOnOneLineWhenValueHoldsLineBreaks() {
        ConfigYaml yaml = ConfigYaml.valid().strategy("mode", "\"sideways\\nand up\"");

        ConfigException e = yaml.refused();

        assertEquals("test.yaml: strategy 'btc-neutral': key 'mode': unknown value 'sideways and up'"
                + " (expected short, neutral or long)", e.getMessage());
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }
}
