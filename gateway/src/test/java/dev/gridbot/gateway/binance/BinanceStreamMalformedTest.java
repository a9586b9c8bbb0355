package dev.gridbot.gateway.binance;

import dev.gridbot.engine.model.Instruments;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static dev.gridbot.gateway.binance.BinanceFixtures.binance;
import static dev.gridbot.gateway.binance.BinanceFixtures.instrument;
import static dev.gridbot.gateway.binance.BinanceFixtures.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Broken, truncated, foreign and unknown frames are counted, never thrown, and publish nothing. */
class BinanceStreamMalformedTest {
    private static final List<String> PUBLISHED = List.of(
            "binance_ws_agg_trade.json", "binance_ws_book_ticker.json", "binance_ws_mark_price.json",
            "binance_ws_account_update.json", "binance_ws_order_trade_update_new.json",
            "binance_ws_order_trade_update_filled.capture.json", "binance_ws_listen_key_expired.json");

    private final Instruments instruments = BinanceFixtures.instruments(
            instrument(0, "BTCUSDT", "0.001", "0.001"),
            instrument(1, "BNBUSDT", "0.0001", "0.01"),
            instrument(2, "XEMUSDT", "0.0001", "1"),
            instrument(3, "SEIUSDT", "0.0001", "1"),
            instrument(4, "ACEUSDT", "0.0001", "0.01"));
    private final BinanceFixtures.Published out = new BinanceFixtures.Published();
    private final BinanceStreamDecoder decoder = new BinanceStreamDecoder(instruments, out.publisher);

    private BinanceFrame decode(String frame) {
        byte[] bytes = utf8(frame);
        return decoder.decode(bytes, 0, bytes.length, 1);
    }

    @Test
    void shouldCountEveryTruncationOfEveryPublishedFrameAsMalformed() {
        long expected = 0;
        for (String file : PUBLISHED) {
            byte[] frame = utf8(binance(file).strip());
            for (int length = 0; length < frame.length; length++) {
                assertEquals(BinanceFrame.MALFORMED, decoder.decode(frame, 0, length, 1), file + " cut at " + length);
                expected++;
            }
        }
        out.assertNone();
        assertEquals(expected, decoder.count(BinanceFrame.MALFORMED));
    }

    @Test
    void shouldRefuseBrokenJson() {
        String[] broken = {
            "", " ", "{", "}", "{}}", "{} x", "{\"e\":}", "{\"e\" \"aggTrade\"}", "{\"e\":\"aggTrade\",}",
            "{,\"e\":\"aggTrade\"}", "{\"e\":\"aggTrade\"", "{\"e\":\"agg\\qTrade\"}", "{\"e\":\"a\u0001\"}",
            "{\"a\":01}", "{\"a\":1.}", "{\"a\":-}", "{\"a\":1e}", "{\"a\":tru}", "{\"a\":nul}", "{\"a\":[1,]}",
            "{\"a\":[1 2]}", "{\"a\":{\"b\":1]}", "{'e':'aggTrade'}", "{\"a\":\"\\u12G4\"}", "[1,2", "nulll",
            "{\"e\":\"aggTrade\"}{\"e\":\"aggTrade\"}", "[".repeat(65) + "]".repeat(65),
        };
        for (String frame : broken) {
            assertEquals(BinanceFrame.MALFORMED, decode(frame), frame);
        }
        out.assertNone();
    }

    @Test
    void shouldAcceptDeepButBoundedNestingAndEscapesInSkippedFields() {
        String deep = "[".repeat(60) + "]".repeat(60);
        assertEquals(BinanceFrame.MARKET, decode("{\"x\":" + deep + ",\"y\":\"a\\\"b\\u00e9\\n\","
                + binance("binance_ws_agg_trade.json").strip().substring(1)));
        assertEquals(1, out.drain().size());
    }

