package dev.gridbot.gateway.binance;

import dev.gridbot.engine.event.InboundEvent;
import dev.gridbot.engine.event.InboundType;
import dev.gridbot.engine.model.ClientOrderId;
import dev.gridbot.engine.model.Instruments;
import dev.gridbot.engine.model.Intent;
import dev.gridbot.engine.model.Side;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.gridbot.gateway.binance.BinanceFixtures.binance;
import static dev.gridbot.gateway.binance.BinanceFixtures.instrument;
import static dev.gridbot.gateway.binance.BinanceFixtures.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The user-data stream: the published ORDER_TRADE_UPDATE, ACCOUNT_UPDATE, listenKeyExpired and
 * TRADE_LITE examples, and the captured order updates (filled, partially filled, canceled, expired,
 * new) with their client order id replaced by one of ours.
 */
class BinanceUserStreamTest {
    private static final long T = 987_654_321L;
    private static final String OURS = "gb3-17E-42";
    private static final long OUR_ID = ClientOrderId.of(3, 17, Intent.ENTRY, 42);

    private final Instruments instruments = BinanceFixtures.instruments(
            instrument(0, "BTCUSDT", "0.1", "0.001"),
            instrument(1, "XEMUSDT", "0.0001", "1"),
            instrument(2, "SEIUSDT", "0.0001", "1"),
            instrument(3, "ACEUSDT", "0.0001", "0.01"));
    private final BinanceFixtures.Published out = new BinanceFixtures.Published();
    private final BinanceStreamDecoder decoder = new BinanceStreamDecoder(instruments, out.publisher);

    private BinanceFrame decode(String frame) {
        byte[] bytes = utf8(frame);
        return decoder.decode(bytes, 0, bytes.length, T);
    }

    /** A captured order update whose client order id is replaced by ours, with further text replacements. */
    private static String ours(String file, String foreignId, String... replacements) {
        String text = binance(file).replace("\"c\":\"" + foreignId + "\"", "\"c\":\"" + OURS + "\"");
        for (int i = 0; i < replacements.length; i += 2) {
            assertTrue(text.contains(replacements[i]), replacements[i]);
            text = text.replace(replacements[i], replacements[i + 1]);
        }
        return text;
    }

    private static String filled(String... replacements) {
        return ours("binance_ws_order_trade_update_filled.capture.json", "R01LRkpXT7C4", replacements);
    }

    private static String canceled(String... replacements) {
        return ours("binance_ws_order_trade_update_canceled.capture.json", "web_w4Sot5R1ym9ChzWfGdAm", replacements);
    }

    @Test
    void shouldAcceptTheCapturedNewOrder() {
        assertEquals(BinanceFrame.ORDER,
                decode(ours("binance_ws_order_trade_update_new.capture.json", "web_w4Sot5R1ym9ChzWfGdAm")));
        InboundEvent e = out.single();
        assertEquals(InboundType.ORDER_ACCEPTED, e.type());
        assertEquals(T, e.timestampNanos());
        assertEquals(0, e.instrumentId());
        assertEquals(OUR_ID, e.clientOrderId());
        assertEquals(Side.BUY, e.side());
        assertEquals(200_000, e.priceTicks());
        assertEquals(10, e.leavesLots());
    }

    @Test
    void shouldAcceptThePublishedNewOrderExample() {
        String frame = binance("binance_ws_order_trade_update_new.json").replace("\"TEST\"", "\"" + OURS + "\"");
        assertEquals(BinanceFrame.ORDER, decode(frame));
        InboundEvent e = out.single();
        assertEquals(InboundType.ORDER_ACCEPTED, e.type());
        assertEquals(Side.SELL, e.side());
        assertEquals(0, e.priceTicks());
        assertEquals(1, e.leavesLots());
    }

    @Test
    void shouldFillTheCapturedFilledOrderWithItsExactFee() {
        assertEquals(BinanceFrame.ORDER, decode(filled()));
        InboundEvent e = out.single();
        assertEquals(InboundType.ORDER_FILLED, e.type());
        assertEquals(1, e.instrumentId());
        assertEquals(OUR_ID, e.clientOrderId());
        assertEquals(Side.SELL, e.side());
        assertEquals(275, e.priceTicks());
        assertEquals(7259, e.qtyLots());
        assertEquals(0, e.leavesLots());
        assertEquals(399_245_000L, e.feeUnits(), "0.03992450 USDT in units of 1e-10 USDT");
        assertTrue(e.maker());
        assertEquals(86_171_692, e.venueSequence());
        assertEquals(0, decoder.roundedCommissions());
        assertEquals(0, decoder.commissionsNotInQuote());
    }

    @Test
    void shouldFillTheCapturedPartialFillWithWhatIsLeft() {
        assertEquals(BinanceFrame.ORDER,
                decode(ours("binance_ws_order_trade_update_partially_filled.capture.json", "p2GMXdRRegAV7JIN2WrQVw")));
        InboundEvent e = out.single();
        assertEquals(InboundType.ORDER_FILLED, e.type());
        assertEquals(2, e.instrumentId());
        assertEquals(Side.BUY, e.side());
        assertEquals(8983, e.priceTicks());
        assertEquals(11, e.qtyLots());
        assertEquals(53, e.leavesLots());
        assertEquals(49_406_500L, e.feeUnits(), "0.00494065 USDT: 8983 ticks x 11 lots x 500 ppm");
        assertFalse(e.maker());
        assertEquals(148_318_954, e.venueSequence());
    }

