package dev.gridbot.gateway.binance;

import dev.gridbot.engine.event.InboundEvent;
import dev.gridbot.engine.model.ClientOrderId;
import dev.gridbot.engine.model.Instruments;
import dev.gridbot.engine.model.Intent;
import dev.gridbot.engine.model.Side;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.gridbot.gateway.binance.BinanceFixtures.binance;
import static dev.gridbot.gateway.binance.BinanceFixtures.instrument;
import static dev.gridbot.gateway.binance.BinanceFixtures.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The decoders reuse one parser for every frame or body: whatever broke the previous one (a cut
 * anywhere, bad grammar, a second value), the next one decodes exactly as on a fresh decoder.
 */
class BinanceParserRecoveryTest {
    private static final List<String> FRAMES = List.of(
            binance("binance_ws_agg_trade.json"),
            "{\"stream\":\"bnbusdt@bookTicker\",\"data\":" + binance("binance_ws_book_ticker.json") + "}",
            binance("binance_ws_mark_price.json"),
            binance("binance_ws_account_update.json"),
            binance("binance_ws_order_trade_update_new.json").replace("\"TEST\"", "\"gb0-1E-7\""),
            binance("binance_ws_order_trade_update_filled.capture.json").replace("R01LRkpXT7C4", "gb12-345X-67890"),
            binance("binance_ws_listen_key_expired.json"),
            "[1, {\"a\": [true, null]}]",
            "0");
    private static final String[] BROKEN = {
        "", " ", "{", "}", "{}}", "{} x", "{} 1", "{} \"abc", "{} tr", "{}{", "{\"e\":\"aggTrade\"}{\"e\":", "[1,",
        "[1, ", "[1,2", "{\"a\"", "{\"a\" ", "{\"a\":", "{\"a\": ", "{\"a\":1,", "{\"a\":1, \n", "{\"a\":12",
        "{\"a\":-", "{\"a\":1.", "{\"a\":1e+", "{\"a\":tr", "{\"a\":\"x", "{\"a\":\"x\\", "{\"a\":\"\\u00",
        "{\"a\":\"x,", "{\"a\":\"x:", "{\"ab", "{\"a\":{\"b\":[1,{\"c\":", "{\"a\":01}", "{\"a\":[1 2]}",
        "\"abc", "-", "nulll", "[".repeat(65) + "]".repeat(65), "[".repeat(64),
    };

    private final Instruments instruments = BinanceFixtures.instruments(
            instrument(0, "BTCUSDT", "0.001", "0.001"),
            instrument(1, "BNBUSDT", "0.0001", "0.01"),
            instrument(2, "XEMUSDT", "0.0001", "1"));

    @Test
    void shouldDecodeEveryFrameAfterEveryCutOfEveryFrame() {
        BinanceFixtures.Published out = new BinanceFixtures.Published();
        BinanceStreamDecoder decoder = new BinanceStreamDecoder(instruments, out.publisher);
        List<String> expected = expectedFrames();
        for (String cutFrom : FRAMES) {
            byte[] whole = utf8(cutFrom.strip());
            for (int length = 0; length < whole.length; length++) {
                decoder.decode(whole, 0, length, 1);
                out.drain();
                assertEquals(expected, decodeAll(decoder, out), () -> "after " + cutFrom);
            }
        }
    }

    @Test
    void shouldDecodeEveryFrameAfterBrokenJson() {
        BinanceFixtures.Published out = new BinanceFixtures.Published();
        BinanceStreamDecoder decoder = new BinanceStreamDecoder(instruments, out.publisher);
        List<String> expected = expectedFrames();
        for (String broken : BROKEN) {
            byte[] bytes = utf8(broken);
            assertEquals(BinanceFrame.MALFORMED, decoder.decode(bytes, 0, bytes.length, 1), broken);
            out.assertNone();
            assertEquals(expected, decodeAll(decoder, out), () -> "after " + broken);
        }
    }

    @Test
    void shouldDecodeTheNextResponseAfterEveryCutOfAResponse() {
        BinanceFixtures.Published out = new BinanceFixtures.Published();
        BinanceResponses responses = new BinanceResponses(instruments, out.publisher);
        long id = ClientOrderId.of(1, 4, Intent.ENTRY, 9);
        byte[] accepted = utf8(binance("binance_rest_new_order_response.json"));
        byte[] positions = utf8(binance("binance_rest_position_risk_v3_hedge.json").strip());
        assertEquals(BinanceResponseOutcome.ACCEPTED, responses.decode(BinanceEndpoint.NEW_ORDER, 0, id, Side.SELL, 200,
                accepted, 0, accepted.length, 1));
        String acceptedEvent = out.single().toString();
        for (int length = 0; length < positions.length; length++) {
            responses.decode(BinanceEndpoint.POSITION_RISK, 0, id, Side.SELL, 200, positions, 0, length, 1);
            out.drain();
            assertEquals(BinanceResponseOutcome.ACCEPTED, responses.decode(BinanceEndpoint.NEW_ORDER, 0, id,
                    Side.SELL, 200, accepted, 0, accepted.length, 1), "after a cut at " + length);
            assertEquals(acceptedEvent, out.single().toString());
        }
        assertEquals(positions.length, responses.unreadableBodies());
    }

    /** Each frame's kind and events as a fresh decoder reports them. */
    private List<String> expectedFrames() {
        BinanceFixtures.Published out = new BinanceFixtures.Published();
        return decodeAll(new BinanceStreamDecoder(instruments, out.publisher), out);
    }

    private static List<String> decodeAll(BinanceStreamDecoder decoder, BinanceFixtures.Published out) {
        List<String> results = new ArrayList<>();
        for (String frame : FRAMES) {
            byte[] bytes = utf8(frame);
            results.add(decoder.decode(bytes, 0, bytes.length, 1) + " " + out.drain().stream()
                    .map(InboundEvent::toString).toList());
        }
        return results;
    }
}
