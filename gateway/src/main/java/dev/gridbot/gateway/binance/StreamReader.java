package dev.gridbot.gateway.binance;

import com.fasterxml.jackson.core.JsonToken;

/**
 * Reads one WebSocket frame with jackson-core (a {@link JsonFeed}), which checks it is well-formed
 * JSON, into the slots the stream decoder uses: the event's own fields (raw or inside a combined
 * stream's {@code data}), an order update's {@code o} fields, and an account update's positions
 * ({@code a.P}). Field order does not matter and unknown fields are skipped. Reused for every
 * frame; owned by the decoding thread.
 */
final class StreamReader {
    static final int EVENT = 0;
    static final int SYMBOL = 1;
    /** aggTrade's aggregate trade id, bookTicker's best ask. */
    static final int A = 2;
    static final int PRICE = 3;
    static final int QTY = 4;
    static final int UPDATE_ID = 5;
    static final int BID = 6;
    static final int O_SYMBOL = 7;
    static final int O_CLIENT_ID = 8;
    static final int O_SIDE = 9;
    static final int O_QTY = 10;
    static final int O_PRICE = 11;
    static final int O_EXECUTION = 12;
    static final int O_LAST_QTY = 13;
    static final int O_FILLED_QTY = 14;
    static final int O_LAST_PRICE = 15;
    static final int O_COMMISSION = 16;
    static final int O_COMMISSION_ASSET = 17;
    static final int O_TRADE_ID = 18;
    static final int O_MAKER = 19;
    static final int SLOTS = 20;

    /** What {@link #read} found. */
    static final int OBJECT = 0;
    static final int NOT_AN_OBJECT = 1;
    static final int MALFORMED = 2;

    /** The keys of an account update's position entry, in {@link PositionBatch}'s field order. */
    private static final String[] POSITION_NAMES = {"s", "pa", "ep", "ps"};

    private final JsonFeed json = new JsonFeed();
    private final FrameFields fields = new FrameFields(SLOTS);
    private final PositionBatch positions;
    private boolean orderSeen;
    private boolean accountSeen;

    StreamReader(PositionBatch positions) {
        this.positions = positions;
    }

    /** Reads {@code frame[offset, offset + length)}: {@link #OBJECT}, {@link #NOT_AN_OBJECT} or {@link #MALFORMED}. */
    int read(byte[] frame, int offset, int length) {
        fields.clear();
        positions.clear();
        orderSeen = false;
        accountSeen = false;
        if (!json.start(frame, offset, length)) {
            return MALFORMED;
        }
        JsonToken first = json.next();
        boolean object = first == JsonToken.START_OBJECT;
        boolean read = object ? readEvent(true) : json.skip(first);
        boolean whole = json.finish();
        if (!read || !whole) {
            return MALFORMED;
        }
        return object ? OBJECT : NOT_AN_OBJECT;
    }

    FrameFields fields() {
        return fields;
    }

    /** The frame held an order object {@code o}. */
    boolean orderSeen() {
        return orderSeen;
    }

    /** The frame held an account object {@code a}. */
    boolean accountSeen() {
        return accountSeen;
    }

    /** Reads an event object (the root, or a combined frame's {@code data}) after its START_OBJECT. */
    private boolean readEvent(boolean root) {
        for (JsonToken t = json.next(); t != JsonToken.END_OBJECT; t = json.next()) {
            if (t != JsonToken.FIELD_NAME) {
                return false;
            }
            String name = json.name();
            boolean data = root && name.equals("data");
            boolean order = name.equals("o");
            int slot = eventSlot(name);
            JsonToken value = json.next();
            if (value == JsonToken.START_OBJECT && (data || order || slot == A)) {
                boolean ok = data ? readEvent(false) : order ? readOrder() : readAccount();
                if (!ok) {
                    return false;
                }
            } else if (!keep(slot, value)) {
                return false;
            }
        }
        return true;
    }

    private boolean readOrder() {
        orderSeen = true;
        for (JsonToken t = json.next(); t != JsonToken.END_OBJECT; t = json.next()) {
            if (t != JsonToken.FIELD_NAME) {
                return false;
            }
            int slot = orderSlot(json.name());
            if (!keep(slot, json.next())) {
                return false;
            }
        }
        return true;
    }

    private boolean readAccount() {
        accountSeen = true;
        for (JsonToken t = json.next(); t != JsonToken.END_OBJECT; t = json.next()) {
            if (t != JsonToken.FIELD_NAME) {
                return false;
            }
            boolean positionList = json.name().equals("P");
            JsonToken value = json.next();
            if (positionList && value == JsonToken.START_ARRAY) {
                if (!positions.readList(json, POSITION_NAMES)) {
                    return false;
                }
            } else if (!json.skip(value)) {
                return false;
            }
        }
        return true;
    }

    /** Keeps a scalar value under {@code slot} (if wanted); skips containers. */
    private boolean keep(int slot, JsonToken value) {
        if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
            return json.skip(value);
        }
        if (!value.isScalarValue()) {
            return false;
        }
        if (slot >= 0) {
            fields.keep(slot, value, json);
        }
        return true;
    }

    private static int eventSlot(String name) {
        if (name.length() != 1) {
            return -1;
        }
        return switch (name.charAt(0)) {
            case 'e' -> EVENT;
            case 's' -> SYMBOL;
            case 'a' -> A;
            case 'p' -> PRICE;
            case 'q' -> QTY;
            case 'u' -> UPDATE_ID;
            case 'b' -> BID;
            default -> -1;
        };
    }

    private static int orderSlot(String name) {
        if (name.length() != 1) {
            return -1;
        }
        return switch (name.charAt(0)) {
            case 's' -> O_SYMBOL;
            case 'c' -> O_CLIENT_ID;
            case 'S' -> O_SIDE;
            case 'q' -> O_QTY;
            case 'p' -> O_PRICE;
            case 'x' -> O_EXECUTION;
            case 'l' -> O_LAST_QTY;
            case 'z' -> O_FILLED_QTY;
            case 'L' -> O_LAST_PRICE;
            case 'n' -> O_COMMISSION;
            case 'N' -> O_COMMISSION_ASSET;
            case 't' -> O_TRADE_ID;
            case 'm' -> O_MAKER;
            default -> -1;
        };
    }
}
