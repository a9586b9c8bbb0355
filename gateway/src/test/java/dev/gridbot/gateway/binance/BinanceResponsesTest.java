package dev.gridbot.gateway.binance;

import dev.gridbot.engine.event.InboundEvent;
import dev.gridbot.engine.event.InboundType;
import dev.gridbot.engine.model.ClientOrderId;
import dev.gridbot.engine.model.Instruments;
import dev.gridbot.engine.model.Intent;
import dev.gridbot.engine.model.OrderStatus;
import dev.gridbot.engine.model.Side;
import dev.gridbot.engine.model.VenueState;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;

import static dev.gridbot.gateway.binance.BinanceFixtures.binance;
import static dev.gridbot.gateway.binance.BinanceFixtures.instrument;
import static dev.gridbot.gateway.binance.BinanceFixtures.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** REST answers about orders and positions become the engine's outcomes: accepted, rejected, unknown, status. */
class BinanceResponsesTest {
    private static final long T = 55_000L;
    private static final long ID = ClientOrderId.of(1, 4, Intent.ENTRY, 9);
    static final int BTC = 0;
    static final int LTC = 1;

    private final Instruments instruments = BinanceFixtures.instruments(
            instrument(BTC, "BTCUSDT", "0.1", "0.001"),
            instrument(LTC, "LTCUSDT", "0.01", "0.001"),
            instrument(2, "ADAUSDT", "0.0001", "1"),
            instrument(3, "COMPUSDT", "0.01", "0.001"));
    private final BinanceFixtures.Published out = new BinanceFixtures.Published();
    private final BinanceResponses responses = new BinanceResponses(instruments, out.publisher);

    private BinanceResponseOutcome decode(BinanceEndpoint endpoint, int instrument, int status, String body) {
        byte[] bytes = utf8(body);
        return responses.decode(endpoint, instrument, ID, Side.SELL, status, bytes, 0, bytes.length, T);
    }

    /** The single element of a published one-element array. */
    private static String element(String file) {
        String text = binance(file).strip();
        return text.substring(1, text.length() - 1);
    }

    private static String ccxtResponse(String method) {
        Map<String, Object> fixture = BinanceFixtures.map(BinanceFixtures.list(
                BinanceFixtures.ccxt("ccxt_binanceusdm_response_fixtures.json").get(method)).get(0));
        return BinanceFixtures.json(fixture.get("httpResponse"));
    }

    private static String error(int code, String msg) {
        return BinanceFixtures.json(Map.of("code", (long) code, "msg", msg));
    }

    private void assertOrderEvent(InboundEvent e, InboundType type, int instrument) {
        assertEquals(type, e.type());
        assertEquals(T, e.timestampNanos());
        assertEquals(instrument, e.instrumentId());
        assertEquals(ID, e.clientOrderId());
        assertEquals(Side.SELL, e.side());
    }

    @Test
    void shouldAcceptThePublishedNewOrderResponses() {
        assertEquals(BinanceResponseOutcome.ACCEPTED,
                decode(BinanceEndpoint.NEW_ORDER, BTC, 200, binance("binance_rest_new_order_response.json")));
        InboundEvent published = out.single();
        assertOrderEvent(published, InboundType.ORDER_ACCEPTED, BTC);
        assertEquals(0, published.priceTicks());
        assertEquals(10_000, published.leavesLots());

        String wsApiResult = BinanceFixtures.json(BinanceFixtures.map(BinanceFixtures.map(StartupDecoders.read(
                utf8(binance("binance_wsapi_order_place_examples.json")))).get("order_place_success_response")).get("result"));
        decode(BinanceEndpoint.NEW_ORDER, BTC, 200, wsApiResult);
        InboundEvent wsApi = out.single();
        assertEquals(420_880, wsApi.priceTicks());
        assertEquals(100, wsApi.leavesLots());

        String ccxt = ccxtResponse("createOrders");
        decode(BinanceEndpoint.NEW_ORDER, BTC, 200, ccxt.substring(1, ccxt.length() - 1));
        InboundEvent e = out.single();
        assertEquals(1_100_010, e.priceTicks());
        assertEquals(200, e.leavesLots());
    }

