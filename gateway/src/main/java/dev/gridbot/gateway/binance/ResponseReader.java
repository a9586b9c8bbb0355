package dev.gridbot.gateway.binance;

import com.fasterxml.jackson.core.JsonToken;

/**
 * Reads one REST response body with jackson-core (a {@link JsonFeed}), which checks it is
 * well-formed JSON, into the slots the response decoder uses: an object's top-level order and
 * error fields, or an array of positions (position risk). Nested values and unknown fields are
 * skipped. Reused; owned by the decoding thread.
 */
final class ResponseReader {
    static final int CODE = 0;
    static final int MSG = 1;
    static final int STATUS = 2;
    static final int PRICE = 3;
    static final int AVG_PRICE = 4;
    static final int ORIG_QTY = 5;
    static final int EXECUTED_QTY = 6;
    static final int SLOTS = 7;

    /** What {@link #read} found. */
    static final int OBJECT = 0;
    static final int ARRAY = 1;
    static final int OTHER = 2;
    static final int MALFORMED = 3;

    /** The keys of the slots, by slot. */
    private static final String[] NAMES = {"code", "msg", "status", "price", "avgPrice", "origQty", "executedQty"};
    /** The keys of a position-risk entry, in {@link PositionBatch}'s field order. */
    private static final String[] POSITION_NAMES = {"symbol", "positionAmt", "entryPrice", "positionSide"};

    private final JsonFeed json = new JsonFeed();
    private final FrameFields fields = new FrameFields(SLOTS);
    private final PositionBatch positions;

    ResponseReader(PositionBatch positions) {
        this.positions = positions;
    }

    /**
     * Reads {@code body[offset, offset + length)}: {@link #OBJECT}, {@link #ARRAY}, {@link #OTHER} or
     * {@link #MALFORMED}; a malformed body leaves no field behind, not even those read before the break.
     */
    int read(byte[] body, int offset, int length) {
        fields.clear();
        positions.clear();
        if (!json.start(body, offset, length)) {
            return MALFORMED;
        }
        JsonToken first = json.next();
        boolean read;
        int kind;
        if (first == JsonToken.START_OBJECT) {
            read = readObject();
            kind = OBJECT;
        } else if (first == JsonToken.START_ARRAY) {
            read = positions.readList(json, POSITION_NAMES);
            kind = ARRAY;
        } else {
            read = json.skip(first);
            kind = OTHER;
        }
        boolean whole = json.finish();
        if (read && whole) {
            return kind;
        }
        fields.clear();
        positions.clear();
        return MALFORMED;
    }

    FrameFields fields() {
        return fields;
    }

    private boolean readObject() {
        for (JsonToken t = json.next(); t != JsonToken.END_OBJECT; t = json.next()) {
            if (t != JsonToken.FIELD_NAME) {
                return false;
            }
            int slot = slot(json.name());
            JsonToken value = json.next();
            if (value.isScalarValue()) {
                if (slot >= 0) {
                    fields.keep(slot, value, json);
                }
            } else if (!json.skip(value)) {
                return false;
            }
        }
        return true;
    }

    private static int slot(String name) {
        for (int i = 0; i < NAMES.length; i++) {
            if (NAMES[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
