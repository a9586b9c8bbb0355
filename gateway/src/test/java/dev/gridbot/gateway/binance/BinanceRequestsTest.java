package dev.gridbot.gateway.binance;

import dev.gridbot.engine.event.OutboundEvent;
import dev.gridbot.engine.model.ClientOrderId;
import dev.gridbot.engine.model.Instruments;
import dev.gridbot.engine.model.Intent;
import dev.gridbot.engine.model.OrderType;
import dev.gridbot.engine.model.Side;
import dev.gridbot.engine.model.TimeInForce;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static dev.gridbot.gateway.binance.BinanceFixtures.binance;
import static dev.gridbot.gateway.binance.BinanceFixtures.instrument;
import static dev.gridbot.gateway.binance.BinanceFixtures.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Request strings as Binance documents them and as ccxt's fixtures send them. */
class BinanceRequestsTest {
    private static final long TS = 1_591_702_613_943L;
    private static final long ID = ClientOrderId.of(2, 31, Intent.EXIT, 77);

    private final Map<String, Object> signature = BinanceFixtures.map(
            StartupDecoders.read(utf8(binance("binance_fapi_signature.json"))));
    private final BinanceSigner signer = new BinanceSigner(
            ((String) signature.get("secretKey")).getBytes(StandardCharsets.US_ASCII));
    private final Instruments instruments = BinanceFixtures.instruments(
            instrument(0, "BTCUSDT", "0.1", "0.001"),
            instrument(1, "LTCUSDT", "0.01", "0.001"));
    private final BinanceRequests oneWay = new BinanceRequests(instruments, signer, 5000, false);
    private final BinanceRequests hedge = new BinanceRequests(instruments, signer, 5000, true);

    /** The parameters before {@code &signature=}, after checking the signature is theirs. */
    private String signedPayload(BinanceRequests requests) {
        String text = requests.text();
        int at = text.lastIndexOf("&signature=");
        assertTrue(at > 0, text);
        String payload = text.substring(0, at);
        assertEquals(signer.sign(payload), text.substring(at + "&signature=".length()), "signature of " + payload);
        return payload;
    }

    @Test
    void shouldBuildTheDocumentedOrderWithTheDocumentedSignature() {
        Map<String, Object> example = BinanceFixtures.map(signature.get("example1_query_string"));
        BinanceEndpoint endpoint = oneWay.newOrder(0, ClientOrderId.NONE, Side.BUY, OrderType.LIMIT, TimeInForce.GTC,
                false, 90_000, 1_000, TS);
        assertEquals(example.get("method"), endpoint.method());
        assertEquals(example.get("path"), endpoint.path());
        String payload = signedPayload(oneWay);
        assertEquals(example.get("queryString"), payload.replace("&newOrderRespType=ACK", ""),
                "the documented parameters in the documented order, plus newOrderRespType=ACK");
        assertEquals(example.get("signature"), signer.sign((String) example.get("queryString")));
    }

    @Test
    void shouldSendOurClientOrderIdAndAskForAnAck() {
        oneWay.newOrder(0, ID, Side.SELL, OrderType.LIMIT, TimeInForce.GTX, false, 1_100_010, 200, TS);
        assertEquals("symbol=BTCUSDT&side=SELL&type=LIMIT&quantity=0.2&price=110001&timeInForce=GTX"
                + "&newClientOrderId=gb2-31X-77&newOrderRespType=ACK&recvWindow=5000&timestamp=1591702613943",
                signedPayload(oneWay));
    }

