package dev.gridbot.gateway.sim.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

/**
 * A small fluent JSON writer over jackson-core for the venue's answers and stream messages: objects,
 * arrays, strings, numbers, booleans, in the order written. Binance sends most decimals as strings,
 * so {@link #dec} writes a {@link BigDecimal} as a plain string. One instance per message, used by
 * one thread.
 */
final class JsonText {
    private static final JsonFactory FACTORY = new JsonFactory();

    private final StringWriter out = new StringWriter(256);
    private final JsonGenerator g;

    private JsonText() {
        try {
            g = FACTORY.createGenerator(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonText object() {
        return new JsonText().start();
    }

    /** A writer with nothing started: the caller writes one value ({@link #begin()}, …). */
    static JsonText value() {
        return new JsonText();
    }

    static JsonText array() {
        JsonText json = new JsonText();
        try {
            json.g.writeStartArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return json;
    }

    /** {@code {"code":code,"msg":msg}}, Binance's error payload. */
    static String error(int code, String msg) {
        return object().num("code", code).str("msg", msg).end().done();
    }

    private JsonText start() {
        try {
            g.writeStartObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Starts an object as an array element. */
    JsonText begin() {
        return start();
    }

    /** Starts an object field. */
    JsonText begin(String name) {
        field(name);
        return start();
    }

    JsonText end() {
        try {
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Starts an array field. */
    JsonText beginArray(String name) {
        try {
            g.writeArrayFieldStart(name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Starts an array as an array element. */
    JsonText beginArray() {
        try {
            g.writeStartArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    JsonText endArray() {
        try {
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    JsonText str(String name, String value) {
        try {
            if (value == null) {
                g.writeNullField(name);
            } else {
                g.writeStringField(name, value);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    JsonText dec(String name, BigDecimal value) {
        return str(name, value.toPlainString());
    }

    JsonText num(String name, long value) {
        try {
            g.writeNumberField(name, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    JsonText bool(String name, boolean value) {
        try {
            g.writeBooleanField(name, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    JsonText nul(String name) {
        return str(name, null);
    }

    /** Array element: a string. */
    JsonText str(String value) {
        try {
            g.writeString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Array element: a number. */
    JsonText num(long value) {
        try {
            g.writeNumber(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** A field whose value is already JSON text (a stream message wrapped for a combined stream). */
    JsonText raw(String name, String json) {
        try {
            g.writeFieldName(name);
            g.writeRawValue(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    private void field(String name) {
        try {
            g.writeFieldName(name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String done() {
        try {
            g.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
