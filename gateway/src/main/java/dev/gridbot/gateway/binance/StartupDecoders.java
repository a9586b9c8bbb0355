package dev.gridbot.gateway.binance;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.gridbot.engine.model.ClientOrderId;
import dev.gridbot.engine.model.Side;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The startup (cold-path) REST decoders behind {@link BinanceResponses}' static methods: the body is
 * read with jackson-core into plain maps and lists, then the fields are picked. They allocate, and
 * throw {@link IllegalArgumentException} naming what is missing. Stateless and thread-safe.
 */
final class StartupDecoders {
    private static final JsonFactory JSON = new JsonFactory();

    private StartupDecoders() {
    }

    static long serverTime(byte[] body) {
        return longOf(object(read(body), "server time"), "serverTime");
    }

    static String listenKey(byte[] body) {
        return text(object(read(body), "listenKey answer"), "listenKey");
    }

    static boolean hedgeMode(byte[] body) {
        Object value = object(read(body), "position mode").get("dualSidePosition");
        if (!(value instanceof Boolean)) {
            throw new IllegalArgumentException("position mode: dualSidePosition is not a boolean: " + value);
        }
        return (Boolean) value;
    }

    static BinanceError error(byte[] body) {
        Map<String, Object> map = object(read(body), "error payload");
        return new BinanceError(Math.toIntExact(longOf(map, "code")), text(map, "msg"));
    }

    static List<BinanceExchangeInfo.RateLimit> rateLimits(byte[] body) {
        return rateLimitList(list(read(body), "rate limits"));
    }

    static BinanceExchangeInfo exchangeInfo(byte[] body) {
        Map<String, Object> map = object(read(body), "exchangeInfo");
        List<BinanceExchangeInfo.SymbolRules> symbols = new ArrayList<>();
        for (Object entry : list(map.get("symbols"), "exchangeInfo symbols")) {
            symbols.add(symbolRules(object(entry, "exchangeInfo symbol")));
        }
        return new BinanceExchangeInfo(longOf(map, "serverTime"),
                rateLimitList(list(map.get("rateLimits"), "exchangeInfo rateLimits")),
                Collections.unmodifiableList(symbols));
    }

    static List<BinanceOpenOrder> openOrders(byte[] body) {
        List<BinanceOpenOrder> orders = new ArrayList<>();
        for (Object entry : list(read(body), "open orders")) {
            Map<String, Object> o = object(entry, "open order");
            String clientId = text(o, "clientOrderId");
            String side = text(o, "side");
            if (!side.equals("BUY") && !side.equals("SELL")) {
                throw new IllegalArgumentException("open order " + clientId + ": side " + side);
            }
            orders.add(new BinanceOpenOrder(text(o, "symbol"), longOf(o, "orderId"), clientId,
                    ClientOrderId.parse(clientId), Side.valueOf(side), text(o, "type"), text(o, "timeInForce"),
                    decimal(o, "price"), decimal(o, "origQty"), decimal(o, "executedQty"), text(o, "status"),
                    text(o, "positionSide"), Boolean.TRUE.equals(o.get("reduceOnly")), longOf(o, "updateTime")));
        }
        return Collections.unmodifiableList(orders);
    }

    static List<BinanceKline> klines(byte[] body) {
        List<BinanceKline> klines = new ArrayList<>();
        for (Object entry : list(read(body), "klines")) {
            List<Object> k = list(entry, "kline");
            if (k.size() < 11) {
                throw new IllegalArgumentException("kline with " + k.size() + " fields, 11 expected: " + k);
            }
            klines.add(new BinanceKline(longValue(k.get(0), "open time"), decimalValue(k.get(1), "open"),
                    decimalValue(k.get(2), "high"), decimalValue(k.get(3), "low"), decimalValue(k.get(4), "close"),
                    decimalValue(k.get(5), "volume"), longValue(k.get(6), "close time"),
                    decimalValue(k.get(7), "quote volume"), longValue(k.get(8), "trades"),
                    decimalValue(k.get(9), "taker buy base volume"), decimalValue(k.get(10), "taker buy quote volume")));
        }
        return Collections.unmodifiableList(klines);
    }

