package dev.gridbot.gateway.binance;

/**
 * A strict pull tokenizer over one JSON document held in a byte array: it checks the whole grammar
 * (nesting, separators, string escapes, number syntax, nothing after the root value) and reports
 * any breach as {@link #ERROR}, never by an exception. It allocates nothing: a token is the range
 * {@link #start()}..{@link #end()} of the caller's bytes (a string's contents without its quotes,
 * undecoded; {@link #escaped()} says whether it holds escapes).
 *
 * <p>Reset per document and owned by one thread: the thread that decodes frames or responses.
 */
final class JsonScanner {
    static final int ERROR = -1;
    /** The document ended cleanly. */
    static final int END = 0;
    static final int START_OBJECT = 1;
    static final int END_OBJECT = 2;
    static final int START_ARRAY = 3;
    static final int END_ARRAY = 4;
    /** A field name; its value is the next token. */
    static final int FIELD = 5;
    static final int STRING = 6;
    static final int NUMBER = 7;
    static final int TRUE = 8;
    static final int FALSE = 9;
    static final int NULL = 10;

    /** Nesting deeper than this is refused (Binance documents nest three or four levels). */
    static final int MAX_DEPTH = 64;

    private static final byte[] TRUE_TEXT = {'t', 'r', 'u', 'e'};
    private static final byte[] FALSE_TEXT = {'f', 'a', 'l', 's', 'e'};
    private static final byte[] NULL_TEXT = {'n', 'u', 'l', 'l'};

    private byte[] buf = new byte[0];
    private int pos;
    private int limit;
    private int start;
    private int end;
    private boolean escaped;
    /** Bit d is set when the container at depth d + 1 is an object. */
    private long objectBits;
    private int depth;
    /** The innermost container was just opened: no separator before its first member. */
    private boolean first;
    /** A field name was read: its value comes next. */
    private boolean expectValue;
    private boolean rootStarted;
    private boolean failed;

    /** Starts on the document {@code bytes[offset, offset + length)}. */
    void reset(byte[] bytes, int offset, int length) {
        if (offset < 0 || length < 0 || offset > bytes.length - length) {
            buf = bytes;
            failed = true;
            return;
        }
        buf = bytes;
        pos = offset;
        limit = offset + length;
        start = offset;
        end = offset;
        escaped = false;
        objectBits = 0;
        depth = 0;
        first = false;
        expectValue = false;
        rootStarted = false;
        failed = false;
    }

    /** The next token, {@link #END} after the root value and trailing blanks, or {@link #ERROR}. */
    int next() {
        if (failed) {
            return ERROR;
        }
        skipBlanks();
        if (depth == 0) {
            if (rootStarted) {
                return pos == limit ? END : fail();
            }
            rootStarted = true;
            return value();
        }
        if (pos >= limit) {
            return fail();
        }
        boolean object = (objectBits & (1L << (depth - 1))) != 0;
        if (expectValue) {
            expectValue = false;
            return value();
        }
        byte c = buf[pos];
        if (c == (object ? '}' : ']')) {
            pos++;
            depth--;
            first = false;
            start = pos - 1;
            end = pos;
            return object ? END_OBJECT : END_ARRAY;
        }
        if (!first) {
            if (c != ',') {
                return fail();
            }
            pos++;
            skipBlanks();
        }
        first = false;
        if (!object) {
            return value();
        }
        if (pos >= limit || buf[pos] != '"' || !string()) {
            return fail();
        }
        skipBlanks();
        if (pos >= limit || buf[pos] != ':') {
            return fail();
        }
        pos++;
        expectValue = true;
        return FIELD;
    }

    /**
     * Skips the value that follows: after a {@link #FIELD} its value, after a START token the rest
     * of that container. Returns the last token read ({@link #ERROR} if the document broke).
     */
    int skip(int token) {
        int target;
        if (token == FIELD) {
            int t = next();
            if (t != START_OBJECT && t != START_ARRAY) {
                return t;
            }
            target = depth - 1;
        } else if (token == START_OBJECT || token == START_ARRAY) {
            target = depth - 1;
        } else {
            return token;
        }
        int t = token;
        while (depth > target && t != ERROR) {
            t = next();
        }
        return t;
    }

