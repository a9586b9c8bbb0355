package dev.gridbot.gateway.sim.server;

import org.json.JSONArray;
import org.json.JSONObject;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

/** Test-side JSON reading over org.json (which Binance's connector brings): a parsed value and small accessors. */
final class Json {
    /** The official examples (src/test/resources/protocol/binance, copied from shared/protocol). */
    static final Path OFFICIAL = Path.of("src", "test", "resources", "protocol", "binance");

    final Object value;

    private Json(Object value) {
        this.value = value;
    }

    static Json parse(String text) {
        String trimmed = text.trim();
        return new Json(trimmed.startsWith("[") ? new JSONArray(trimmed) : new JSONObject(trimmed));
    }

    static Json official(String file) {
        try {
            return parse(Files.readString(OFFICIAL.resolve(file)));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the official example " + file, e);
        }
    }

    private JSONObject object() {
        return (JSONObject) value;
    }

    String str(String key) {
        return String.valueOf(object().get(key));
    }

    long num(String key) {
        return object().getLong(key);
    }

    boolean bool(String key) {
        return object().getBoolean(key);
    }

    boolean has(String key) {
        return object().has(key);
    }

    Json get(String key) {
        return new Json(object().get(key));
    }

    Json at(int index) {
        return new Json(((JSONArray) value).get(index));
    }

    int size() {
        return value instanceof JSONArray ? ((JSONArray) value).length() : object().length();
    }

    Set<String> keys() {
        return new TreeSet<>(object().keySet());
    }

    /** Keys of the object, less {@code without}. */
    Set<String> keysWithout(String... without) {
        Set<String> keys = keys();
        for (String key : without) {
            keys.remove(key);
        }
        return keys;
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
