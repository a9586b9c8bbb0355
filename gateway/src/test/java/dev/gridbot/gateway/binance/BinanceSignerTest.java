package dev.gridbot.gateway.binance;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The signer reproduces the signature examples of Binance's documentation (src/test/resources/protocol, copied from shared/protocol). */
class BinanceSignerTest {
    static final Path SIGNATURE = Path.of("src", "test", "resources", "protocol", "binance", "binance_fapi_signature.json");

    private static Map<String, String> example(String name) throws Exception {
        Map<String, String> fields = new HashMap<>();
        try (JsonParser p = new JsonFactory().createParser(SIGNATURE.toFile())) {
            String section = null;
            int depth = 0;
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.START_OBJECT) {
                    depth++;
                    if (depth == 2) {
                        section = p.currentName();
                    }
                } else if (t == JsonToken.END_OBJECT) {
                    depth--;
                } else if (t == JsonToken.VALUE_STRING) {
                    String key = (depth == 1 ? "" : section + ".") + p.currentName();
                    fields.put(key, p.getText());
                }
            }
        }
        Map<String, String> out = new HashMap<>();
        out.put("secretKey", fields.get("secretKey"));
        fields.forEach((k, v) -> {
            if (k.startsWith(name + ".")) {
                out.put(k.substring(name.length() + 1), v);
            }
        });
        return out;
    }

    @Test
    void shouldReproduceTheDocumentedQueryStringSignature() throws Exception {
        Map<String, String> ex = example("example1_query_string");
        BinanceSigner signer = new BinanceSigner(ex.get("secretKey").getBytes(StandardCharsets.US_ASCII));
        assertEquals(ex.get("signature"), signer.sign(ex.get("queryString")));
    }

    @Test
    void shouldReproduceTheDocumentedRequestBodySignature() throws Exception {
        Map<String, String> ex = example("example2_request_body");
        BinanceSigner signer = new BinanceSigner(ex.get("secretKey").getBytes(StandardCharsets.US_ASCII));
        assertEquals(ex.get("signature"), signer.sign(ex.get("requestBody")));
    }

    @Test
    void shouldSignIntoABufferWithTheSameResultAndVerify() throws Exception {
        Map<String, String> ex = example("example1_query_string");
        BinanceSigner signer = new BinanceSigner(ex.get("secretKey").getBytes(StandardCharsets.US_ASCII));
        byte[] payload = ("xx" + ex.get("queryString")).getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[BinanceSigner.SIGNATURE_LENGTH + 3];
        signer.sign(payload, 2, payload.length - 2, out, 3);
        byte[] expected = ex.get("signature").getBytes(StandardCharsets.US_ASCII);
        byte[] got = new byte[BinanceSigner.SIGNATURE_LENGTH];
        System.arraycopy(out, 3, got, 0, got.length);
        assertArrayEquals(expected, got);
        assertTrue(signer.verify(ex.get("queryString"), ex.get("signature")));
        assertFalse(signer.verify(ex.get("queryString") + "&x=1", ex.get("signature")));
    }
}
