package dev.gridbot.gateway.net;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Timeout(30)
class WebSocketClientTest {
    private final WsTestServer server = new WsTestServer();
    private final RecordingWsListener listener = new RecordingWsListener();
    private WebSocketClient client;

    @AfterEach
    void tearDown() {
        if (client != null) {
            client.close();
        }
        server.close();
    }

    private WebSocketConfig config() {
        return WebSocketConfig.of(server.url("/public/ws")).withBackoffMillis(List.of(20L));
    }

    private WebSocketClient start(WebSocketConfig config) {
        client = new WebSocketClient(config, listener);
        listener.client = client;
        client.start();
        return client;
    }

    private void awaitConnected(int times) {
        Poll.until("connected " + times + " time(s)", () -> listener.connected.get() >= times
                && client.state() == WebSocketClient.State.CONNECTED && server.handshakes.get() >= times);
    }

    @Test
    void shouldDeliverTextFramesAndReassembleFragmentedOnesOnTheEventLoop() {
        start(config());
        awaitConnected(1);
        server.sendText("first");
        server.sendFragmented("hel", "lo ", "world");
        Poll.until("two messages", () -> listener.texts.size() == 2);
        assertEquals(List.of("first", "hello world"), listener.textList());
        assertTrue(listener.threads.stream().allMatch(t -> t.startsWith("gridbot-ws")), listener.threads.toString());
        assertEquals(List.of("/public/ws"), List.copyOf(server.paths));
    }

    @Test
    void shouldAnswerAServerPingWithAPongCarryingTheSamePayload() {
        start(config());
        awaitConnected(1);
        server.sendPing("payload-123");
        Poll.until("the pong", () -> server.pongPayloads.contains("payload-123"));
        assertEquals(1, client.pingsAnswered());
    }

    @Test
    void shouldSendTextFramesOnlyWhileConnected() {
        client = new WebSocketClient(config(), listener);
        listener.client = client;
        assertFalse(client.sendText("too early"));
        assertEquals(WebSocketClient.State.NEW, client.state());
        listener.onConnect = c -> c.sendText("subscribe bookTicker");
        client.start();
        Poll.until("the subscription reaches the server", () -> server.texts.contains("subscribe bookTicker"));
        assertTrue(client.sendText("second"));
        Poll.until("the second frame", () -> server.texts.contains("second"));
    }

    @Test
    void shouldReconnectAfterTheServerDropsAndConnectAgain() {
        listener.onConnect = c -> c.sendText("subscribe");
        start(config());
        awaitConnected(1);
        Poll.until("subscribed", () -> server.texts.size() == 1);
        server.dropAll();
        awaitConnected(2);
        assertEquals(List.of(DisconnectReason.CONNECTION_LOST), List.copyOf(listener.disconnects));
        Poll.until("resubscribed", () -> server.texts.size() == 2);

        server.closeAll();
        awaitConnected(3);
        assertEquals(List.of(DisconnectReason.CONNECTION_LOST, DisconnectReason.CLOSED_BY_SERVER),
                List.copyOf(listener.disconnects));
        assertEquals(2, client.drops());
        assertEquals(3, client.connects());
        assertEquals(3, server.handshakes.get());
    }

    @Test
    void shouldPingASilentServerAndStayConnectedWhileItAnswers() {
        start(config().withIdle(50, 5_000));
        awaitConnected(1);
        Poll.until("two pongs", () -> client.pongsReceived() >= 2);
        assertTrue(client.pingsSent() >= 2);
        assertEquals(0, client.drops());
        assertEquals(1, server.handshakes.get());
    }

    @Test
    void shouldDropAndReconnectWhenTheServerStaysSilentAfterAPing() {
        server.answerPings = false;
        start(config().withIdle(50, 100));
        awaitConnected(1);
        Poll.until("a pong timeout", () -> listener.disconnects.contains(DisconnectReason.PONG_TIMEOUT));
        awaitConnected(2);
        assertTrue(server.pingsReceived.get() >= 1);
        assertEquals(0, client.pongsReceived());
    }

