package dev.gridbot.gateway.binance;

/**
 * Char-range helpers for protocol text read by the JSON parser (kept in a decoder's char arrays):
 * comparisons with ASCII words and whole numbers, without creating Strings. Stateless.
 */
final class Chars {
    /** What {@link #parseLong} returns for text that is not a whole number that fits a long. */
    static final long INVALID = Long.MIN_VALUE;

    private Chars() {
    }

    /** True when {@code chars[from, to)} equals {@code expected}. */
    static boolean equal(char[] chars, int from, int to, String expected) {
        if (to - from != expected.length()) {
            return false;
        }
        for (int i = 0; i < to - from; i++) {
            if (chars[from + i] != expected.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Like {@link #equal} but ASCII letters match in either case; {@code upper} is upper case. */
    static boolean equalIgnoreCase(char[] chars, int from, int to, String upper) {
        if (to - from != upper.length()) {
            return false;
        }
        for (int i = 0; i < to - from; i++) {
            if (upperCase(chars[from + i]) != upper.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** True when {@code chars[from, to)} contains {@code upper} (upper case), ASCII letters in either case. */
    static boolean containsIgnoreCase(char[] chars, int from, int to, String upper) {
        for (int i = from; i + upper.length() <= to; i++) {
            if (equalIgnoreCase(chars, i, i + upper.length(), upper)) {
                return true;
            }
        }
        return false;
    }

    /** {@code chars[from, to)} as an optionally signed whole number, or {@link #INVALID}. */
    static long parseLong(char[] chars, int from, int to) {
        int i = from;
        boolean negative = i < to && chars[i] == '-';
        if (negative) {
            i++;
        }
        if (i == to || to - i > 19) {
            return INVALID;
        }
        long value = 0;
        for (; i < to; i++) {
            int digit = chars[i] - '0';
            if (digit < 0 || digit > 9 || value > (Long.MAX_VALUE - digit) / 10) {
                return INVALID;
            }
            value = value * 10 + digit;
        }
        return negative ? -value : value;
    }

    private static char upperCase(char c) {
        return c >= 'a' && c <= 'z' ? (char) (c - ('a' - 'A')) : c;
    }
}
