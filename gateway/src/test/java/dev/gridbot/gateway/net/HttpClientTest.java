package dev.gridbot.gateway.net;

import io.netty.handler.codec.http.HttpMethod;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Timeout(30)
class HttpClientTest {
    private final HttpTestServer server = new HttpTestServer();
    private final List<AutoCloseable> toClose = new ArrayList<>();

    @AfterEach
    void tearDown() throws Exception {
        for (AutoCloseable c : toClose) {
            c.close();
        }
        server.close();
    }

    private HttpClient client(HttpClientConfig config) {
        HttpClient client = new HttpClient(config);
        toClose.add(client);
        return client;
    }

    @Test
    void shouldReuseFewKeptAliveConnectionsForManyRequests() throws Exception {
        HttpClient client = client(HttpClientConfig.of(server.url()).withPoolSize(2).withQueueCapacity(100));
        RecordingHandler handler = new RecordingHandler();
        for (int i = 0; i < 100; i++) {
            client.send(HttpMethod.GET, "/echo?i=" + i, null, null, 10_000, handler);
        }
        for (int i = 0; i < 100; i++) {
            assertEquals(200, handler.next().status());
        }
        assertTrue(server.connectionsAccepted.get() <= 2, "connections: " + server.connectionsAccepted.get());
        assertEquals(100, client.sent());
        assertEquals(100, client.responses());
        assertEquals(0, client.reconnects());
    }

    @Test
    void shouldOpenThePoolAheadOfTheFirstRequestOnWarmUp() throws Exception {
        HttpClient client = client(HttpClientConfig.of(server.url()).withPoolSize(3));
        client.warmUp();
        Poll.until("three connections", () -> client.openConnections() == 3);
        RecordingHandler handler = new RecordingHandler();
        for (int i = 0; i < 10; i++) {
            client.send(HttpMethod.GET, "/echo", null, null, 10_000, handler);
        }
        for (int i = 0; i < 10; i++) {
            assertEquals(200, handler.next().status());
        }
        assertEquals(3, server.connectionsAccepted.get());
    }

    @Test
    void shouldSendKeyHeaderFormBodyAndKeepAliveAndCallBackOnTheEventLoop() throws Exception {
        HttpClient client = client(HttpClientConfig.of(server.url()));
        RecordingHandler handler = new RecordingHandler();
        byte[] body = "symbol=BTCUSDT&side=BUY".getBytes(StandardCharsets.US_ASCII);
        client.send(HttpMethod.POST, "/echo?timestamp=1", body, "my-key", 10_000, handler);
        body[0] = 'X';
        RecordingHandler.Outcome outcome = handler.next();
        assertEquals("POST /echo?timestamp=1|key=my-key|type=application/x-www-form-urlencoded|conn=keep-alive"
                + "|body=symbol=BTCUSDT&side=BUY", outcome.body());
        assertTrue(outcome.thread().startsWith("gridbot-http"), outcome.thread());

        client.send(HttpMethod.GET, "/echo", null, null, 10_000, handler);
        assertEquals("GET /echo|key=null|type=null|conn=keep-alive|body=", handler.next().body());
    }

    @Test
    void shouldTimeOutOnceAndIgnoreTheLateAnswer() throws Exception {
        HttpClient client = client(HttpClientConfig.of(server.url()).withPoolSize(1));
        RecordingHandler handler = new RecordingHandler();
        client.send(HttpMethod.POST, "/hold", null, null, 50, handler);
        RecordingHandler.Outcome outcome = handler.next();
        assertEquals(HttpFailure.TIMEOUT, outcome.failure());
        assertTrue(outcome.failure().outcomeUnknown());
        assertEquals(1, client.timeouts());

        Poll.until("the server holds the request", () -> server.held() == 1);
        server.releaseHeld();
        Poll.until("the late answer is counted", () -> client.lateResponses() == 1);
        assertTrue(handler.outcomes.isEmpty(), "the late answer reached the handler");

        client.send(HttpMethod.GET, "/echo", null, null, 10_000, handler);
        assertEquals(200, handler.next().status());
        assertEquals(1, server.connectionsAccepted.get(), "the connection serves again after the late answer");
        assertTrue(handler.outcomes.isEmpty());
    }

    @Test
    void shouldNotLetAConnectionAwaitingALateAnswerBlockOtherRequests() throws Exception {
        HttpClient client = client(HttpClientConfig.of(server.url()).withPoolSize(1));
        RecordingHandler handler = new RecordingHandler();
        client.send(HttpMethod.POST, "/hold", null, null, 50, handler);
        assertEquals(HttpFailure.TIMEOUT, handler.next().failure());

        client.send(HttpMethod.GET, "/echo", null, null, 10_000, handler);
        assertEquals(200, handler.next().status());
        assertEquals(2, server.connectionsAccepted.get());
        server.releaseHeld();
    }

