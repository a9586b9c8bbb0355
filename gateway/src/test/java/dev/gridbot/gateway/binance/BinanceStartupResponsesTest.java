package dev.gridbot.gateway.binance;

import dev.gridbot.engine.model.ClientOrderId;
import dev.gridbot.engine.model.Instrument;
import dev.gridbot.engine.model.Intent;
import dev.gridbot.engine.model.Side;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static dev.gridbot.gateway.binance.BinanceFixtures.binance;
import static dev.gridbot.gateway.binance.BinanceFixtures.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The startup answers: rules and limits as the venue states them, keys, open orders, candles, errors. */
class BinanceStartupResponsesTest {

    private static BigDecimal d(String text) {
        return new BigDecimal(text);
    }

    @Test
    void shouldReadTheRulesAndLimitsOfThePublishedExchangeInfo() {
        BinanceExchangeInfo info = BinanceResponses.exchangeInfo(utf8(binance("binance_rest_exchange_info.json")));
        assertEquals(1_565_613_908_500L, info.serverTimeMillis());
        assertEquals(List.of(new BinanceExchangeInfo.RateLimit("REQUEST_WEIGHT", "MINUTE", 1, 2400),
                new BinanceExchangeInfo.RateLimit("ORDERS", "MINUTE", 1, 1200)), info.rateLimits());
        BinanceExchangeInfo.SymbolRules blz = info.symbol("BLZUSDT");
        assertEquals("TRADING", blz.status());
        assertEquals("PERPETUAL", blz.contractType());
        assertEquals("USDT", blz.quoteAsset());
        assertEquals(d("0.0001"), blz.tickSize());
        assertEquals(d("0.0001"), blz.minPrice());
        assertEquals(d("300"), blz.maxPrice());
        assertEquals(d("1"), blz.stepSize());
        assertEquals(d("1"), blz.minQty());
        assertEquals(d("10000000"), blz.maxQty());
        assertEquals(d("590119"), blz.marketMaxQty());
        assertEquals(d("5.0"), blz.minNotional());
        assertEquals(200, blz.maxNumOrders());
        assertTrue(blz.timeInForce().contains("GTX"));
        assertNull(info.symbol("BTCUSDT"));

        Instrument instrument = blz.toInstrument(0, 200, 500);
        assertEquals("BLZUSDT", instrument.symbol());
        assertEquals(0, d("0.0001").compareTo(instrument.tickSize()));
        assertEquals(1, instrument.minQtyLots());
        assertEquals(d("5.0"), instrument.minNotional());
    }

    @Test
    void shouldReadEveryPublishedFilterAndRateLimitFormat() {
        Map<String, Object> formats = BinanceFixtures.map(StartupDecoders.read(
                utf8(binance("binance_exchange_info_filter_and_ratelimit_formats.json"))));
        List<Object> filters = new java.util.ArrayList<>();
        for (String type : List.of("PRICE_FILTER", "LOT_SIZE", "MARKET_LOT_SIZE", "MAX_NUM_ORDERS",
                "MAX_NUM_ALGO_ORDERS", "PERCENT_PRICE", "MIN_NOTIONAL")) {
            filters.addAll(BinanceFixtures.list(formats.get(type)));
        }
        List<Object> limits = new java.util.ArrayList<>(BinanceFixtures.list(formats.get("REQUEST_WEIGHT")));
        limits.addAll(BinanceFixtures.list(formats.get("ORDERS")));
        String body = "{\"serverTime\":1,\"rateLimits\":" + BinanceFixtures.json(limits)
                + ",\"symbols\":[{\"symbol\":\"X\",\"filters\":" + BinanceFixtures.json(filters) + "}]}";
        BinanceExchangeInfo info = BinanceResponses.exchangeInfo(utf8(body));
        BinanceExchangeInfo.SymbolRules x = info.symbol("X");
        assertEquals(d("0.00000100"), x.tickSize());
        assertEquals(d("0.00100000"), x.stepSize());
        assertEquals(d("0.00100000"), x.minQty());
        assertEquals(d("0.00100000"), x.marketStepSize());
        assertEquals(d("5.0"), x.minNotional());
        assertEquals(200, x.maxNumOrders());
        assertEquals(2, info.rateLimits().size());
        assertEquals(1200, info.rateLimits().get(1).limit());
    }