    @Test
    void shouldCountKnownEventsWithMissingOrUnreadableFieldsAsMalformed() {
        String trade = binance("binance_ws_agg_trade.json");
        String[] frames = {
            trade.replace("\"p\": \"0.001\",", ""),
            trade.replace("\"p\": \"0.001\"", "\"p\": \"1e-3\""),
            trade.replace("\"p\": \"0.001\"", "\"p\": \"-0.001\""),
            trade.replace("\"a\": 5933014", "\"a\": \"x\""),
            trade.replace("\"s\": \"BTCUSDT\"", "\"s\": 7"),
            trade.replace("\"q\": \"100\"", "\"q\": \"99999999999999999999\""),
            binance("binance_ws_order_trade_update_new.json").replace("\"S\": \"SELL\"", "\"S\": \"SIDEWAYS\""),
            binance("binance_ws_order_trade_update_filled.capture.json").replace("\"z\":\"7259\"", "\"z\":\"7260\"")
                    .replace("R01LRkpXT7C4", "gb0-1E-1"),
            binance("binance_ws_order_trade_update_filled.capture.json").replace("\"m\":true", "\"m\":\"yes\"")
                    .replace("R01LRkpXT7C4", "gb0-1E-1"),
            binance("binance_ws_account_update.json").replace("\"ps\": \"LONG\"", "\"ps\": \"UP\""),
            binance("binance_ws_account_update.json").replace("\"pa\": \"20\"", "\"pa\": {}"),
            "{\"e\":\"ORDER_TRADE_UPDATE\",\"o\":7}",
            "{\"e\":\"ACCOUNT_UPDATE\"}",
        };
        for (String frame : frames) {
            assertEquals(BinanceFrame.MALFORMED, decode(frame), frame);
        }
        out.assertNone();
    }

    @Test
    void shouldCountUnknownSymbolsAndPublishNothing() {
        assertEquals(BinanceFrame.UNKNOWN_SYMBOL,
                decode(binance("binance_ws_agg_trade.json").replace("BTCUSDT", "DOGEUSDT")));
        assertEquals(BinanceFrame.UNKNOWN_SYMBOL, decode(binance("binance_ws_mark_price.json").replace("BTCUSDT", "BTC")));
        assertEquals(BinanceFrame.UNKNOWN_SYMBOL,
                decode(binance("binance_ws_order_trade_update_new.capture.json").replace("BTCUSDT", "BTCUSDT_250926")));
        out.assertNone();
        assertEquals(3, decoder.unknownSymbols());
    }

    @Test
    void shouldCountForeignClientOrderIdsAndPublishNothing() {
        String[] files = {
            "binance_ws_order_trade_update_new.json", "binance_ws_order_trade_update_new.capture.json",
            "binance_ws_order_trade_update_filled.capture.json", "binance_ws_order_trade_update_canceled.capture.json",
            "binance_ws_order_trade_update_expired.capture.json",
            "binance_ws_order_trade_update_partially_filled.capture.json",
        };
        for (String file : files) {
            assertEquals(BinanceFrame.FOREIGN_ORDER, decode(binance(file)), file);
        }
        String liquidation = binance("binance_ws_order_trade_update_filled.capture.json")
                .replace("R01LRkpXT7C4", "autoclose-1688758982041");
        assertEquals(BinanceFrame.FOREIGN_ORDER, decode(liquidation));
        String almostOurs = binance("binance_ws_order_trade_update_filled.capture.json")
                .replace("R01LRkpXT7C4", "gb1-2Q-3");
        assertEquals(BinanceFrame.FOREIGN_ORDER, decode(almostOurs));
        out.assertNone();
        assertEquals(files.length + 2, decoder.count(BinanceFrame.FOREIGN_ORDER));
    }

    @Test
    void shouldSurviveRandomBytesAndRandomCorruptionsOfRealFrames() {
        Random random = new Random(20261121L);
        byte[] garbage = new byte[256];
        for (int i = 0; i < 2_000; i++) {
            random.nextBytes(garbage);
            decoder.decode(garbage, 0, random.nextInt(garbage.length + 1), 1);
        }
        for (int i = 0; i < 20_000; i++) {
            byte[] frame = utf8(binance(PUBLISHED.get(random.nextInt(PUBLISHED.size()))));
            int flips = 1 + random.nextInt(3);
            for (int f = 0; f < flips; f++) {
                frame[random.nextInt(frame.length)] = (byte) random.nextInt(256);
            }
            decoder.decode(frame, 0, frame.length, 1);
        }
        long decoded = 0;
        for (BinanceFrame kind : BinanceFrame.values()) {
            decoded += decoder.count(kind);
        }
        assertEquals(22_000, decoded);
        out.drain();
    }

    @Test
    void shouldRefuseNullFramesAndBadBounds() {
        assertEquals(BinanceFrame.MALFORMED, decoder.decode((byte[]) null, 0, 0, 1));
        byte[] frame = utf8(binance("binance_ws_agg_trade.json"));
        assertEquals(BinanceFrame.MALFORMED, decoder.decode(frame, -1, 5, 1));
        assertEquals(BinanceFrame.MALFORMED, decoder.decode(frame, 3, frame.length, 1));
        assertEquals(BinanceFrame.MALFORMED, decoder.decode((java.nio.ByteBuffer) null, 1));
        out.assertNone();
    }
}