    private static BinanceExchangeInfo.SymbolRules symbolRules(Map<String, Object> s) {
        String symbol = text(s, "symbol");
        Map<String, Map<String, Object>> filters = new LinkedHashMap<>();
        for (Object entry : list(s.get("filters"), symbol + " filters")) {
            Map<String, Object> filter = object(entry, symbol + " filter");
            filters.put(text(filter, "filterType"), filter);
        }
        Map<String, Object> price = filters.get("PRICE_FILTER");
        Map<String, Object> lot = filters.get("LOT_SIZE");
        Map<String, Object> marketLot = filters.get("MARKET_LOT_SIZE");
        Map<String, Object> notional = filters.get("MIN_NOTIONAL");
        Map<String, Object> maxOrders = filters.get("MAX_NUM_ORDERS");
        return new BinanceExchangeInfo.SymbolRules(symbol, optionalText(s, "status"), optionalText(s, "contractType"),
                optionalText(s, "baseAsset"), optionalText(s, "quoteAsset"), optionalText(s, "marginAsset"),
                price == null ? null : decimal(price, "tickSize"), price == null ? null : decimal(price, "minPrice"),
                price == null ? null : decimal(price, "maxPrice"), lot == null ? null : decimal(lot, "stepSize"),
                lot == null ? null : decimal(lot, "minQty"), lot == null ? null : decimal(lot, "maxQty"),
                marketLot == null ? null : decimal(marketLot, "stepSize"),
                marketLot == null ? null : decimal(marketLot, "maxQty"),
                notional == null ? null : decimal(notional, "notional"),
                maxOrders == null ? 0 : Math.toIntExact(longOf(maxOrders, "limit")),
                texts(s.get("orderTypes")), texts(s.get("timeInForce")));
    }

    private static List<BinanceExchangeInfo.RateLimit> rateLimitList(List<Object> entries) {
        List<BinanceExchangeInfo.RateLimit> limits = new ArrayList<>();
        for (Object entry : entries) {
            Map<String, Object> r = object(entry, "rate limit");
            limits.add(new BinanceExchangeInfo.RateLimit(text(r, "rateLimitType"), text(r, "interval"),
                    Math.toIntExact(longOf(r, "intervalNum")), longOf(r, "limit")));
        }
        return Collections.unmodifiableList(limits);
    }

    /** The whole body as maps, lists, Strings, Longs, BigDecimals, Booleans and nulls. */
    static Object read(byte[] body) {
        if (body == null) {
            throw new IllegalArgumentException("no body");
        }
        try (JsonParser parser = JSON.createParser(body)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new IllegalArgumentException("empty body");
            }
            Object value = value(parser, first);
            if (parser.nextToken() != null) {
                throw new IllegalArgumentException("text after the JSON value");
            }
            return value;
        } catch (IOException e) {
            throw new IllegalArgumentException("not JSON: " + e.getMessage(), e);
        }
    }

    private static Object value(JsonParser parser, JsonToken token) throws IOException {
        switch (token) {
            case START_OBJECT: {
                Map<String, Object> map = new LinkedHashMap<>();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
                    String name = parser.currentName();
                    map.put(name, value(parser, parser.nextToken()));
                }
                return map;
            }
            case START_ARRAY: {
                List<Object> list = new ArrayList<>();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                    list.add(value(parser, t));
                }
                return list;
            }
            case VALUE_STRING:
                return parser.getText();
            case VALUE_NUMBER_INT:
                return parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                        ? parser.getDecimalValue() : (Object) parser.getLongValue();
            case VALUE_NUMBER_FLOAT:
                return parser.getDecimalValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            default:
                throw new IllegalArgumentException("unexpected " + token);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object value, String what) {
        if (!(value instanceof Map)) {
            throw new IllegalArgumentException(what + ": an object expected, got " + value);
        }
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value, String what) {
        if (!(value instanceof List)) {
            throw new IllegalArgumentException(what + ": a list expected, got " + value);
        }
        return (List<Object>) value;
    }

    private static String text(Map<String, Object> map, String key) {
        Object value = map.get(key);
        if (!(value instanceof String)) {
            throw new IllegalArgumentException(key + " missing or not text: " + value);
        }
        return (String) value;
    }

    private static String optionalText(Map<String, Object> map, String key) {
        Object value = map.get(key);
        return value instanceof String ? (String) value : null;
    }

    private static List<String> texts(Object value) {
        List<String> out = new ArrayList<>();
        if (value instanceof List) {
            for (Object v : (List<?>) value) {
                out.add(String.valueOf(v));
            }
        }
        return Collections.unmodifiableList(out);
    }

    private static long longOf(Map<String, Object> map, String key) {
        return longValue(map.get(key), key);
    }

    /** A whole number sent as a number or as text (both occur). */
    private static long longValue(Object value, String what) {
        if (value instanceof Long) {
            return (Long) value;
        }
        if (value instanceof String) {
            try {
                return Long.parseLong((String) value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(what + " is not a whole number: " + value, e);
            }
        }
        throw new IllegalArgumentException(what + " missing or not a whole number: " + value);
    }

    private static BigDecimal decimal(Map<String, Object> map, String key) {
        return decimalValue(map.get(key), key);
    }

    /** A decimal sent as text (Binance's way) or as a number. */
    private static BigDecimal decimalValue(Object value, String what) {
        try {
            if (value instanceof String) {
                return new BigDecimal((String) value);
            }
            if (value instanceof Long) {
                return BigDecimal.valueOf((Long) value);
            }
            if (value instanceof BigDecimal) {
                return (BigDecimal) value;
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " is not a decimal: " + value, e);
        }
        throw new IllegalArgumentException(what + " missing or not a decimal: " + value);
    }
}
