package dev.gridbot.app.live;

import java.util.Arrays;

/**
 * An account's API key and secret. The secret is kept as bytes (what the signer needs) and never
 * appears in {@link #toString()}, logs or the journal; {@link #wipe()} zeroes it when the run ends.
 */
public final class ApiCredentials {
    private final String apiKey;
    private final byte[] secret;

    public ApiCredentials(String apiKey, byte[] secret) {
        this.apiKey = apiKey;
        this.secret = secret.clone();
    }

    /** The API key, sent in the X-MBX-APIKEY header (not a secret, but not printed either). */
    public String apiKey() {
        return apiKey;
    }

    /** A copy of the secret's bytes, for the signer. */
    public byte[] secret() {
        return secret.clone();
    }

    public void wipe() {
        Arrays.fill(secret, (byte) 0);
    }

    @Override
    public String toString() {
        return "ApiCredentials{apiKey=" + (apiKey.length() > 4 ? apiKey.substring(0, 4) + "…" : "…")
                + ", secret=<hidden>}";
    }
}
