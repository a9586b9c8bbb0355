package dev.gridbot.gateway.sim.server;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Small builders for the server tests: one-way and hedge accounts, a no-data venue, polling. */
final class SimServerFixture {
    static final String KEY = "key-oneway";
    static final String SECRET = "secret-oneway";
    static final String HEDGE_KEY = "key-hedge";
    static final String HEDGE_SECRET = "secret-hedge";

    private SimServerFixture() {
    }

    /** A one-way account with 10,000 USDT and a hedge one with 10,000 USDT, BTCUSDT, no replay. */
    static SimServerConfig.Builder config() {
        return SimServerConfig.builder()
                .account(SimAccountConfig.oneWay(KEY, SECRET, "10000"))
                .account(SimAccountConfig.hedge(HEDGE_KEY, HEDGE_SECRET, "10000"));
    }

    static SimServer start() {
        return SimServer.start(config().build());
    }

    static VenueClient oneWay(SimServer server) {
        return new VenueClient(server, KEY, SECRET);
    }

    static VenueClient hedge(SimServer server) {
        return new VenueClient(server, HEDGE_KEY, HEDGE_SECRET);
    }

    /** Polls {@code condition} every 10 ms for up to 10 s. */
    static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(10);
        }
    }
}
