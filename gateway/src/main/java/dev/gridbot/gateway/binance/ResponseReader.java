package dev.gridbot.gateway.binance;

/**
 * Reads one REST response body, checking it is well-formed JSON, into the slots the response
 * decoder uses: an object's top-level order and error fields, or an array of positions (position
 * risk). Nested values and unknown fields are skipped. Reused; owned by the decoding thread.
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

    private static final byte[][] NAMES = {
        Bytes.ascii("code"), Bytes.ascii("msg"), Bytes.ascii("status"), Bytes.ascii("price"),
        Bytes.ascii("avgPrice"), Bytes.ascii("origQty"), Bytes.ascii("executedQty"),
    };
    private static final byte[][] POSITION_NAMES = {
        Bytes.ascii("symbol"), Bytes.ascii("positionAmt"), Bytes.ascii("entryPrice"), Bytes.ascii("positionSide"),
    };

    private final JsonScanner json = new JsonScanner();
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
        fields.clear(body);
        positions.clear();
        if (body == null) {
            return MALFORMED;
        }
        json.reset(body, offset, length);
        int first = json.next();
        boolean ok;
        int kind;
        if (first == JsonScanner.START_OBJECT) {
            ok = readObject();
            kind = OBJECT;
        } else if (first == JsonScanner.START_ARRAY) {
            ok = readPositions();
            kind = ARRAY;
        } else {
            ok = first != JsonScanner.ERROR && json.skip(first) != JsonScanner.ERROR;
            kind = OTHER;
        }
        if (ok && json.next() == JsonScanner.END) {
            return kind;
        }
        fields.clear(body);
        positions.clear();
        return MALFORMED;
    }

    FrameFields fields() {
        return fields;
    }

    private boolean readObject() {
        byte[] b = json.buffer();
        for (int t = json.next(); t != JsonScanner.END_OBJECT; t = json.next()) {
            if (t != JsonScanner.FIELD) {
                return false;
            }
            int slot = slot(NAMES, b, json.start(), json.end());
            int value = json.next();
            if (value >= JsonScanner.STRING) {
                if (slot >= 0) {
                    fields.keep(slot, value, json);
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
                int which = slot(POSITION_NAMES, b, json.start(), json.end());
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

    private static int slot(byte[][] names, byte[] b, int start, int end) {
        for (int i = 0; i < names.length; i++) {
            if (Bytes.equal(b, start, end, names[i])) {
                return i;
            }
        }
        return -1;
    }
}
