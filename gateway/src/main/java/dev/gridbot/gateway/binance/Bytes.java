package dev.gridbot.gateway.binance;

import java.nio.charset.StandardCharsets;

/** Byte-range helpers for ASCII protocol text: comparisons and whole numbers. Stateless. */
final class Bytes {
    /** What {@link #parseLong} returns for text that is not a whole number that fits a long. */
    static final long INVALID = Long.MIN_VALUE;

    private Bytes() {
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** True when {@code bytes[from, to)} equals {@code expected}. */
    static boolean equal(byte[] bytes, int from, int to, byte[] expected) {
        if (to - from != expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if (bytes[from + i] != expected[i]) {
                return false;
            }
        }
        return true;
    }

    /** Like {@link #equal} but ASCII letters match in either case; {@code upper} is upper case. */
    static boolean equalIgnoreCase(byte[] bytes, int from, int to, byte[] upper) {
        if (to - from != upper.length) {
            return false;
        }
        for (int i = 0; i < upper.length; i++) {
            if (upperCase(bytes[from + i]) != upper[i]) {
                return false;
            }
        }
        return true;
    }

    /** True when {@code bytes[from, to)} contains {@code upper} (upper case), ASCII letters in either case. */
    static boolean containsIgnoreCase(byte[] bytes, int from, int to, byte[] upper) {
        for (int i = from; i + upper.length <= to; i++) {
            if (equalIgnoreCase(bytes, i, i + upper.length, upper)) {
                return true;
            }
        }
        return false;
    }

    static byte upperCase(byte b) {
        return b >= 'a' && b <= 'z' ? (byte) (b - ('a' - 'A')) : b;
    }

    /** {@code bytes[from, to)} as an optionally signed whole number, or {@link #INVALID}. */
    static long parseLong(byte[] bytes, int from, int to) {
        int i = from;
        boolean negative = i < to && bytes[i] == '-';
        if (negative) {
            i++;
        }
        if (i == to || to - i > 19) {
            return INVALID;
        }
        long value = 0;
        for (; i < to; i++) {
            int digit = bytes[i] - '0';
            if (digit < 0 || digit > 9 || value > (Long.MAX_VALUE - digit) / 10) {
                return INVALID;
            }
            value = value * 10 + digit;
        }
        return negative ? -value : value;
    }

    /** Decimal digits in {@code value}, which is not negative. */
    static int digits(long value) {
        int n = 1;
        while (value >= 10) {
            value /= 10;
            n++;
        }
        return n;
    }

    /** Writes {@code value} in decimal at {@code out[pos]}; returns the position after it. */
    static int writeLong(long value, byte[] out, int pos) {
        if (value < 0) {
            if (value == Long.MIN_VALUE) {
                throw new IllegalArgumentException("value out of range");
            }
            out[pos++] = '-';
            value = -value;
        }
        int n = digits(value);
        for (int i = pos + n - 1; i >= pos; i--) {
            out[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        return pos + n;
    }
}