    @Test
    void shouldOnlyAcceptAnOrderThatFilledAtOnce() {
        String filled = binance("binance_rest_new_order_response.json").replace("\"NEW\"", "\"FILLED\"")
                .replace("\"executedQty\": \"0\"", "\"executedQty\": \"10\"");
        assertEquals(BinanceResponseOutcome.ACCEPTED, decode(BinanceEndpoint.NEW_ORDER, BTC, 200, filled));
        InboundEvent e = out.single();
        assertEquals(InboundType.ORDER_ACCEPTED, e.type());
        assertEquals(0, e.leavesLots());
    }

    @Test
    void shouldRejectWithTheVenueCode() {
        assertEquals(BinanceResponseOutcome.REJECTED,
                decode(BinanceEndpoint.NEW_ORDER, BTC, 400, binance("binance_rest_error_payload.json")));
        InboundEvent invalidSymbol = out.single();
        assertOrderEvent(invalidSymbol, InboundType.ORDER_REJECTED, BTC);
        assertEquals(-1121, invalidSymbol.code());
        decode(BinanceEndpoint.NEW_ORDER, BTC, 400, error(-5022, "Due to the order could not be executed as maker, "
                + "the Post Only order will be rejected."));
        assertEquals(-5022, out.single().code());
        decode(BinanceEndpoint.NEW_ORDER, BTC, 429, error(-1003, "Too many requests; current limit is 2400 requests "
                + "per minute."));
        assertEquals(-1003, out.single().code());
    }

    @Test
    void shouldMapEveryPublishedErrorCodeToARejectionUnlessItLeavesTheOutcomeOpen() {
        List<Object> codes = BinanceFixtures.list(StartupDecoders.read(utf8(binance("binance_fapi_error_codes.json"))));
        assertEquals(205, codes.size());
        for (Object entry : codes) {
            Map<String, Object> code = BinanceFixtures.map(entry);
            int value = Math.toIntExact((Long) code.get("code"));
            String msg = (String) BinanceFixtures.list(code.get("messages")).get(0);
            BinanceResponseOutcome outcome = decode(BinanceEndpoint.NEW_ORDER, BTC, 400, error(value, msg));
            InboundEvent e = out.single();
            boolean open = value == -1000 || value == -1006 || value == -1007;
            assertEquals(open ? BinanceResponseOutcome.UNKNOWN : BinanceResponseOutcome.REJECTED, outcome, msg);
            assertEquals(open ? InboundType.ORDER_UNKNOWN : InboundType.ORDER_REJECTED, e.type(), msg);
            assertEquals(value, e.code());
        }
    }

    @Test
    void shouldNeverRejectWhenTheOutcomeIsUnknown() {
        Object[][] cases = {
            {503, "{\"code\":-1001,\"msg\":\"Unknown error, please check your request or try again later.\"}", -1001},
            {503, "", 503},
            {502, "<html>Bad Gateway</html>", 502},
            {500, "{\"code\":-1001,\"msg\":\"Internal error; unable to process your request. Please try again.\"}", -1001},
            {400, "{\"code\":-1007,\"msg\":\"Timeout waiting for response from backend server. Send status unknown; "
                    + "execution status unknown.\"}", -1007},
            {408, "{\"code\":-1099,\"msg\":\"Execution status unknown.\"}", -1099},
            {400, "{\"msg\":\"no code\"}", 400},
            {400, "{\"code\":-11", 400},
            {200, "{\"orderId\":1,", 200},
            {200, "{\"orderId\":1}", 200},
        };
        for (Object[] c : cases) {
            assertEquals(BinanceResponseOutcome.UNKNOWN, decode(BinanceEndpoint.NEW_ORDER, LTC, (Integer) c[0],
                    (String) c[1]), (String) c[1]);
            InboundEvent e = out.single();
            assertOrderEvent(e, InboundType.ORDER_UNKNOWN, LTC);
            assertEquals((int) (Integer) c[2], e.code(), (String) c[1]);
        }
        assertEquals(BinanceResponseOutcome.UNKNOWN, responses.noResponse(BinanceEndpoint.CANCEL_ORDER, LTC, ID, Side.SELL, T));
        assertEquals(0, out.single().code());
        assertEquals(4, responses.unreadableBodies());
    }

    @Test
    void shouldCancelOnTheCancelAnswerOnlyWhenNothingFilled() {
        assertEquals(BinanceResponseOutcome.CANCELED,
                decode(BinanceEndpoint.CANCEL_ORDER, BTC, 200, binance("binance_rest_cancel_order_response.json")));
        InboundEvent e = out.single();
        assertOrderEvent(e, InboundType.ORDER_CANCELED, BTC);
        assertEquals(11_000, e.qtyLots());
        String partly = binance("binance_rest_cancel_order_response.json")
                .replace("\"executedQty\": \"0\"", "\"executedQty\": \"0.5\"");
        assertEquals(BinanceResponseOutcome.OK, decode(BinanceEndpoint.CANCEL_ORDER, BTC, 200, partly));
        out.assertNone();
    }

