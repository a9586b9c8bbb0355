package dev.gridbot.gateway.binance;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.async.ByteArrayFeeder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * One jackson-core non-blocking parser reused for a sequence of whole JSON documents (WebSocket
 * frames, REST bodies) fed one at a time. Jackson reads consecutive root-level values from one
 * parser without {@code endOfInput()}, so once the parser has met the stream's field names and
 * its longest text, a well-formed document creates nothing: the parser reads the caller's bytes in
 * place, field names come canonicalized from its symbol table, and text is copied out of its
 * reused buffer. The parser checks the whole grammar (nesting at most {@link #MAX_DEPTH},
 * separators, escapes, number syntax, UTF-8).
 *
 * <p>{@link #next} never throws: a document that breaks (jackson throws) or ends inside a value
 * (jackson answers NOT_AVAILABLE after the whole document was fed) yields
 * {@link JsonToken#NOT_AVAILABLE}, and so does a clean end. {@link #finish} tells them apart and
 * makes the parser ready for the next document. A document cut between two tokens (the usual
 * truncation) is closed by feeding the missing closers, which allocates nothing; after anything
 * else (a jackson error, a cut inside a token) the parser is replaced. <b>Only such bad input
 * allocates</b>: the exception jackson throws and the new parser.
 *
 * <p>Owned by one thread: the thread that decodes the frames or responses.
 */
final class JsonFeed {
    /** Nesting deeper than this is refused (Binance documents nest three or four levels). */
    static final int MAX_DEPTH = 64;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
            .build();
    /** Fed after a document whose root is a bare number or literal: jackson ends one only at the next byte. */
    private static final byte[] BLANK = {' '};

    /** What {@link #complete} feeds: a value for a dangling name or comma, then one closer per level. */
    private final byte[] closers = new byte[MAX_DEPTH + 4];
    private final TextSink sink = new TextSink();
    private JsonParser parser;
    private ByteArrayFeeder feeder;
    private byte[] document = closers;
    private int documentStart;
    private int documentEnd;
    /** Bit d is set when the container at depth d + 1 is an object. */
    private long objectBits;
    private int depth;
    /** The last token jackson returned (never NOT_AVAILABLE). */
    private JsonToken last;
    /** The parser's count of root values when the last one ended: a higher count means one has begun. */
    private int rootValuesEnded;
    /** A root value ended within the current document. */
    private boolean rootEnded;
    private boolean blankFed;
    /** The current document gives no more tokens. */
    private boolean exhausted;
    /** Jackson threw: only a new parser is safe. */
    private boolean broken;

    JsonFeed() {
        replace();
    }

    /**
     * Feeds the document {@code bytes[offset, offset + length)}; false (nothing fed, nothing to
     * finish) when the range is not inside the array. The parser reads the bytes in place, so they
     * must stay unchanged until {@link #finish}.
     */
    boolean start(byte[] bytes, int offset, int length) {
        if (!atRest()) {
            replace();
        }
        rootEnded = false;
        blankFed = false;
        exhausted = true;
        if (bytes == null || offset < 0 || length < 0 || offset > bytes.length - length) {
            return false;
        }
        document = bytes;
        documentStart = offset;
        documentEnd = offset + length;
        exhausted = false;
        feed(bytes, offset, offset + length);
        return true;
    }

    /** The next token of the document, or NOT_AVAILABLE once it ended, broke or was cut. */
    JsonToken next() {
        if (exhausted) {
            return JsonToken.NOT_AVAILABLE;
        }
        JsonToken token = advance();
        if (token == JsonToken.NOT_AVAILABLE && depth == 0 && !rootEnded && !blankFed && !broken) {
            blankFed = true;
            feed(BLANK, 0, BLANK.length);
            token = advance();
        }
        exhausted = token == JsonToken.NOT_AVAILABLE;
        return token;
    }

    /** Skips what follows a START token up to its END; true for a scalar; false if the document ended first. */
    boolean skip(JsonToken token) {
        if (token != JsonToken.START_OBJECT && token != JsonToken.START_ARRAY) {
            return token.isScalarValue();
        }
        int target = depth - 1;
        while (depth > target) {
            if (next() == JsonToken.NOT_AVAILABLE) {
                return false;
            }
        }
        return true;
    }

    /** The current field name, canonicalized by jackson (the same String every time: no allocation). */
    String name() {
        try {
            String name = parser.currentName();
            return name == null ? "" : name;
        } catch (IOException e) {
            fail();
            return "";
        }
    }

    /** Length of the current scalar's text (a string's decoded contents, a number as written). */
    int textLength() {
        try {
            return parser.getTextLength();
        } catch (IOException e) {
            fail();
            return 0;
        }
    }

    /** Copies the current scalar's text, {@link #textLength} chars, to {@code out[at]}. */
    void copyText(char[] out, int at) {
        try {
            if (parser.currentToken() == JsonToken.VALUE_STRING) {
                System.arraycopy(parser.getTextCharacters(), parser.getTextOffset(), out, at, parser.getTextLength());
            } else {
                // Jackson holds some numbers ("0", "-0") as a String, which getTextCharacters() would copy
                // into a new array; getText(Writer) hands any scalar's text over as it is held.
                parser.getText(sink.into(out, at));
            }
        } catch (IOException e) {
            fail();
        }
    }

    /**
     * Ends the document: true when it held exactly one complete JSON value and nothing but blanks
     * after it. Either way the parser is ready for the next document afterwards.
     */
    boolean finish() {
        boolean whole = !exhausted && rootEnded && next() == JsonToken.NOT_AVAILABLE && atRest();
        exhausted = true;
        if (!whole) {
            recover();
        }
        return whole;
    }

    /** Brings the parser back between root values after a bad document, replacing it only if need be. */
    private void recover() {
        drain();
        if (!broken && depth > 0) {
            complete();
            drain();
        }
        if (!atRest()) {
            replace();
        }
    }

    private void drain() {
        JsonToken token;
        do {
            token = advance();
        } while (token != JsonToken.NOT_AVAILABLE);
    }

    /**
     * Feeds what closes a document cut between two tokens: a value after a dangling field name or
     * comma, then the closers. A number or literal cut at its end is completed by the closers; cut
     * inside a string, the closers become part of it (or break the grammar) and the parser does not
     * come to rest: {@link #recover} then replaces it.
     */
    private void complete() {
        int n = 0;
        int lastByte = lastSignificantByte();
        if (last == JsonToken.FIELD_NAME) {
            if (lastByte == '"') {
                closers[n++] = ':';
            }
            if (lastByte == '"' || lastByte == ':') {
                closers[n++] = '0';
            }
        } else if (lastByte == ',') {
            if (inObject(depth)) {
                closers[n++] = '"';
                closers[n++] = '"';
                closers[n++] = ':';
            }
            closers[n++] = '0';
        }
        for (int d = depth; d > 0; d--) {
            closers[n++] = (byte) (inObject(d) ? '}' : ']');
        }
        feed(closers, 0, n);
    }

    private int lastSignificantByte() {
        for (int i = documentEnd - 1; i >= documentStart; i--) {
            byte b = document[i];
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return b;
            }
        }
        return -1;
    }

    /** The parser's next token with the nesting tracked; NOT_AVAILABLE also when jackson throws. */
    private JsonToken advance() {
        JsonToken token;
        try {
            token = parser.nextToken();
        } catch (IOException | RuntimeException e) {
            // Bad input, including jackson's IllegalStateException for a flood of colliding names.
            fail();
            return JsonToken.NOT_AVAILABLE;
        }
        if (token == null) {
            fail();
            return JsonToken.NOT_AVAILABLE;
        }
        if (token == JsonToken.NOT_AVAILABLE) {
            return token;
        }
        last = token;
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
            objectBits = token == JsonToken.START_OBJECT ? objectBits | 1L << depth : objectBits & ~(1L << depth);
            depth++;
        } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
            depth--;
        }
        if (depth == 0 && token != JsonToken.START_OBJECT && token != JsonToken.START_ARRAY) {
            rootEnded = true;
            rootValuesEnded = parser.getParsingContext().getEntryCount();
        }
        return token;
    }

    /** Between root values, with no token begun: the next document can be fed. */
    private boolean atRest() {
        return !broken && depth == 0 && parser.getParsingContext().getEntryCount() == rootValuesEnded;
    }

    private boolean inObject(int level) {
        return (objectBits & 1L << (level - 1)) != 0;
    }

    private void feed(byte[] bytes, int from, int to) {
        try {
            feeder.feedInput(bytes, from, to);
        } catch (IOException | RuntimeException e) {
            fail();
        }
    }

    private void fail() {
        broken = true;
        exhausted = true;
    }

    private void replace() {
        if (parser != null) {
            try {
                parser.close();
            } catch (IOException e) {
                // Closing hands the parser's buffers back to jackson's recycler; there is no input to close.
            }
        }
        try {
            parser = FACTORY.createNonBlockingByteArrayParser();
        } catch (IOException e) {
            throw new UncheckedIOException("jackson cannot create a non-blocking JSON parser", e);
        }
        feeder = (ByteArrayFeeder) parser.getNonBlockingInputFeeder();
        objectBits = 0;
        depth = 0;
        last = null;
        rootValuesEnded = 0;
        broken = false;
    }

    /** A {@link Writer} into a caller's char array, so the parser's text is copied without creating anything. */
    private static final class TextSink extends Writer {
        private char[] out = new char[0];
        private int at;

        TextSink into(char[] target, int index) {
            out = target;
            at = index;
            return this;
        }

        @Override
        public void write(char[] chars, int offset, int length) {
            System.arraycopy(chars, offset, out, at, length);
            at += length;
        }

        @Override
        public void write(String text, int offset, int length) {
            text.getChars(offset, offset + length, out, at);
            at += length;
        }

        @Override
        public void write(int c) {
            out[at++] = (char) c;
        }

        @Override
        public void flush() {
            // Nothing is buffered.
        }

        @Override
        public void close() {
            // Nothing to release: the array is the caller's.
        }
    }
}