    /** The current nesting depth (1 inside the root object). */
    int depth() {
        return depth;
    }

    byte[] buffer() {
        return buf;
    }

    /** Start of the current token's text (a string's first byte after the quote). */
    int start() {
        return start;
    }

    /** End (exclusive) of the current token's text. */
    int end() {
        return end;
    }

    /** True when the current string or field name holds a backslash escape (its bytes are raw). */
    boolean escaped() {
        return escaped;
    }

    /** True when the current token's raw text is exactly {@code ascii}. */
    boolean textIs(byte[] ascii) {
        return Bytes.equal(buf, start, end, ascii);
    }

    private int value() {
        if (pos >= limit) {
            return fail();
        }
        byte c = buf[pos];
        switch (c) {
            case '{':
                return open(true, START_OBJECT);
            case '[':
                return open(false, START_ARRAY);
            case '"':
                return string() ? STRING : fail();
            case 't':
                return literal(TRUE_TEXT, TRUE);
            case 'f':
                return literal(FALSE_TEXT, FALSE);
            case 'n':
                return literal(NULL_TEXT, NULL);
            default:
                return c == '-' || (c >= '0' && c <= '9') ? number() : fail();
        }
    }

    private int open(boolean object, int token) {
        if (depth == MAX_DEPTH) {
            return fail();
        }
        if (object) {
            objectBits |= 1L << depth;
        } else {
            objectBits &= ~(1L << depth);
        }
        depth++;
        first = true;
        start = pos;
        pos++;
        end = pos;
        return token;
    }

    /** Reads a string starting at the quote under {@code pos}; false if it is broken. */
    private boolean string() {
        int i = pos + 1;
        start = i;
        escaped = false;
        while (i < limit) {
            int b = buf[i] & 0xFF;
            if (b == '"') {
                end = i;
                pos = i + 1;
                return true;
            }
            if (b < 0x20) {
                return false;
            }
            if (b == '\\') {
                escaped = true;
                if (i + 1 >= limit) {
                    return false;
                }
                byte e = buf[i + 1];
                if (e == 'u') {
                    if (i + 6 > limit || !hex(buf[i + 2]) || !hex(buf[i + 3]) || !hex(buf[i + 4]) || !hex(buf[i + 5])) {
                        return false;
                    }
                    i += 6;
                } else if (e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n' || e == 'r'
                        || e == 't') {
                    i += 2;
                } else {
                    return false;
                }
            } else {
                i++;
            }
        }
        return false;
    }

    private int number() {
        int i = pos;
        start = i;
        if (buf[i] == '-') {
            i++;
        }
        if (i >= limit) {
            return fail();
        }
        if (buf[i] == '0') {
            i++;
        } else if (digit(buf[i])) {
            while (i < limit && digit(buf[i])) {
                i++;
            }
        } else {
            return fail();
        }
        if (i < limit && buf[i] == '.') {
            i++;
            int digitsFrom = i;
            while (i < limit && digit(buf[i])) {
                i++;
            }
            if (i == digitsFrom) {
                return fail();
            }
        }
        if (i < limit && (buf[i] == 'e' || buf[i] == 'E')) {
            i++;
            if (i < limit && (buf[i] == '+' || buf[i] == '-')) {
                i++;
            }
            int digitsFrom = i;
            while (i < limit && digit(buf[i])) {
                i++;
            }
            if (i == digitsFrom) {
                return fail();
            }
        }
        end = i;
        pos = i;
        return NUMBER;
    }

    private int literal(byte[] text, int token) {
        if (limit - pos < text.length || !Bytes.equal(buf, pos, pos + text.length, text)) {
            return fail();
        }
        start = pos;
        pos += text.length;
        end = pos;
        return token;
    }

    private void skipBlanks() {
        while (pos < limit) {
            byte b = buf[pos];
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return;
            }
            pos++;
        }
    }

    private int fail() {
        failed = true;
        return ERROR;
    }

    private static boolean digit(byte b) {
        return b >= '0' && b <= '9';
    }

    private static boolean hex(byte b) {
        return digit(b) || (b >= 'a' && b <= 'f') || (b >= 'A' && b <= 'F');
    }
}