    @Test
    void shouldRejectARefusedCancelWithItsCode() {
        assertEquals(BinanceResponseOutcome.REJECTED, decode(BinanceEndpoint.CANCEL_ORDER, BTC, 400,
                error(-2011, "Unknown order sent.")));
        InboundEvent e = out.single();
        assertOrderEvent(e, InboundType.ORDER_REJECTED, BTC);
        assertEquals(-2011, e.code());
        assertEquals(BinanceResponseOutcome.UNKNOWN, decode(BinanceEndpoint.CANCEL_ORDER, BTC, 503, ""));
        assertEquals(InboundType.ORDER_UNKNOWN, out.single().type());
    }

    @Test
    void shouldReportAQueriedOrdersStatus() {
        assertEquals(BinanceResponseOutcome.STATUS,
                decode(BinanceEndpoint.QUERY_ORDER, BTC, 200, element("binance_rest_open_orders_response.json")));
        InboundEvent open = out.single();
        assertOrderEvent(open, InboundType.ORDER_STATUS, BTC);
        assertEquals(OrderStatus.NEW.ordinal(), open.code());
        assertEquals(0, open.qtyLots());
        assertEquals(400, open.leavesLots());

        String ccxt = ccxtResponse("fetchOpenOrder");
        decode(BinanceEndpoint.QUERY_ORDER, LTC, 200, ccxt);
        InboundEvent e = out.single();
        assertEquals(5000, e.priceTicks());
        assertEquals(200, e.leavesLots());

        decode(BinanceEndpoint.QUERY_ORDER, LTC, 200, ccxt.replace("\"NEW\"", "\"PARTIALLY_FILLED\"")
                .replace("\"executedQty\":\"0.000\"", "\"executedQty\":\"0.050\""));
        InboundEvent partly = out.single();
        assertEquals(OrderStatus.PARTIALLY_FILLED.ordinal(), partly.code());
        assertEquals(50, partly.qtyLots());
        assertEquals(150, partly.leavesLots());

        decode(BinanceEndpoint.QUERY_ORDER, LTC, 200, ccxt.replace("\"NEW\"", "\"EXPIRED_IN_MATCH\""));
        assertEquals(OrderStatus.EXPIRED.ordinal(), out.single().code());
    }

    @Test
    void shouldPriceAMarketOrdersStatusAtItsAveragePrice() {
        String market = ccxtResponse("fetchOpenOrder").replace("\"NEW\"", "\"FILLED\"").replace("\"50.00\"", "\"0\"")
                .replace("\"avgPrice\":\"0.00000\"", "\"avgPrice\":\"50.125\"")
                .replace("\"executedQty\":\"0.000\"", "\"executedQty\":\"0.200\"");
        decode(BinanceEndpoint.QUERY_ORDER, LTC, 200, market);
        InboundEvent e = out.single();
        assertEquals(OrderStatus.FILLED.ordinal(), e.code());
        assertEquals(5013, e.priceTicks());
        assertEquals(200, e.qtyLots());
        assertEquals(0, e.leavesLots());
    }

    @Test
    void shouldReportAnOrderTheVenueNeverSawAsNotFound() {
        assertEquals(BinanceResponseOutcome.STATUS,
                decode(BinanceEndpoint.QUERY_ORDER, BTC, 400, error(-2013, "Order does not exist.")));
        InboundEvent e = out.single();
        assertOrderEvent(e, InboundType.ORDER_STATUS, BTC);
        assertEquals(OrderStatus.NOT_FOUND.ordinal(), e.code());
        assertEquals(BinanceResponseOutcome.UNKNOWN, decode(BinanceEndpoint.QUERY_ORDER, BTC, 400,
                error(-1021, "Timestamp for this request is outside of the recvWindow.")));
        assertEquals(-1021, out.single().code());
        assertEquals(BinanceResponseOutcome.UNKNOWN, decode(BinanceEndpoint.QUERY_ORDER, BTC, 200,
                ccxtResponse("fetchOpenOrder").replace("\"NEW\"", "\"NEW_INSURANCE\"")));
        assertEquals(InboundType.ORDER_UNKNOWN, out.single().type());
    }

