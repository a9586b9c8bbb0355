package dev.gridbot.gateway.binance;

import org.junit.jupiter.api.Test;

import static dev.gridbot.gateway.binance.BinanceFixtures.binance;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rate-limit headers by their documented names, in any case. */
class BinanceRateLimitHeadersTest {

    @Test
    void shouldReadTheDocumentedHeaderNamesInAnyCase() {
        BinanceRateLimitHeaders headers = new BinanceRateLimitHeaders();
        String published = binance("binance_rate_limit_headers.json");
        for (String name : new String[] {"x-mbx-used-weight-1m", "X-MBX-ORDER-COUNT-10S", "X-MBX-ORDER-COUNT-1M"}) {
            assertTrue(published.contains(name), name);
        }
        assertTrue(headers.accept("x-mbx-used-weight-1m", "37"));
        assertTrue(headers.accept("X-MBX-ORDER-COUNT-10S", new StringBuilder("3")));
        assertTrue(headers.accept("X-Mbx-Order-Count-1m", " 12 "));
        assertTrue(headers.accept("retry-after", "120"));
        assertFalse(headers.accept("Content-Type", "application/json"));
        assertEquals(37, headers.usedWeight1m());
        assertEquals(3, headers.orderCount10s());
        assertEquals(12, headers.orderCount1m());
        assertEquals(120, headers.retryAfterSeconds());
        headers.clear();
        assertEquals(-1, headers.usedWeight1m());
        assertEquals(-1, headers.retryAfterSeconds());
    }

    @Test
    void shouldGiveMinusOneForValuesThatAreNotCounts() {
        assertEquals(-1, BinanceRateLimitHeaders.parseCount("Wed, 21 Oct 2026 07:28:00 GMT"));
        assertEquals(-1, BinanceRateLimitHeaders.parseCount(""));
        assertEquals(-1, BinanceRateLimitHeaders.parseCount("-5"));
        assertEquals(-1, BinanceRateLimitHeaders.parseCount("1234567890123456789"));
        assertEquals(-1, BinanceRateLimitHeaders.parseCount(null));
        assertEquals(0, BinanceRateLimitHeaders.parseCount("0"));
    }
}
