package dev.gridbot.gateway.net;

import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.HttpHeaders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Deterministic: every time is an explicit nanosecond value. */
@Timeout(10)
class RateLimiterTest {
    private static final long S = 1_000_000_000L;
    private static final RateLimit WEIGHT_1M = new RateLimit(RateLimit.Type.REQUEST_WEIGHT, RateLimit.Interval.MINUTE, 1, 2400);
    private static final RateLimit ORDERS_10S = new RateLimit(RateLimit.Type.ORDERS, RateLimit.Interval.SECOND, 10, 300);
    private static final RateLimit ORDERS_1M = new RateLimit(RateLimit.Type.ORDERS, RateLimit.Interval.MINUTE, 1, 1200);

    private static RateLimiter binance() {
        return new RateLimiter(List.of(WEIGHT_1M, ORDERS_10S, ORDERS_1M), 5 * S, 120 * S);
    }

    private static HttpHeaders headers(String... nameValues) {
        HttpHeaders headers = new DefaultHttpHeaders();
        for (int i = 0; i < nameValues.length; i += 2) {
            headers.add(nameValues[i], nameValues[i + 1]);
        }
        return headers;
    }

    @Test
    void shouldRefuseWeightThatWouldExceedTheLimitWithinTheWindow() {
        RateLimiter limiter = new RateLimiter(List.of(
                new RateLimit(RateLimit.Type.REQUEST_WEIGHT, RateLimit.Interval.MINUTE, 1, 10)));
        assertTrue(limiter.tryAcquire(6, 0, 0));
        assertFalse(limiter.tryAcquire(5, 0, S));
        assertEquals(RateLimiter.Refusal.REQUEST_WEIGHT, limiter.lastRefusal());
        assertTrue(limiter.tryAcquire(4, 0, 2 * S));
        assertEquals(RateLimiter.Refusal.NONE, limiter.lastRefusal());
        assertFalse(limiter.tryAcquire(1, 0, 3 * S));
    }

    @Test
    void shouldTakeNothingWhenAnyLimitRefuses() {
        RateLimiter limiter = binance();
        for (int i = 0; i < 300; i++) {
            assertTrue(limiter.tryAcquire(0, 1, i * 1_000_000L));
        }
        assertFalse(limiter.tryAcquire(1, 1, S));
        assertEquals(RateLimiter.Refusal.ORDERS, limiter.lastRefusal());
        assertEquals(0, limiter.used(WEIGHT_1M, S));
        assertEquals(300, limiter.used(ORDERS_1M, S));
        assertTrue(limiter.tryAcquire(1, 0, S), "a request that places no order still passes");
    }

    @Test
    void shouldAdmitAgainOnlyOnceTheUsageLeftEveryWindowItCouldBeCountedIn() {
        RateLimiter limiter = new RateLimiter(List.of(
                new RateLimit(RateLimit.Type.REQUEST_WEIGHT, RateLimit.Interval.MINUTE, 1, 10)));
        assertTrue(limiter.tryAcquire(5, 0, 0));
        assertTrue(limiter.tryAcquire(5, 0, 30 * S));
        assertFalse(limiter.tryAcquire(1, 0, 60 * S + S / 2), "the venue's minute may start later than ours");
        assertTrue(limiter.tryAcquire(5, 0, 61 * S));
        assertFalse(limiter.tryAcquire(1, 0, 61 * S));
        assertTrue(limiter.tryAcquire(5, 0, 91 * S));
    }

    @Test
    void shouldNeverLetTheVenueCountMoreThanItsLimitInAnyOfItsFixedWindows() {
        RateLimit limit = new RateLimit(RateLimit.Type.REQUEST_WEIGHT, RateLimit.Interval.SECOND, 10, 100);
        RateLimiter limiter = new RateLimiter(List.of(limit));
        SplittableRandom random = new SplittableRandom(42);
        long start = 987_654_321_012L;
        long now = start;
        List<long[]> admitted = new ArrayList<>();
        long total = 0;
        while (now - start < 600 * S) {
            now += random.nextLong(1, 50_000_000L);
            int weight = random.nextInt(1, 6);
            if (limiter.tryAcquire(weight, 0, now)) {
                admitted.add(new long[] {now, weight});
                total += weight;
            }
        }
        for (long offset = 0; offset < 10 * S; offset += 37_000_000L) {
            for (long windowStart = start + offset - 10 * S; windowStart < now; windowStart += 10 * S) {
                long sum = 0;
                for (long[] a : admitted) {
                    if (a[0] >= windowStart && a[0] < windowStart + 10 * S) {
                        sum += a[1];
                    }
                }
                assertTrue(sum <= 100, "window at " + windowStart + " counted " + sum);
            }
        }
        assertTrue(total >= 60 * 100 * 9 / 10, "throughput too low: " + total);
    }

