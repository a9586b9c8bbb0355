package dev.gridbot.gateway.net;

import io.netty.handler.codec.http.HttpMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import javax.net.ssl.SSLHandshakeException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** TLS against a loopback server with self-signed certificates: trust and hostname are both checked. */
@Timeout(30)
class HttpClientTlsTest {

    @Test
    void shouldRefuseACertificateTheJdkTrustStoreDoesNotTrust() throws Exception {
        try (HttpTestServer server = new HttpTestServer(TestCertificates.IP_SAN.serverContext());
             HttpClient client = new HttpClient(HttpClientConfig.of("https://127.0.0.1:" + server.port()))) {
            RecordingHandler handler = new RecordingHandler();
            client.send(HttpMethod.GET, "/echo", null, null, 10_000, handler);
            RecordingHandler.Outcome outcome = handler.next();
            assertEquals(HttpFailure.NOT_SENT, outcome.failure());
            assertInstanceOf(SSLHandshakeException.class, outcome.cause());
            assertTrue(String.valueOf(outcome.cause().getMessage()).contains("certification path"),
                    outcome.cause().getMessage());
            assertEquals(0, server.requests.get());
        }
    }

    @Test
    void shouldRefuseATrustedCertificateThatDoesNotNameTheHost() throws Exception {
        TestCertificates cert = TestCertificates.NO_IP_SAN;
        try (HttpTestServer server = new HttpTestServer(cert.serverContext());
             HttpClient client = new HttpClient(HttpClientConfig.of("https://127.0.0.1:" + server.port()),
                     null, cert.trust())) {
            RecordingHandler handler = new RecordingHandler();
            client.send(HttpMethod.GET, "/echo", null, null, 10_000, handler);
            RecordingHandler.Outcome outcome = handler.next();
            assertEquals(HttpFailure.NOT_SENT, outcome.failure());
            assertInstanceOf(SSLHandshakeException.class, outcome.cause());
            assertTrue(String.valueOf(outcome.cause().getMessage()).contains("127.0.0.1"), outcome.cause().getMessage());
            assertEquals(0, server.requests.get());
        }
    }

    @Test
    void shouldTalkToATrustedServerWhoseCertificateNamesTheHost() throws Exception {
        TestCertificates cert = TestCertificates.IP_SAN;
        try (HttpTestServer server = new HttpTestServer(cert.serverContext());
             HttpClient client = new HttpClient(HttpClientConfig.of("https://127.0.0.1:" + server.port()),
                     null, cert.trust())) {
            RecordingHandler handler = new RecordingHandler();
            for (int i = 0; i < 3; i++) {
                client.send(HttpMethod.GET, "/echo", null, "k", 10_000, handler);
                RecordingHandler.Outcome outcome = handler.next();
                assertEquals(200, outcome.status());
                assertTrue(outcome.body().contains("key=k"), outcome.body());
            }
            assertEquals(1, server.connectionsAccepted.get());
        }
    }
}