    @Test
    void shouldGiveUpAfterTheConfiguredNumberOfFailedAttempts() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        start(WebSocketConfig.of("ws://127.0.0.1:" + closedPort + "/market/ws")
                .withBackoffMillis(List.of(5L, 10L)).withGiveUp(3, false, 1_000));
        Poll.until("the client gives up", () -> listener.gaveUp.get() == 1);
        assertEquals(WebSocketClient.State.CLOSED, client.state());
        assertEquals(3, client.failedAttempts());
        assertEquals(0, listener.connected.get());
        assertTrue(listener.disconnects.isEmpty());
    }

    @Test
    void shouldFailAnAttemptWhoseHandshakeNeverCompletes() throws Exception {
        try (ServerSocket mute = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            start(WebSocketConfig.of("ws://127.0.0.1:" + mute.getLocalPort() + "/public/ws")
                    .withHandshakeTimeoutMillis(100).withBackoffMillis(List.of(5L)).withGiveUp(2, false, 1_000));
            Poll.until("the client gives up", () -> listener.gaveUp.get() == 1);
            assertEquals(2, client.failedAttempts());
        }
    }

    @Test
    void shouldKeepTryingSlowlyAfterGivingUpAndRecover() {
        server.acceptUpgrades = false;
        start(config().withGiveUp(2, true, 30));
        Poll.until("the client gives up", () -> listener.gaveUp.get() == 1);
        Poll.until("it keeps trying", () -> client.failedAttempts() >= 4);
        assertTrue(client.state() != WebSocketClient.State.CLOSED);

        server.acceptUpgrades = true;
        awaitConnected(1);
        assertEquals(1, listener.gaveUp.get());
    }

    @Test
    void shouldReplaceTheConnectionBeforeItsMaximumAgeWithoutADrop() {
        listener.onConnect = c -> c.sendText("subscribe");
        start(config().withMaxConnectionAgeMillis(300));
        awaitConnected(1);
        Poll.until("a rotation", () -> client.rotations() >= 1);
        Poll.until("the old connection closed", () -> server.closedConnections.get() >= 1);
        Poll.until("onConnected again", () -> listener.connected.get() >= 2);
        Poll.until("resubscribed on the new connection", () -> server.texts.size() >= 2);
        assertEquals(0, client.drops());
        assertTrue(listener.disconnects.isEmpty());
        assertEquals(WebSocketClient.State.CONNECTED, client.state());
    }

    @Test
    void shouldKeepServingOnTheAgedConnectionWhileItsReplacementFails() {
        start(config().withMaxConnectionAgeMillis(200));
        awaitConnected(1);
        server.acceptUpgrades = false;
        Poll.until("a refused replacement", () -> server.paths.size() >= 3);
        assertEquals(WebSocketClient.State.CONNECTED, client.state());
        assertEquals(0, client.drops());
        assertEquals(0, client.failedAttempts());
        server.sendText("still here");
        Poll.until("a message on the aged connection", () -> listener.texts.contains("still here"));

        server.acceptUpgrades = true;
        Poll.until("a rotation", () -> client.rotations() >= 1);
        assertTrue(listener.disconnects.isEmpty());
    }

    @Test
    void shouldConnectOverTlsToATrustedServer() throws Exception {
        TestCertificates cert = TestCertificates.IP_SAN;
        try (WsTestServer tlsServer = new WsTestServer(cert.serverContext())) {
            client = new WebSocketClient(WebSocketConfig.of(tlsServer.url("/market/ws")), listener, null, cert.trust());
            listener.client = client;
            listener.onConnect = c -> c.sendText("subscribe aggTrade");
            client.start();
            Poll.until("subscribed over TLS", () -> tlsServer.texts.contains("subscribe aggTrade"));
            tlsServer.sendText("trade");
            Poll.until("a message over TLS", () -> listener.texts.contains("trade"));
            client.close();
        }
    }

    @Test
    void shouldDropAMessageLargerThanTheLimitAsAProtocolError() {
        start(config().withMaxMessageBytes(16));
        awaitConnected(1);
        server.sendFragmented("0123456789", "0123456789");
        Poll.until("a protocol error", () -> listener.disconnects.contains(DisconnectReason.PROTOCOL_ERROR));
        awaitConnected(2);
        assertTrue(listener.texts.isEmpty());
    }

    @Test
    void shouldStopForGoodOnCloseWithoutFurtherCallbacks() {
        start(config());
        awaitConnected(1);
        client.close();
        assertEquals(WebSocketClient.State.CLOSED, client.state());
        Poll.until("the server sees the close", () -> server.closedConnections.get() == 1);
        assertTrue(listener.disconnects.isEmpty());
        assertFalse(client.sendText("after close"));
        assertEquals(1, listener.connected.get());
    }

    @Test
    void shouldRefusePlainWsToANonLoopbackHostAndHideTheListenKey() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new WebSocketClient(WebSocketConfig.of("ws://fstream.binance.com/private/ws/SECRETKEY"), listener));
        assertTrue(e.getMessage().contains("ws://fstream.binance.com/private/…"), e.getMessage());
        assertFalse(e.getMessage().contains("SECRETKEY"), e.getMessage());
    }
}