    @Test
    void shouldCancelTheCapturedCanceledAndExpiredOrders() {
        assertEquals(BinanceFrame.ORDER, decode(canceled()));
        InboundEvent canceled = out.single();
        assertEquals(InboundType.ORDER_CANCELED, canceled.type());
        assertEquals(0, canceled.instrumentId());
        assertEquals(Side.BUY, canceled.side());
        assertEquals(10, canceled.qtyLots());

        assertEquals(BinanceFrame.ORDER,
                decode(ours("binance_ws_order_trade_update_expired.capture.json", "x-nXtHr5jjSNF17322011")));
        InboundEvent expired = out.single();
        assertEquals(InboundType.ORDER_CANCELED, expired.type());
        assertEquals(3, expired.instrumentId());
        assertEquals(126, expired.qtyLots());
    }

    @Test
    void shouldCancelOnlyWhatDidNotFillAndTreatExpiredInMatchAsACancel() {
        decode(canceled("\"z\":\"0\"", "\"z\":\"0.004\"", "\"x\":\"CANCELED\"", "\"x\":\"EXPIRED_IN_MATCH\""));
        InboundEvent e = out.single();
        assertEquals(InboundType.ORDER_CANCELED, e.type());
        assertEquals(6, e.qtyLots());
    }

    @Test
    void shouldRejectAStreamRejectionWithoutACode() {
        assertEquals(BinanceFrame.ORDER, decode(canceled("\"x\":\"CANCELED\"", "\"x\":\"REJECTED\"")));
        InboundEvent e = out.single();
        assertEquals(InboundType.ORDER_REJECTED, e.type());
        assertEquals(OUR_ID, e.clientOrderId());
        assertEquals(0, e.code());
    }

    @Test
    void shouldIgnoreAndCountAmendments() {
        assertEquals(BinanceFrame.IGNORED, decode(canceled("\"x\":\"CANCELED\"", "\"x\":\"AMENDMENT\"")));
        out.assertNone();
        assertEquals(1, decoder.ignoredExecutions());
    }

    @Test
    void shouldBookNoFeeAndCountItWhenTheCommissionIsNotInTheQuoteAsset() {
        decode(filled("\"N\":\"USDT\"", "\"N\":\"BNB\""));
        assertEquals(0, out.single().feeUnits());
        decode(filled("\"n\":\"0.03992450\",\"N\":\"USDT\",", ""));
        assertEquals(0, out.single().feeUnits());
        assertEquals(2, decoder.commissionsNotInQuote());
    }

    @Test
    void shouldRoundACommissionFinerThanTheMoneyUnitAndCountIt() {
        decode(filled("\"n\":\"0.03992450\"", "\"n\":\"0.00000000015\""));
        assertEquals(2, out.single().feeUnits(), "1.5 units of 1e-10 USDT, half-up");
        assertEquals(1, decoder.roundedCommissions());
    }

    @Test
    void shouldTakeFeesInTheQuoteAssetGivenPerInstrument() {
        Instruments usdc = BinanceFixtures.instruments(instrument(0, "XEMUSDC", "0.0001", "1"));
        BinanceStreamDecoder usdcDecoder = new BinanceStreamDecoder(usdc, List.of("USDC"), out.publisher);
        byte[] frame = utf8(filled("XEMUSDT", "XEMUSDC", "\"N\":\"USDT\"", "\"N\":\"USDC\""));
        assertEquals(BinanceFrame.ORDER, usdcDecoder.decode(frame, 0, frame.length, T));
        assertEquals(399_245_000L, out.single().feeUnits());
    }

    @Test
    void shouldPublishOnePositionPerEntryOfThePublishedAccountUpdate() {
        assertEquals(BinanceFrame.ACCOUNT, decode(binance("binance_ws_account_update.json")));
        List<InboundEvent> events = out.drain();
        assertEquals(3, events.size());
        long[][] expected = {{0, 0, 0}, {20_000, 65_637, 1}, {-10_000, 65_639, 2}};
        for (int i = 0; i < 3; i++) {
            InboundEvent e = events.get(i);
            assertEquals(InboundType.POSITION, e.type());
            assertEquals(T, e.timestampNanos());
            assertEquals(0, e.instrumentId());
            assertEquals(expected[i][0], e.qtyLots(), "position lots of entry " + i);
            assertEquals(expected[i][1], e.priceTicks(), "entry ticks of entry " + i);
            assertEquals(expected[i][2], e.code(), "position side of entry " + i);
        }
    }

    @Test
    void shouldSkipAndCountAccountPositionsOfOtherSymbols() {
        String frame = binance("binance_ws_account_update.json").replaceFirst("\"BTCUSDT\"", "\"DOGEUSDT\"");
        assertEquals(BinanceFrame.ACCOUNT, decode(frame));
        assertEquals(2, out.drain().size());
        assertEquals(1, decoder.unknownSymbols());
    }

    @Test
    void shouldReportAnExpiredListenKeyToTheCaller() {
        assertEquals(BinanceFrame.LISTEN_KEY_EXPIRED, decode(binance("binance_ws_listen_key_expired.json")));
        out.assertNone();
        assertEquals(1, decoder.count(BinanceFrame.LISTEN_KEY_EXPIRED));
    }

    @Test
    void shouldIgnoreTradeLite() {
        String frame = binance("binance_ws_trade_lite.json").replace("z8hcUoOsqEdKMeKPSABslD", OURS);
        assertEquals(BinanceFrame.IGNORED, decode(frame));
        out.assertNone();
    }

    @Test
    void shouldDecodeUserEventsInsideACombinedFrame() {
        assertEquals(BinanceFrame.ORDER, decode("{\"stream\":\"abc\",\"data\":" + filled() + "}"));
        assertEquals(7259, out.single().qtyLots());
    }
}