    @Test
    void shouldFormatOrdersAsTheCcxtFixturesDo() {
        List<Object> fixtures = BinanceFixtures.list(BinanceFixtures.ccxt("ccxt_binanceusdm_request_fixtures.json")
                .get("createOrder"));
        Object[][] cases = {
            {"spot limit buy with weird price/amount", oneWay, 1, Side.BUY, OrderType.LIMIT, TimeInForce.GTC, false, 5532L, 423L},
            {"swap limit buy with weird price/amount", oneWay, 1, Side.BUY, OrderType.LIMIT, TimeInForce.GTC, false, 5023L, 132L},
            {"Swap market buy order", oneWay, 1, Side.BUY, OrderType.MARKET, TimeInForce.GTC, false, 0L, 100L},
            {"Swap limit buy order", oneWay, 1, Side.BUY, OrderType.LIMIT, TimeInForce.GTC, false, 5500L, 100L},
            {"Swap limit sell", oneWay, 1, Side.SELL, OrderType.LIMIT, TimeInForce.GTC, false, 10_000L, 200L},
            {"Swap limit buy with reduce only (closing short position)", oneWay, 1, Side.BUY, OrderType.LIMIT,
                TimeInForce.GTC, true, 6000L, 200L},
            {"Swap limit buy with postOnly", oneWay, 1, Side.BUY, OrderType.LIMIT, TimeInForce.GTX, false, 5000L, 200L},
            {"swap hedged reduceOnly market sell order", hedge, 0, Side.SELL, OrderType.MARKET, TimeInForce.GTC, true,
                0L, 10L},
            {"swap hedged reduceOnly market buy order", hedge, 0, Side.BUY, OrderType.MARKET, TimeInForce.GTC, true,
                0L, 10L},
        };
        for (Object[] c : cases) {
            Map<String, Object> fixture = fixtures.stream().map(BinanceFixtures::map)
                    .filter(f -> c[0].equals(f.get("description"))).findFirst().orElseThrow();
            BinanceRequests requests = (BinanceRequests) c[1];
            BinanceEndpoint endpoint = requests.newOrder((Integer) c[2], ID, (Side) c[3], (OrderType) c[4],
                    (TimeInForce) c[5], (Boolean) c[6], (Long) c[7], (Long) c[8], TS);
            assertTrue(((String) fixture.get("url")).endsWith(endpoint.path()));
            assertEquals(comparable((String) fixture.get("output")), comparable(requests.text()), (String) c[0]);
        }
    }

    /** The parameters in order, without those ccxt's fixtures do not compare (and ccxt's RESULT response type). */
    private static List<String> comparable(String query) {
        List<String> params = new ArrayList<>();
        for (String param : query.split("&")) {
            String key = param.substring(0, param.indexOf('='));
            if (!List.of("signature", "timestamp", "recvWindow", "newClientOrderId", "newOrderRespType").contains(key)) {
                params.add(param);
            }
        }
        return params;
    }

    @Test
    void shouldNeverSendReduceOnlyInHedgeModeButTheLegItActsOn() {
        hedge.newOrder(1, ID, Side.BUY, OrderType.LIMIT, TimeInForce.GTX, false, 5000, 200, TS);
        assertTrue(hedge.text().contains("&positionSide=LONG&"), hedge.text());
        hedge.newOrder(1, ID, Side.SELL, OrderType.LIMIT, TimeInForce.GTX, false, 5000, 200, TS);
        assertTrue(hedge.text().contains("&positionSide=SHORT&"), hedge.text());
        hedge.newOrder(1, ID, Side.SELL, OrderType.LIMIT, TimeInForce.GTC, true, 5000, 200, TS);
        assertTrue(hedge.text().contains("&positionSide=LONG&") && !hedge.text().contains("reduceOnly"), hedge.text());
        oneWay.newOrder(1, ID, Side.SELL, OrderType.LIMIT, TimeInForce.GTC, false, 5000, 200, TS);
        assertTrue(!oneWay.text().contains("reduceOnly") && !oneWay.text().contains("positionSide"), oneWay.text());
    }

