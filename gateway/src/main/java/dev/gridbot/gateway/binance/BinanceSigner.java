package dev.gridbot.gateway.binance;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

/**
 * Binance's request signature: the lowercase hex HMAC-SHA256 of the total parameters (query string
 * concatenated with the request body), keyed with the API secret's ASCII bytes. One instance per
 * thread (a {@link Mac} is not thread-safe); signing into a caller's buffer allocates nothing. The
 * secret is never kept in a String by this class and never printed.
 */
public final class BinanceSigner {
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    /** Hex characters in a signature. */
    public static final int SIGNATURE_LENGTH = 64;

    private final Mac mac;
    private final byte[] digest = new byte[32];

    public BinanceSigner(byte[] secret) {
        try {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
        }
    }

    /**
     * Signs {@code payload[offset, offset+length)} and writes the 64 hex characters into
     * {@code out} at {@code outOffset}.
     */
    public void sign(byte[] payload, int offset, int length, byte[] out, int outOffset) {
        mac.update(payload, offset, length);
        try {
            mac.doFinal(digest, 0);
        } catch (javax.crypto.ShortBufferException e) {
            throw new IllegalStateException(e);
        }
        for (int i = 0; i < digest.length; i++) {
            out[outOffset + 2 * i] = HEX[(digest[i] >> 4) & 0xF];
            out[outOffset + 2 * i + 1] = HEX[digest[i] & 0xF];
        }
    }

    /** The signature of {@code payload} as text (for tests and cold paths). */
    public String sign(String payload) {
        byte[] bytes = payload.getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[SIGNATURE_LENGTH];
        sign(bytes, 0, bytes.length, out, 0);
        return new String(out, StandardCharsets.US_ASCII);
    }

    /** Compares a received signature with the expected one in constant time (the simulated venue's check). */
    public boolean verify(String payload, String signature) {
        String expected = sign(payload);
        return java.security.MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }
}