    @Test
    void shouldRefuseAnInstrumentTheVenueGaveNoTickOrStepFor() {
        String body = "{\"serverTime\":1,\"rateLimits\":[],\"symbols\":[{\"symbol\":\"X\",\"filters\":[]}]}";
        BinanceExchangeInfo.SymbolRules x = BinanceResponses.exchangeInfo(utf8(body)).symbol("X");
        assertNull(x.tickSize());
        assertEquals(0, x.maxNumOrders());
        assertThrows(IllegalArgumentException.class, () -> x.toInstrument(0, 0, 0));
    }

    @Test
    void shouldReadTheOrderRateLimits() {
        List<BinanceExchangeInfo.RateLimit> limits =
                BinanceResponses.rateLimits(utf8(binance("binance_rest_rate_limit_order_response.json")));
        assertEquals(List.of(new BinanceExchangeInfo.RateLimit("ORDERS", "SECOND", 10, 10_000),
                new BinanceExchangeInfo.RateLimit("ORDERS", "MINUTE", 1, 20_000)), limits);
    }

    @Test
    void shouldReadListenKeysServerTimeAndPositionMode() {
        assertEquals("pqia91ma19a5s61cv6a81va65sdf19v8a65a1a5s61cv6a81va65sdf19v8a65a1",
                BinanceResponses.listenKey(utf8(binance("binance_rest_listen_key_post_response.json"))));
        assertEquals("3HBntNTepshgEdjIwSUIBgB9keLyOCg5qv3n6bYAtktG8ejcaW5HXz9Vx1JgIieg",
                BinanceResponses.listenKey(utf8(binance("binance_rest_listen_key_put_response.json"))));
        assertEquals(1_499_827_319_559L, BinanceResponses.serverTime(utf8("{\"serverTime\": 1499827319559}")));
        assertTrue(BinanceResponses.hedgeMode(utf8("{\"dualSidePosition\": true}")));
        assertFalse(BinanceResponses.hedgeMode(utf8("{\"dualSidePosition\": false}")));
    }

    @Test
    void shouldReadThePublishedErrorPayload() {
        assertEquals(new BinanceError(-1121, "Invalid symbol."),
                BinanceResponses.error(utf8(binance("binance_rest_error_payload.json"))));
    }

    @Test
    void shouldReadOpenOrdersAndRecogniseOurs() {
        List<BinanceOpenOrder> orders = BinanceResponses.openOrders(utf8(binance("binance_rest_open_orders_response.json")));
        BinanceOpenOrder foreign = orders.get(0);
        assertEquals("BTCUSDT", foreign.symbol());
        assertEquals(1_917_641, foreign.orderId());
        assertEquals("abc", foreign.clientOrderId());
        assertFalse(foreign.ours());
        assertEquals(Side.BUY, foreign.side());
        assertEquals(d("0.40"), foreign.origQty());
        assertEquals("SHORT", foreign.positionSide());

        Map<String, Object> ccxt = BinanceFixtures.map(BinanceFixtures.list(
                BinanceFixtures.ccxt("ccxt_binanceusdm_response_fixtures.json").get("fetchOpenOrder")).get(0));
        String ours = BinanceFixtures.json(List.of(ccxt.get("httpResponse")))
                .replace("x-xcKtGhcu68f8383451844295b3e8b9", "gb0-12X-3");
        BinanceOpenOrder order = BinanceResponses.openOrders(utf8(ours)).get(0);
        assertTrue(order.ours());
        assertEquals(ClientOrderId.of(0, 12, Intent.EXIT, 3), order.gridbotId());
        assertEquals(664_082_074L, order.orderId());
        assertEquals("GTX", order.timeInForce());
        assertEquals(d("50.00"), order.price());
        assertEquals(1_707_907_323_991L, order.updateTimeMillis());
    }

    @Test
    void shouldReadThePublishedKlines() {
        BinanceKline k = BinanceResponses.klines(utf8(binance("binance_rest_klines_response.json"))).get(0);
        assertEquals(new BinanceKline(1_499_040_000_000L, d("0.01634790"), d("0.80000000"), d("0.01575800"),
                d("0.01577100"), d("148976.11427815"), 1_499_644_799_999L, d("2434.19055334"), 308,
                d("1756.87402397"), d("28.46694368")), k);
    }

    @Test
    void shouldSayWhatIsWrongWithABodyItCannotRead() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BinanceResponses.exchangeInfo(utf8("{\"serverTime\":1,\"symbols\":[]}")));
        assertTrue(e.getMessage().contains("rateLimits"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> BinanceResponses.listenKey(utf8("{\"listenKey\":")));
        assertThrows(IllegalArgumentException.class, () -> BinanceResponses.serverTime(utf8("{} {}")));
        assertThrows(IllegalArgumentException.class, () -> BinanceResponses.klines(utf8("[[1,\"2\"]]")));
    }
}