    @Test
    void shouldBuildCancelQueryAndCancelAllAsCcxtDoes() {
        assertEquals(BinanceEndpoint.CANCEL_ORDER, oneWay.cancelOrder(0, ID, TS));
        assertEquals("DELETE /fapi/v1/order", oneWay.endpoint().method() + " " + oneWay.endpoint().path());
        assertEquals("symbol=BTCUSDT&origClientOrderId=gb2-31X-77&recvWindow=5000&timestamp=1591702613943",
                signedPayload(oneWay));
        assertEquals(BinanceEndpoint.QUERY_ORDER, oneWay.queryOrder(0, ID, TS));
        assertEquals("GET", oneWay.endpoint().method());
        assertEquals("symbol=BTCUSDT&origClientOrderId=gb2-31X-77&recvWindow=5000&timestamp=1591702613943",
                signedPayload(oneWay));
        assertEquals(BinanceEndpoint.CANCEL_ALL_OPEN_ORDERS, oneWay.cancelAllOpenOrders(1, TS));
        assertEquals("DELETE /fapi/v1/allOpenOrders", oneWay.endpoint().method() + " " + oneWay.endpoint().path());
        assertEquals("symbol=LTCUSDT&recvWindow=5000&timestamp=1591702613943", signedPayload(oneWay));
    }

    @Test
    void shouldBuildTheAccountAndMarketRequests() {
        oneWay.openOrders(1, TS);
        assertEquals("GET /fapi/v1/openOrders symbol=LTCUSDT&recvWindow=5000&timestamp=1591702613943",
                line(oneWay, signedPayload(oneWay)));
        oneWay.openOrders(BinanceRequests.ALL_INSTRUMENTS, TS);
        assertEquals("recvWindow=5000&timestamp=1591702613943", signedPayload(oneWay));
        oneWay.positionRisk(BinanceRequests.ALL_INSTRUMENTS, TS);
        assertEquals("GET /fapi/v3/positionRisk recvWindow=5000&timestamp=1591702613943",
                line(oneWay, signedPayload(oneWay)));
        oneWay.account(TS);
        assertEquals("GET /fapi/v3/account", line(oneWay, ""));
        oneWay.balance(TS);
        assertEquals("GET /fapi/v3/balance", line(oneWay, ""));
        oneWay.positionMode(TS);
        assertEquals("GET /fapi/v1/positionSide/dual recvWindow=5000&timestamp=1591702613943",
                line(oneWay, signedPayload(oneWay)));
        oneWay.changePositionMode(true, TS);
        assertEquals("POST /fapi/v1/positionSide/dual dualSidePosition=true&recvWindow=5000&timestamp=1591702613943",
                line(oneWay, signedPayload(oneWay)));
        assertEquals(BinanceEndpoint.KLINES, oneWay.klines(0, "1m", 500));
        assertEquals("GET /fapi/v1/klines symbol=BTCUSDT&interval=1m&limit=500", line(oneWay, oneWay.text()));
        assertEquals(BinanceEndpoint.Security.NONE, oneWay.endpoint().security());
    }

    private static String line(BinanceRequests requests, String params) {
        return (requests.endpoint().method() + " " + requests.endpoint().path() + " " + params).strip();
    }

    @Test
    void shouldSendListenKeyAndPublicRequestsWithoutParameters() {
        for (BinanceEndpoint e : new BinanceEndpoint[] {BinanceEndpoint.START_LISTEN_KEY,
            BinanceEndpoint.KEEPALIVE_LISTEN_KEY, BinanceEndpoint.CLOSE_LISTEN_KEY}) {
            assertEquals(e, oneWay.withoutParameters(e));
            assertEquals(0, oneWay.length());
            assertEquals(BinanceEndpoint.Security.API_KEY, e.security());
            assertTrue(e.needsApiKey());
        }
        assertEquals("POST PUT DELETE", BinanceEndpoint.START_LISTEN_KEY.method() + " "
                + BinanceEndpoint.KEEPALIVE_LISTEN_KEY.method() + " " + BinanceEndpoint.CLOSE_LISTEN_KEY.method());
        assertEquals("/fapi/v1/time", oneWay.withoutParameters(BinanceEndpoint.SERVER_TIME).path());
        assertEquals("/fapi/v1/exchangeInfo", oneWay.withoutParameters(BinanceEndpoint.EXCHANGE_INFO).path());
        assertThrows(IllegalArgumentException.class, () -> oneWay.withoutParameters(BinanceEndpoint.NEW_ORDER));
    }

