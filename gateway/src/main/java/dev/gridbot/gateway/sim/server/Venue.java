package dev.gridbot.gateway.sim.server;

import dev.gridbot.engine.model.Instrument;
import dev.gridbot.engine.model.Instruments;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The simulated venue's state: the instruments, the accounts (each with its own matching core),
 * the last trade price of each instrument, the venue clock, order and trade ids, the listenKeys and
 * the market data published from the trades. Everything here is read and written on the venue
 * thread ({@link VenueLoop}) only, except {@link #listenKeyAccount}, which the Netty threads read to
 * accept a private stream.
 *
 * <p>The venue clock is the time of the last trade replayed (or injected): market data, klines,
 * fills, order times and user-stream events all carry it. Before the first trade it is the wall
 * clock. Signed-request timestamps and rate-limit windows use the wall clock.
 */
final class Venue {
    private static final char[] KEY_CHARS =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

    final SimServerConfig config;
    final Instruments instruments;
    final VenueAccount[] accounts;
    final StreamHub hub;
    final MarketData market;
    final LongSupplier wallClockMs;
    private final int[] maxOpenOrders;
    private final Map<String, VenueAccount> byApiKey = new HashMap<>();
    private final Map<String, VenueAccount> byListenKey = new ConcurrentHashMap<>();
    private final long[] lastPriceTicks;
    private final SecureRandom random = new SecureRandom();
    private long venueTimeMs;
    private boolean traded;
    private long nextOrderId = 1;
    private long nextTradeId = 1;

    Venue(SimServerConfig config, StreamHub hub, LongSupplier wallClockMs) {
        this.config = config;
        this.hub = hub;
        this.wallClockMs = wallClockMs;
        List<Instrument> list = new ArrayList<>();
        List<SimInstrumentConfig> configs = config.instruments();
        this.maxOpenOrders = new int[configs.size()];
        for (int i = 0; i < configs.size(); i++) {
            SimInstrumentConfig c = configs.get(i);
            list.add(new Instrument(i, c.symbol(), c.tickSize(), c.stepSize(), c.minQty(), c.minNotional(),
                    SimInstrumentConfig.ppm(c.makerFee()), SimInstrumentConfig.ppm(c.takerFee())));
            maxOpenOrders[i] = c.maxOpenOrders();
        }
        this.instruments = new Instruments(list);
        this.lastPriceTicks = new long[list.size()];
        this.market = new MarketData(instruments, hub);
        this.accounts = new VenueAccount[config.accounts().size()];
        for (int i = 0; i < accounts.length; i++) {
            accounts[i] = new VenueAccount(i, config.accounts().get(i), this, config.defaultLeverage());
            byApiKey.put(accounts[i].apiKey, accounts[i]);
        }
    }

    int[] maxOpenOrders() {
        return maxOpenOrders.clone();
    }

    SimInstrumentConfig instrumentConfig(int id) {
        return config.instruments().get(id);
    }

    /** The account with this API key, or null. */
    VenueAccount account(String apiKey) {
        return apiKey == null ? null : byApiKey.get(apiKey);
    }

    /** The account a live listenKey belongs to, or null. Thread-safe. */
    VenueAccount listenKeyAccount(String listenKey) {
        return byListenKey.get(listenKey);
    }

    /** The venue clock in milliseconds. */
    long nowMs() {
        return traded ? venueTimeMs : wallClockMs.getAsLong();
    }

    long nowNanos() {
        return Math.multiplyExact(nowMs(), 1_000_000L);
    }

    long newOrderId() {
        return nextOrderId++;
    }

    long nextTradeId() {
        return nextTradeId++;
    }

    /** Mark prices in ticks by instrument id: the last trade prices (0 before the first). */
    long[] markTicks() {
        return lastPriceTicks;
    }

    boolean hasPrice(int instrumentId) {
        return lastPriceTicks[instrumentId] > 0;
    }

    /**
     * A market trade: every account's core matches it (in account order; accounts do not share the
     * trade's amount), then the market streams publish it.
     */
    void trade(int instrumentId, long timeMs, long priceTicks, long qtyLots, boolean buyerMaker) {
        venueTimeMs = traded ? Math.max(venueTimeMs, timeMs) : timeMs;
        traded = true;
        long nanos = Math.multiplyExact(venueTimeMs, 1_000_000L);
        for (VenueAccount account : accounts) {
            account.core.onTrade(nanos, instrumentId, priceTicks, qtyLots);
        }
        lastPriceTicks[instrumentId] = priceTicks;
        market.onTrade(instrumentId, venueTimeMs, priceTicks, qtyLots, buyerMaker);
    }

    void publishUser(VenueAccount account, String json) {
        if (account.listenKey != null) {
            hub.publish(account.listenKey, json);
        }
    }

    /** POST /fapi/v1/listenKey: the account's live key, extended, or a new one. */
    String openListenKey(VenueAccount account) {
        if (account.listenKey == null) {
            StringBuilder key = new StringBuilder(64);
            for (int i = 0; i < 64; i++) {
                key.append(KEY_CHARS[random.nextInt(KEY_CHARS.length)]);
            }
            account.listenKey = key.toString();
            byListenKey.put(account.listenKey, account);
        }
        account.listenKeyExpiresAtMs = wallClockMs.getAsLong() + config.listenKeyValidity().toMillis();
        return account.listenKey;
    }

    /** PUT /fapi/v1/listenKey: extends the live key; false when there is none (-1125). */
    boolean keepAliveListenKey(VenueAccount account) {
        if (account.listenKey == null) {
            return false;
        }
        account.listenKeyExpiresAtMs = wallClockMs.getAsLong() + config.listenKeyValidity().toMillis();
        return true;
    }

    /** DELETE /fapi/v1/listenKey: closes the key and its streams, without a listenKeyExpired event. */
    void closeListenKey(VenueAccount account) {
        if (account.listenKey != null) {
            String key = account.listenKey;
            forget(account);
            hub.closeStream(key);
        }
    }

    /** Expires every key past its validity: listenKeyExpired on its streams, which then close. */
    void expireListenKeys() {
        long now = wallClockMs.getAsLong();
        for (VenueAccount account : accounts) {
            if (account.listenKey != null && now >= account.listenKeyExpiresAtMs) {
                expire(account);
            }
        }
    }

    /** The fault switch's "expire now"; returns false when the key is not live. */
    boolean expireListenKeyNow(String listenKey) {
        VenueAccount account = byListenKey.get(listenKey);
        if (account == null) {
            return false;
        }
        expire(account);
        return true;
    }

    private void expire(VenueAccount account) {
        String key = account.listenKey;
        forget(account);
        hub.publish(key, UserEventWriter.listenKeyExpired(key, nowMs()));
        hub.closeStream(key);
    }

    private void forget(VenueAccount account) {
        byListenKey.remove(account.listenKey);
        account.listenKey = null;
    }
}
