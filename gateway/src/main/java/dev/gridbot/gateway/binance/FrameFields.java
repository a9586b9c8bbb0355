package dev.gridbot.gateway.binance;

import com.fasterxml.jackson.core.JsonToken;

import java.util.Arrays;

/**
 * The scalar fields of one JSON message that a decoder wants, by slot (a decoder's own numbering
 * of the keys it reads): each kept as its token and a copy of its text, since the parser's text
 * buffer is reused at the next token. Nothing is converted until the decoder asks, after the whole
 * message proved well-formed. The text array grows to the largest message seen, then allocation
 * stops. Reused for every message; owned by the decoding thread.
 */
final class FrameFields {
    /** The instrument is not one of the run's. */
    static final int UNKNOWN_SYMBOL = -1;
    /** The symbol field is absent or not a string. */
    static final int NO_SYMBOL = -2;

    private final JsonToken[] token;
    private final int[] start;
    private final int[] end;
    private char[] text = new char[256];
    private int used;

    FrameFields(int slots) {
        token = new JsonToken[slots];
        start = new int[slots];
        end = new int[slots];
    }

    /** Forgets every field. */
    void clear() {
        Arrays.fill(token, null);
        used = 0;
    }

    /** Keeps the current scalar {@code value} of {@code json} (its token and text) in {@code slot}. */
    void keep(int slot, JsonToken value, JsonFeed json) {
        int length = json.textLength();
        if (text.length - used < length) {
            text = Arrays.copyOf(text, Math.max(used + length, 2 * text.length));
        }
        json.copyText(text, used);
        token[slot] = value;
        start[slot] = used;
        end[slot] = used + length;
        used += length;
    }

    /** The slot's token; null when the message did not have the field. */
    JsonToken token(int slot) {
        return token[slot];
    }

    boolean isString(int slot) {
        return token[slot] == JsonToken.VALUE_STRING;
    }

    boolean isNumber(int slot) {
        return token[slot] == JsonToken.VALUE_NUMBER_INT || token[slot] == JsonToken.VALUE_NUMBER_FLOAT;
    }

    int start(int slot) {
        return start[slot];
    }

    int end(int slot) {
        return end[slot];
    }

    /** The kept text: slot {@code s} is {@code chars()[start(s), end(s))}. */
    char[] chars() {
        return text;
    }

    /** True when the slot holds a string whose text is {@code ascii}. */
    boolean stringIs(int slot, String ascii) {
        return isString(slot) && Chars.equal(text, start[slot], end[slot], ascii);
    }

    /** The instrument named by a string slot, {@link #UNKNOWN_SYMBOL} or {@link #NO_SYMBOL}. */
    int instrument(int slot, SymbolTable symbols) {
        if (!isString(slot)) {
            return NO_SYMBOL;
        }
        int id = symbols.find(text, start[slot], end[slot]);
        return id < 0 ? UNKNOWN_SYMBOL : id;
    }

    /** A decimal slot (string or number) in {@code units}; {@link DecimalUnits#INVALID} if absent or unreadable. */
    long decimal(int slot, DecimalUnits units, boolean halfUp) {
        if (!isString(slot) && !isNumber(slot)) {
            return DecimalUnits.INVALID;
        }
        return units.toUnits(text, start[slot], end[slot], halfUp);
    }

    /** A whole-number slot (number or string); {@link Chars#INVALID} if absent or unreadable. */
    long whole(int slot) {
        if (!isString(slot) && !isNumber(slot)) {
            return Chars.INVALID;
        }
        return Chars.parseLong(text, start[slot], end[slot]);
    }
}