    @Test
    void shouldOpenANewConnectionAfterTheServerClosedOne() throws Exception {
        HttpClient client = client(HttpClientConfig.of(server.url()).withPoolSize(1));
        RecordingHandler handler = new RecordingHandler();
        client.send(HttpMethod.GET, "/close", null, null, 10_000, handler);
        assertEquals("bye", handler.next().body());

        client.send(HttpMethod.GET, "/echo", null, null, 10_000, handler);
        assertEquals(200, handler.next().status());
        assertEquals(2, server.connectionsAccepted.get());
        assertEquals(1, client.reconnects());
    }

    @Test
    void shouldReplaceAnIdleConnectionTheServerClosed() throws Exception {
        HttpClient client = client(HttpClientConfig.of(server.url()).withPoolSize(1));
        RecordingHandler handler = new RecordingHandler();
        client.send(HttpMethod.GET, "/echo", null, null, 10_000, handler);
        assertEquals(200, handler.next().status());

        server.closeConnections();
        Poll.until("the client notices the close", () -> client.openConnections() == 0);
        client.send(HttpMethod.GET, "/echo", null, null, 10_000, handler);
        assertEquals(200, handler.next().status());
        assertEquals(1, client.reconnects());
        assertEquals(2, server.connectionsAccepted.get());
    }

    @Test
    void shouldFailAtOnceAsNotSentWhenTheQueueIsFull() throws Exception {
        HttpClient client = client(HttpClientConfig.of(server.url()).withPoolSize(1).withQueueCapacity(1));
        RecordingHandler held = new RecordingHandler();
        RecordingHandler queued = new RecordingHandler();
        RecordingHandler refused = new RecordingHandler();
        client.send(HttpMethod.GET, "/hold", null, null, 20_000, held);
        Poll.until("the first request is held", () -> server.held() == 1);
        client.send(HttpMethod.GET, "/echo", null, null, 20_000, queued);
        client.send(HttpMethod.GET, "/echo", null, null, 20_000, refused);

        RecordingHandler.Outcome outcome = refused.next();
        assertEquals(HttpFailure.NOT_SENT, outcome.failure());
        assertTrue(outcome.cause().getMessage().contains("queue full"), outcome.cause().getMessage());
        assertEquals(1, client.rejected());

        server.releaseHeld();
        assertEquals("late", held.next().body());
        assertEquals(200, queued.next().status());
    }

    @Test
    void shouldFailAsNotSentWhenItCannotConnect() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        HttpClient client = client(HttpClientConfig.of("http://127.0.0.1:" + closedPort));
        RecordingHandler handler = new RecordingHandler();
        client.send(HttpMethod.POST, "/fapi/v1/order", null, null, 10_000, handler);
        RecordingHandler.Outcome outcome = handler.next();
        assertEquals(HttpFailure.NOT_SENT, outcome.failure());
        assertEquals(0, client.sent());
    }

    @Test
    void shouldReportAnUnknownOutcomeWhenTheConnectionDiesAfterSending() throws Exception {
        HttpClient client = client(HttpClientConfig.of(server.url()));
        RecordingHandler handler = new RecordingHandler();
        client.send(HttpMethod.POST, "/drop", null, null, 10_000, handler);
        RecordingHandler.Outcome outcome = handler.next();
        assertEquals(HttpFailure.DISCONNECTED_AFTER_SEND, outcome.failure());
        assertTrue(outcome.failure().outcomeUnknown());
    }

    @Test
    void shouldRefusePlainHttpToANonLoopbackHostBeforeAnyConnection() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new HttpClient(HttpClientConfig.of("http://fapi.binance.com")));
        assertTrue(e.getMessage().contains("http://fapi.binance.com"), e.getMessage());
        assertTrue(e.getMessage().contains("loopback"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new HttpClient(HttpClientConfig.of("http://10.0.0.1:8080")));
        assertThrows(IllegalArgumentException.class, () -> new HttpClient(HttpClientConfig.of("http://localhost:8080")));
        assertThrows(IllegalArgumentException.class, () -> new HttpClient(HttpClientConfig.of("ftp://127.0.0.1")));
        assertThrows(IllegalArgumentException.class,
                () -> new HttpClient(HttpClientConfig.of("https://fapi.binance.com/fapi")));
        assertEquals(0, server.connectionsAccepted.get());
    }

    @Test
    void shouldFailWaitingRequestsAsNotSentOnClose() throws Exception {
        HttpClient client = new HttpClient(HttpClientConfig.of(server.url()).withPoolSize(1));
        RecordingHandler held = new RecordingHandler();
        RecordingHandler queued = new RecordingHandler();
        client.send(HttpMethod.GET, "/hold", null, null, 20_000, held);
        Poll.until("the first request is held", () -> server.held() == 1);
        client.send(HttpMethod.GET, "/echo", null, null, 20_000, queued);
        client.close();
        assertEquals(HttpFailure.NOT_SENT, queued.next().failure());
        assertEquals(HttpFailure.DISCONNECTED_AFTER_SEND, held.next().failure());
        RecordingHandler after = new RecordingHandler();
        client.send(HttpMethod.GET, "/echo", null, null, 1_000, after);
        assertEquals(HttpFailure.NOT_SENT, after.next().failure());
        assertNull(after.outcomes.poll());
    }
}
