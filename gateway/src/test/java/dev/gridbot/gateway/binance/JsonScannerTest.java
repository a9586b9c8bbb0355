package dev.gridbot.gateway.binance;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.gridbot.gateway.binance.BinanceFixtures.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The tokenizer follows JSON's grammar to the letter and points into the caller's bytes. */
class JsonScannerTest {
    private final JsonScanner json = new JsonScanner();

    private List<String> tokens(String text) {
        byte[] bytes = utf8(text);
        json.reset(bytes, 0, bytes.length);
        List<String> out = new ArrayList<>();
        for (int t = json.next(); ; t = json.next()) {
            String range = new String(bytes, json.start(), json.end() - json.start(),
                    java.nio.charset.StandardCharsets.UTF_8);
            switch (t) {
                case JsonScanner.FIELD -> out.add("F:" + range);
                case JsonScanner.STRING -> out.add("S:" + range + (json.escaped() ? "\\" : ""));
                case JsonScanner.NUMBER -> out.add("N:" + range);
                case JsonScanner.TRUE, JsonScanner.FALSE, JsonScanner.NULL -> out.add(range);
                case JsonScanner.START_OBJECT -> out.add("{");
                case JsonScanner.END_OBJECT -> out.add("}");
                case JsonScanner.START_ARRAY -> out.add("[");
                case JsonScanner.END_ARRAY -> out.add("]");
                case JsonScanner.END -> {
                    out.add("END");
                    return out;
                }
                default -> {
                    out.add("ERROR");
                    return out;
                }
            }
        }
    }

    @Test
    void shouldTokenizeADocument() {
        assertEquals(List.of("{", "F:a", "N:-1.5e+3", "F:b", "[", "true", "false", "null", "S:x\\\"y\\", "]",
                        "F:c", "{", "}", "F:d", "[", "]", "}", "END"),
                tokens(" {\"a\" : -1.5e+3,\"b\":[true,false,null,\"x\\\"y\"],\"c\":{},\"d\":[]}\r\n\t"));
    }

    @Test
    void shouldTokenizeScalarRoots() {
        assertEquals(List.of("N:0", "END"), tokens("0"));
        assertEquals(List.of("S:é", "END"), tokens("\"é\""));
        assertEquals(List.of("ERROR"), tokens(""));
        assertEquals(List.of("N:1", "ERROR"), tokens("1 2"));
    }

    @Test
    void shouldStopAtTheFirstError() {
        assertEquals(List.of("{", "F:a", "N:1", "ERROR"), tokens("{\"a\":1,}"));
        assertEquals(List.of("[", "N:1", "ERROR"), tokens("[1:2]"));
        assertEquals(List.of("{", "ERROR"), tokens("{1:2}"));
        assertEquals(List.of("{", "F:a", "ERROR"), tokens("{\"a\":}"));
    }

    @Test
    void shouldSkipAFieldsValueOrTheRestOfAContainer() {
        byte[] bytes = utf8("{\"a\":{\"x\":[1,{\"y\":2}]},\"b\":3}");
        json.reset(bytes, 0, bytes.length);
        assertEquals(JsonScanner.START_OBJECT, json.next());
        assertEquals(JsonScanner.FIELD, json.next());
        assertEquals(JsonScanner.END_OBJECT, json.skip(JsonScanner.FIELD));
        assertEquals(JsonScanner.FIELD, json.next());
        assertTrue(json.textIs(Bytes.ascii("b")));
        assertEquals(JsonScanner.NUMBER, json.next());
        assertEquals(JsonScanner.END_OBJECT, json.next());
        assertEquals(JsonScanner.END, json.next());
    }

    @Test
    void shouldReadAWindowOfALargerArray() {
        byte[] bytes = utf8("xx{\"a\":1}yy");
        json.reset(bytes, 2, 7);
        assertEquals(JsonScanner.START_OBJECT, json.next());
        assertEquals(JsonScanner.FIELD, json.next());
        assertEquals(JsonScanner.NUMBER, json.next());
        assertEquals(JsonScanner.END_OBJECT, json.next());
        assertEquals(JsonScanner.END, json.next());
    }
}