    @Test
    void shouldPublishThePublishedPositionRiskAnswers() {
        assertEquals(BinanceResponseOutcome.POSITIONS,
                decode(BinanceEndpoint.POSITION_RISK, -1, 200, binance("binance_rest_position_risk_v3_hedge.json")));
        List<InboundEvent> hedge = out.drain();
        assertEquals(2, hedge.size());
        assertPosition(hedge.get(0), 2, 30, 3850, 1);
        assertPosition(hedge.get(1), 3, -1000, 7093, 2);
        decode(BinanceEndpoint.POSITION_RISK, -1, 200, binance("binance_rest_position_risk_v3_oneway.json"));
        assertPosition(out.single(), 2, 30, 3850, 0);
        decode(BinanceEndpoint.POSITION_RISK, -1, 200, binance("binance_rest_position_risk_v2_hedge.json"));
        List<InboundEvent> v2 = out.drain();
        assertPosition(v2.get(0), BTC, 1, 221_852, 1);
        assertPosition(v2.get(1), BTC, 0, 0, 2);
        decode(BinanceEndpoint.POSITION_RISK, -1, 200, binance("binance_rest_position_risk_v2_oneway.json"));
        assertPosition(out.single(), BTC, 0, 0, 0);
        decode(BinanceEndpoint.POSITION_RISK, -1, 200, ccxtResponse("fetchPositions"));
        assertPosition(out.single(), BTC, 9, 674_459, 0);
    }

    private static void assertPosition(InboundEvent e, int instrument, long lots, long entryTicks, int side) {
        assertEquals(InboundType.POSITION, e.type());
        assertEquals(T, e.timestampNanos());
        assertEquals(instrument, e.instrumentId());
        assertEquals(lots, e.qtyLots());
        assertEquals(entryTicks, e.priceTicks());
        assertEquals(side, e.code());
    }

    @Test
    void shouldReportFailedAccountRequestsAsVenueNotices() {
        assertEquals(BinanceResponseOutcome.VENUE_ERROR, decode(BinanceEndpoint.POSITION_RISK, -1, 400,
                error(-1022, "Signature for this request is not valid.")));
        InboundEvent e = out.single();
        assertEquals(InboundType.VENUE_STATUS, e.type());
        assertEquals(VenueState.NOTICE.ordinal(), e.qtyLots());
        assertEquals(-1022, e.code());
        assertEquals(BinanceResponseOutcome.VENUE_ERROR, decode(BinanceEndpoint.POSITION_RISK, -1, 200,
                binance("binance_rest_position_risk_v3_oneway.json").replace("\"BOTH\"", "\"MIDDLE\"")));
        assertEquals(200, out.single().code());
        assertEquals(BinanceResponseOutcome.VENUE_ERROR,
                responses.noResponse(BinanceEndpoint.POSITION_RISK, -1, ClientOrderId.NONE, Side.BUY, T));
        assertEquals(0, out.single().code());
    }

    @Test
    void shouldAcceptThePublishedCancelAllAnswer() {
        assertEquals(BinanceResponseOutcome.OK, decode(BinanceEndpoint.CANCEL_ALL_OPEN_ORDERS, BTC, 200,
                binance("binance_rest_cancel_all_open_orders_response.json")));
        out.assertNone();
        assertEquals(BinanceResponseOutcome.VENUE_ERROR, decode(BinanceEndpoint.CANCEL_ALL_OPEN_ORDERS, BTC, 503, ""));
        assertEquals(503, out.single().code());
    }

    @Test
    void shouldDecodeDirectBuffersAndCountOutcomes() {
        byte[] body = utf8(binance("binance_rest_new_order_response.json"));
        ByteBuffer direct = ByteBuffer.allocateDirect(body.length).put(body).flip();
        assertEquals(BinanceResponseOutcome.ACCEPTED,
                responses.decode(BinanceEndpoint.NEW_ORDER, BTC, ID, Side.SELL, 200, direct, T));
        assertEquals(0, direct.position());
        assertEquals(10_000, out.single().leavesLots());
        assertEquals(1, responses.count(BinanceResponseOutcome.ACCEPTED));
        assertThrows(IllegalArgumentException.class, () -> decode(BinanceEndpoint.EXCHANGE_INFO, BTC, 200, "{}"));
    }
}
