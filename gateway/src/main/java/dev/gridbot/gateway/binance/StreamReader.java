package dev.gridbot.gateway.binance;

/**
 * Reads one WebSocket frame, checking it is well-formed JSON, into the slots the stream decoder
 * uses: the event's own fields (raw or inside a combined stream's {@code data}), an order update's
 * {@code o} fields, and an account update's positions ({@code a.P}). Field order does not matter
 * and unknown fields are skipped. Reused for every frame; owned by the decoding thread.
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

    private static final byte[] DATA = Bytes.ascii("data");
    private static final byte[] PA = Bytes.ascii("pa");
    private static final byte[] EP = Bytes.ascii("ep");
    private static final byte[] PS = Bytes.ascii("ps");

    private final JsonScanner json = new JsonScanner();
    private final FrameFields fields = new FrameFields(SLOTS);
    private final PositionBatch positions;
    private boolean orderSeen;
    private boolean accountSeen;

    StreamReader(PositionBatch positions) {
        this.positions = positions;
    }

    /** Reads {@code frame[offset, offset + length)}: {@link #OBJECT}, {@link #NOT_AN_OBJECT} or {@link #MALFORMED}. */
    int read(byte[] frame, int offset, int length) {
        fields.clear(frame);
        positions.clear();
        orderSeen = false;
        accountSeen = false;
        json.reset(frame, offset, length);
        int first = json.next();
        if (first != JsonScanner.START_OBJECT) {
            boolean wellFormed = first != JsonScanner.ERROR && json.skip(first) != JsonScanner.ERROR
                    && json.next() == JsonScanner.END;
            return wellFormed ? NOT_AN_OBJECT : MALFORMED;
        }
        return readEvent(true) && json.next() == JsonScanner.END ? OBJECT : MALFORMED;
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
        byte[] b = json.buffer();
        for (int t = json.next(); t != JsonScanner.END_OBJECT; t = json.next()) {
            if (t != JsonScanner.FIELD) {
                return false;
            }
            int s = json.start();
            int e = json.end();
            boolean data = root && Bytes.equal(b, s, e, DATA);
            boolean order = e - s == 1 && b[s] == 'o';
            int slot = eventSlot(b, s, e);
            int value = json.next();
            if (value == JsonScanner.START_OBJECT && (data || order || slot == A)) {
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
        byte[] b = json.buffer();
        for (int t = json.next(); t != JsonScanner.END_OBJECT; t = json.next()) {
            if (t != JsonScanner.FIELD) {
                return false;
            }
            int slot = orderSlot(b, json.start(), json.end());
            if (!keep(slot, json.next())) {
                return false;
            }
        }
        return true;
    }

    private boolean readAccount() {
        accountSeen = true;
        byte[] b = json.buffer();
        for (int t = json.next(); t != JsonScanner.END_OBJECT; t = json.next()) {
            if (t != JsonScanner.FIELD) {
                return false;
            }
            boolean positionList = json.end() - json.start() == 1 && b[json.start()] == 'P';
            int value = json.next();
            if (positionList && value == JsonScanner.START_ARRAY) {
                if (!readPositions()) {
                    return false;
                }
            } else if (json.skip(value) == JsonScanner.ERROR) {
                return false;
            }
        }
        return true;
    }

    private boolean readPositions() {
        byte[] b = json.buffer();
        for (int t = json.next(); t != JsonScanner.END_ARRAY; t = json.next()) {
            if (t != JsonScanner.START_OBJECT) {
                if (json.skip(t) == JsonScanner.ERROR) {
                    return false;
                }
                continue;
            }
            positions.beginEntry();
            for (int f = json.next(); f != JsonScanner.END_OBJECT; f = json.next()) {
                if (f != JsonScanner.FIELD) {
                    return false;
                }
                int which = positionField(b, json.start(), json.end());
                int value = json.next();
                if (which >= 0) {
                    positions.field(which, value, json.start(), json.end());
                }
                if (json.skip(value) == JsonScanner.ERROR) {
                    return false;
                }
            }
            positions.endEntry(b);
        }
        return true;
    }

    /** Keeps a scalar value under {@code slot} (if wanted); skips containers. */
    private boolean keep(int slot, int value) {
        if (value == JsonScanner.START_OBJECT || value == JsonScanner.START_ARRAY) {
            return json.skip(value) != JsonScanner.ERROR;
        }
        if (value < JsonScanner.STRING) {
            return false;
        }
        if (slot >= 0) {
            fields.keep(slot, value, json);
        }
        return true;
    }

    private static int eventSlot(byte[] b, int s, int e) {
        if (e - s != 1) {
            return -1;
        }
        return switch (b[s]) {
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

    private static int orderSlot(byte[] b, int s, int e) {
        if (e - s != 1) {
            return -1;
        }
        return switch (b[s]) {
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

    private static int positionField(byte[] b, int s, int e) {
        if (e - s == 1 && b[s] == 's') {
            return PositionBatch.SYMBOL;
        }
        if (Bytes.equal(b, s, e, PA)) {
            return PositionBatch.AMOUNT;
        }
        if (Bytes.equal(b, s, e, EP)) {
            return PositionBatch.ENTRY_PRICE;
        }
        return Bytes.equal(b, s, e, PS) ? PositionBatch.POSITION_SIDE : -1;
    }
}