    @Test
    void shouldWriteClientOrderIdsExactlyAsTheEngineSpellsThem() {
        Random random = new Random(3);
        for (int i = 0; i < 5_000; i++) {
            long id = i == 0 ? ClientOrderId.of(ClientOrderId.MAX_STRATEGIES - 1, ClientOrderId.NO_LEVEL, Intent.STOP,
                    0xFFFF_FFFFL) : ClientOrderId.of(random.nextInt(ClientOrderId.MAX_STRATEGIES),
                    random.nextInt(ClientOrderId.MAX_LEVELS), Intent.of(random.nextInt(3)), random.nextInt() & 0xFFFF_FFFFL);
            oneWay.cancelOrder(0, id, TS);
            assertTrue(oneWay.text().contains("&origClientOrderId=" + ClientOrderId.toText(id) + "&"), oneWay.text());
        }
    }

    @Test
    void shouldPercentEncodeSymbolsBeyondAscii() {
        String symbol = "币安人生USDT";
        BinanceRequests requests = new BinanceRequests(BinanceFixtures.instruments(instrument(0, symbol, "0.0001", "1")),
                signer, 5000, false);
        requests.cancelAllOpenOrders(0, TS);
        assertEquals("symbol=" + URLEncoder.encode(symbol, StandardCharsets.UTF_8)
                + "&recvWindow=5000&timestamp=1591702613943", signedPayload(requests));
    }

    @Test
    void shouldBuildTheRequestOfEachOrderCommand() {
        OutboundEvent cmd = new OutboundEvent();
        oneWay.command(cmd.setPlace(1, 0, 1, ID, Side.BUY, OrderType.LIMIT, TimeInForce.GTX, false, 5532, 423), TS);
        assertTrue(oneWay.text().startsWith("symbol=LTCUSDT&side=BUY&type=LIMIT&quantity=0.423&price=55.32&timeInForce=GTX&"));
        assertEquals(BinanceEndpoint.CANCEL_ORDER, oneWay.command(cmd.setCancel(1, 0, 1, ID, Side.BUY), TS));
        assertEquals(BinanceEndpoint.QUERY_ORDER, oneWay.command(cmd.setQueryOrder(1, 0, 1, ID, Side.BUY), TS));
        assertEquals(BinanceEndpoint.POSITION_RISK, oneWay.command(cmd.setQueryPosition(1, 0, 1), TS));
        assertTrue(oneWay.text().startsWith("symbol=LTCUSDT&recvWindow="));
        assertThrows(IllegalArgumentException.class,
                () -> oneWay.command(cmd.setFillReport(1, 0, 1, ID, Side.BUY, 1, 1, 0, 0), TS));
    }

    @Test
    void shouldRefuseOrdersWithoutQuantityOrLimitPrice() {
        assertThrows(IllegalArgumentException.class,
                () -> oneWay.newOrder(0, ID, Side.BUY, OrderType.LIMIT, TimeInForce.GTC, false, 100, 0, TS));
        assertThrows(IllegalArgumentException.class,
                () -> oneWay.newOrder(0, ID, Side.BUY, OrderType.LIMIT, TimeInForce.GTC, false, 0, 1, TS));
        assertThrows(IllegalArgumentException.class,
                () -> oneWay.newOrder(5, ID, Side.BUY, OrderType.MARKET, TimeInForce.GTC, false, 0, 1, TS));
        assertThrows(IllegalArgumentException.class, () -> oneWay.cancelOrder(0, ClientOrderId.NONE, TS));
    }
}
