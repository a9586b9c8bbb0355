package dev.gridbot.gateway.binance;

/**
 * A reusable {@link CharSequence} window on a char array, so text-parsing code of the engine (such
 * as {@link dev.gridbot.engine.model.ClientOrderId#parse}) reads received text without a String
 * being made. Chars above 0x7F read as U+FFFD: the engine's parsers expect ASCII, and a non-ASCII
 * digit (which {@link Character#isDigit} accepts) must not pass for one. Only {@link #subSequence}
 * and {@link #toString} allocate. Owned by the thread of the decoder holding it.
 */
final class CharView implements CharSequence {
    private static final char NOT_ASCII = '\uFFFD';

    private char[] chars = new char[0];
    private int from;
    private int length;

    CharView wrap(char[] source, int start, int end) {
        this.chars = source;
        this.from = start;
        this.length = end - start;
        return this;
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public char charAt(int index) {
        if (index < 0 || index >= length) {
            throw new IndexOutOfBoundsException(index);
        }
        char c = chars[from + index];
        return c < 0x80 ? c : NOT_ASCII;
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return toString().subSequence(start, end);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(charAt(i));
        }
        return text.toString();
    }
}
