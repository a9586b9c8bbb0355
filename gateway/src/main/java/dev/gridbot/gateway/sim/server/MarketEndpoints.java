package dev.gridbot.gateway.sim.server;

import dev.gridbot.engine.model.Instrument;
import dev.gridbot.gateway.sim.server.RestDispatcher.Security;

import java.math.BigDecimal;

/**
 * The public market endpoints: {@code GET /fapi/v1/ping}, {@code /time}, {@code /exchangeInfo} (the
 * venue's own symbols and rate limits, in the official example's shape) and {@code /klines} (from
 * the trades replayed so far). Handlers run on the venue thread.
 */
final class MarketEndpoints {
    private MarketEndpoints() {
    }

    static void register(RestDispatcher rest, Venue venue) {
        rest.add("GET", "/fapi/v1/ping", Security.NONE, 1, (request, account) -> RestAnswer.ok("{}"));
        rest.add("GET", "/fapi/v1/time", Security.NONE, 1, (request, account) -> RestAnswer.ok(
                JsonText.object().num("serverTime", venue.wallClockMs.getAsLong()).end().done()));
        rest.add("GET", "/fapi/v1/exchangeInfo", Security.NONE, 1,
                (request, account) -> RestAnswer.ok(exchangeInfo(venue)));
        rest.add("GET", "/fapi/v1/klines", Security.NONE, MarketEndpoints::klinesWeight, false,
                (request, account) -> klines(venue, request));
    }

    /** The instrument named by the mandatory {@code symbol} parameter (-1102, -1121). */
    static Instrument symbol(Venue venue, RestRequest request) {
        Instrument instrument = venue.instruments.bySymbol(request.required("symbol"));
        if (instrument == null) {
            throw VenueError.of(ErrorCodes.BAD_SYMBOL);
        }
        return instrument;
    }

    /** The instrument of an optional {@code symbol} parameter; null when absent. */
    static Instrument optionalSymbol(Venue venue, RestRequest request) {
        return request.param("symbol") == null ? null : symbol(venue, request);
    }

    static String exchangeInfo(Venue venue) {
        SimRateLimits limits = venue.config.rateLimits();
        JsonText json = JsonText.object()
                .beginArray("exchangeFilters").endArray()
                .beginArray("rateLimits")
                .begin().str("interval", "MINUTE").num("intervalNum", 1).num("limit", limits.weightPerMinute())
                .str("rateLimitType", "REQUEST_WEIGHT").end()
                .begin().str("interval", "MINUTE").num("intervalNum", 1).num("limit", limits.ordersPerMinute())
                .str("rateLimitType", "ORDERS").end()
                .begin().str("interval", "SECOND").num("intervalNum", 10).num("limit", limits.ordersPer10s())
                .str("rateLimitType", "ORDERS").end()
                .endArray()
                .num("serverTime", venue.wallClockMs.getAsLong())
                .beginArray("assets")
                .begin().str("asset", "USDT").bool("marginAvailable", true).str("autoAssetExchange", "0").end()
                .endArray()
                .beginArray("symbols");
        for (Instrument instrument : venue.instruments.all()) {
            symbol(json, instrument, venue.instrumentConfig(instrument.id()));
        }
        return json.endArray().str("timezone", "UTC").end().done();
    }

    private static void symbol(JsonText json, Instrument instrument, SimInstrumentConfig config) {
        String symbol = instrument.symbol();
        String base = symbol.endsWith("USDT") ? symbol.substring(0, symbol.length() - 4) : symbol;
        BigDecimal maxPrice = new BigDecimal("1000000");
        BigDecimal maxQty = new BigDecimal("1000000");
        json.begin()
                .str("symbol", symbol).str("pair", symbol).str("contractType", "PERPETUAL")
                .num("deliveryDate", 4133404800000L).num("onboardDate", 1569398400000L).str("status", "TRADING")
                .str("maintMarginPercent", "2.5000").str("requiredMarginPercent", "5.0000")
                .str("baseAsset", base).str("quoteAsset", "USDT").str("marginAsset", "USDT")
                .num("pricePrecision", Math.max(0, instrument.tickSize().scale()))
                .num("quantityPrecision", Math.max(0, instrument.stepSize().scale()))
                .num("baseAssetPrecision", 8).num("quotePrecision", 8)
                .str("underlyingType", "COIN").beginArray("underlyingSubType").endArray()
                .num("settlePlan", 0).str("triggerProtect", "0.0500")
                .beginArray("filters")
                .begin().str("filterType", "PRICE_FILTER").dec("maxPrice", maxPrice)
                .dec("minPrice", instrument.tickSize()).dec("tickSize", instrument.tickSize()).end()
                .begin().str("filterType", "LOT_SIZE").dec("maxQty", maxQty).dec("minQty", config.minQty())
                .dec("stepSize", instrument.stepSize()).end()
                .begin().str("filterType", "MARKET_LOT_SIZE").dec("maxQty", maxQty).dec("minQty", config.minQty())
                .dec("stepSize", instrument.stepSize()).end()
                .begin().str("filterType", "MAX_NUM_ORDERS").num("limit", config.maxOpenOrders()).end()
                .begin().str("filterType", "MIN_NOTIONAL").dec("notional", config.minNotional()).end()
                .begin().str("filterType", "PERCENT_PRICE").str("multiplierUp", "1.1500")
                .str("multiplierDown", "0.8500").str("multiplierDecimal", "4").end()
                .endArray()
                .beginArray("orderTypes").str("LIMIT").str("MARKET").endArray()
                .beginArray("timeInForce").str("GTC").str("IOC").str("GTX").endArray()
                .str("liquidationFee", "0.012500").str("marketTakeBound", "0.05")
                .end();
    }

    private static int klinesWeight(RestRequest request) {
        long limit;
        try {
            limit = request.longParam("limit", 500);
        } catch (VenueError e) {
            return 1;
        }
        return limit < 100 ? 1 : limit < 500 ? 2 : limit <= 1000 ? 5 : 10;
    }

    private static RestAnswer klines(Venue venue, RestRequest request) {
        Instrument instrument = symbol(venue, request);
        long minutes = Klines.intervalMinutes(request.required("interval"));
        if (minutes == 0) {
            throw VenueError.of(ErrorCodes.BAD_INTERVAL);
        }
        long limit = request.longParam("limit", 500);
        if (limit < 1 || limit > 1500) {
            throw VenueError.of(ErrorCodes.INVALID_PARAMETER, ErrorCodes.INVALID_PARAMETER_NAMED, "limit");
        }
        long start = request.longParam("startTime", Long.MIN_VALUE);
        long end = request.longParam("endTime", Long.MAX_VALUE);
        return RestAnswer.ok(venue.market.klines(instrument.id()).json(minutes, start, end, (int) limit));
    }
}