    @Test
    void shouldLetTheVenueCountWinWhenItIsHigher() {
        RateLimiter limiter = binance();
        assertTrue(limiter.tryAcquire(10, 0, 0));
        limiter.onResponse(200, headers("x-mbx-used-weight-1m", "2395", "X-MBX-ORDER-COUNT-1M", "0"), S);
        assertEquals(2395, limiter.used(WEIGHT_1M, S));
        assertTrue(limiter.tryAcquire(5, 0, 2 * S));
        assertFalse(limiter.tryAcquire(1, 0, 2 * S));

        limiter.onResponse(200, headers("X-MBX-USED-WEIGHT-1M", "3"), 3 * S);
        assertEquals(2400, limiter.used(WEIGHT_1M, 3 * S), "a lower venue count does not lower ours");
    }

    @Test
    void shouldApplyOrderCountHeadersToTheMatchingWindowOnly() {
        RateLimiter limiter = binance();
        limiter.onResponse(200, headers("X-MBX-ORDER-COUNT-10S", "300"), 0);
        assertEquals(300, limiter.used(ORDERS_10S, 0));
        assertEquals(0, limiter.used(ORDERS_1M, 0));
        assertFalse(limiter.tryAcquire(1, 1, 0));
        assertEquals(RateLimiter.Refusal.ORDERS, limiter.lastRefusal());
        assertTrue(limiter.tryAcquire(1, 0, 0));
    }

    @Test
    void shouldIgnoreUsageHeadersForWindowsItDoesNotKnowOrCannotRead() {
        RateLimiter limiter = binance();
        limiter.onResponse(200, headers("X-MBX-ORDER-COUNT-1D", "99999", "X-MBX-USED-WEIGHT-1X", "99999",
                "X-MBX-USED-WEIGHT-", "99999", "X-MBX-USED-WEIGHT-1M", "many", "X-MBX-USED-WEIGHT-5M", "99999"), 0);
        assertEquals(0, limiter.used(WEIGHT_1M, 0));
        assertEquals(0, limiter.used(ORDERS_10S, 0));
        assertEquals(0, limiter.used(ORDERS_1M, 0));
        assertTrue(limiter.tryAcquire(2400, 300, 0));
    }

    @Test
    void shouldCoolDownAfter429ForRetryAfterSeconds() {
        RateLimiter limiter = binance();
        limiter.onResponse(429, headers("Retry-After", "7"), 100 * S);
        assertTrue(limiter.coolingDown(100 * S));
        assertFalse(limiter.tryAcquire(1, 0, 106 * S));
        assertEquals(RateLimiter.Refusal.COOLDOWN, limiter.lastRefusal());
        assertTrue(limiter.tryAcquire(1, 0, 107 * S));
        assertFalse(limiter.coolingDown(107 * S));
    }

    @Test
    void shouldCoolDownForTheDefaultWhen429HasNoRetryAfter() {
        RateLimiter limiter = binance();
        limiter.onResponse(429, headers(), 0);
        assertFalse(limiter.tryAcquire(1, 0, 5 * S - 1));
        assertTrue(limiter.tryAcquire(1, 0, 5 * S));
    }

    @Test
    void shouldAdmitNothingDuringA418Ban() {
        RateLimiter limiter = binance();
        limiter.onResponse(418, headers("Retry-After", "300"), 0);
        limiter.onResponse(429, headers("Retry-After", "1"), S);
        assertFalse(limiter.tryAcquire(0, 0, 299 * S));
        assertEquals(RateLimiter.Refusal.BANNED, limiter.lastRefusal());
        assertTrue(limiter.banned(299 * S));
        assertTrue(limiter.tryAcquire(1, 1, 300 * S));
        assertFalse(limiter.banned(300 * S));
    }

    @Test
    void shouldNeitherShortenABanNorUseAnythingButTheDefaultWithoutRetryAfter() {
        RateLimiter limiter = binance();
        limiter.onResponse(418, headers(), 0);
        limiter.onResponse(418, headers("Retry-After", "10"), S);
        assertFalse(limiter.tryAcquire(1, 0, 120 * S - 1));
        assertTrue(limiter.tryAcquire(1, 0, 120 * S));
    }

    @Test
    void shouldWorkAcrossNegativeNanoTimeValues() {
        RateLimiter limiter = new RateLimiter(List.of(
                new RateLimit(RateLimit.Type.REQUEST_WEIGHT, RateLimit.Interval.SECOND, 1, 2)));
        long t = -5 * S - 1;
        assertTrue(limiter.tryAcquire(2, 0, t));
        assertFalse(limiter.tryAcquire(1, 0, t + S / 2));
        assertTrue(limiter.tryAcquire(2, 0, t + 3 * S));
        limiter.onStatus(429, 2, t + 3 * S);
        assertFalse(limiter.tryAcquire(0, 0, t + 4 * S));
        assertTrue(limiter.tryAcquire(0, 0, t + 5 * S));
    }
}
