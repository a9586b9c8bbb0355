package dev.gridbot.gateway.binance;

import java.nio.charset.StandardCharsets;

/** Helpers for ASCII protocol text written as bytes (request building): words and whole numbers. Stateless. */
final class Bytes {
    private Bytes() {
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
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
