package dev.gridbot.gateway.binance;

import dev.gridbot.engine.model.ClientOrderId;
import dev.gridbot.engine.model.Instruments;
import dev.gridbot.engine.model.Intent;
import dev.gridbot.engine.model.OrderType;
import dev.gridbot.engine.model.Side;
import dev.gridbot.engine.model.TimeInForce;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;

import static dev.gridbot.gateway.binance.BinanceFixtures.binance;
import static dev.gridbot.gateway.binance.BinanceFixtures.instrument;
import static dev.gridbot.gateway.binance.BinanceFixtures.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The order path's REST codec in steady state: decoding answers allocates nothing; building signed
 * requests allocates only what the JDK's HMAC does (its digest arrays).
 */
class BinanceRestAllocationTest {
    private static final int WARM_UP = 100_000;
    private static final int MEASURED = 100_000;
    private static final long ID = ClientOrderId.of(1, 4, Intent.ENTRY, 9);

    private final Instruments instruments = BinanceFixtures.instruments(
            instrument(0, "BTCUSDT", "0.1", "0.001"),
            instrument(1, "ADAUSDT", "0.0001", "1"),
            instrument(2, "COMPUSDT", "0.01", "0.001"));
    private com.sun.management.ThreadMXBean threads;

    @BeforeEach
    void needsTheAllocationCounter() {
        java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        assumeTrue(bean instanceof com.sun.management.ThreadMXBean, "needs HotSpot's allocation counter");
        threads = (com.sun.management.ThreadMXBean) bean;
        assumeTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled());
    }

    @Test
    void shouldNotAllocateWhileDecodingOrderAnswersInSteadyState() {
        BinanceFixtures.Published out = new BinanceFixtures.Published();
        BinanceResponses responses = new BinanceResponses(instruments, out.publisher);
        byte[][] bodies = {
            utf8(binance("binance_rest_new_order_response.json")),
            utf8(binance("binance_rest_cancel_order_response.json")),
            utf8(binance("binance_rest_open_orders_response.json").strip().replaceAll("^\\[|\\]$", "")),
            utf8("{\"code\":-2013,\"msg\":\"Order does not exist.\"}"),
            utf8("{\"code\":-5022,\"msg\":\"Due to the order could not be executed as maker, the Post Only order "
                    + "will be rejected.\"}"),
            utf8(binance("binance_rest_position_risk_v3_hedge.json")),
            utf8("{\"code\":-1007,\"msg\":\"Timeout waiting for response from backend server.\"}"),
        };
        BinanceEndpoint[] endpoints = {BinanceEndpoint.NEW_ORDER, BinanceEndpoint.CANCEL_ORDER,
            BinanceEndpoint.QUERY_ORDER, BinanceEndpoint.QUERY_ORDER, BinanceEndpoint.NEW_ORDER,
            BinanceEndpoint.POSITION_RISK, BinanceEndpoint.NEW_ORDER};
        int[] statuses = {200, 200, 200, 400, 400, 200, 503};

        Runnable decodeAll = () -> {
            for (int i = 0; i < WARM_UP; i++) {
                int k = i % bodies.length;
                responses.decode(endpoints[k], 0, ID, Side.BUY, statuses[k], bodies[k], 0, bodies[k].length, i);
            }
        };
        decodeAll.run();
        long before = threads.getCurrentThreadAllocatedBytes();
        decodeAll.run();
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;

        assertTrue(allocated <= 1_024, allocated + " bytes allocated decoding " + MEASURED + " answers");
        assertEquals(0, responses.unreadableBodies());
        assertTrue(responses.count(BinanceResponseOutcome.STATUS) > MEASURED / 5);
    }

    @Test
    void shouldAllocateOnlyTheHmacsDigestWhileBuildingSignedRequests() {
        BinanceSigner signer = new BinanceSigner("secret".getBytes(StandardCharsets.US_ASCII));
        BinanceRequests requests = new BinanceRequests(instruments, signer, 5000, false);
        buildAll(requests, WARM_UP);
        long before = threads.getCurrentThreadAllocatedBytes();
        buildAll(requests, MEASURED);
        long perRequest = (threads.getCurrentThreadAllocatedBytes() - before) / MEASURED;

        assertTrue(perRequest <= 64, perRequest + " bytes allocated per signed request");
        byte[] unsigned = new byte[64];
        long beforeHmac = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < MEASURED; i++) {
            signer.sign(unsigned, 0, 64, unsigned, 0);
        }
        long hmacPerSignature = (threads.getCurrentThreadAllocatedBytes() - beforeHmac) / MEASURED;
        assertTrue(perRequest <= hmacPerSignature + 8,
                perRequest + " bytes per request against " + hmacPerSignature + " per bare HMAC");
    }

    private static void buildAll(BinanceRequests requests, int count) {
        for (int i = 0; i < count; i++) {
            switch (i % 3) {
                case 0 -> requests.newOrder(i & 1, ID, Side.BUY, OrderType.LIMIT, TimeInForce.GTX, false, 650_000 + i,
                        1 + i % 500, 1_700_000_000_000L + i);
                case 1 -> requests.cancelOrder(2, ID, 1_700_000_000_000L + i);
                default -> requests.queryOrder(0, ID, 1_700_000_000_000L + i);
            }
        }
    }
}
