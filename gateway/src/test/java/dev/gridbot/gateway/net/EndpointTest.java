package dev.gridbot.gateway.net;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Timeout(10)
class EndpointTest {

    @Test
    void shouldTreatOnlyLoopbackIpLiteralsAsLoopback() {
        assertTrue(Endpoint.isLoopbackLiteral("127.0.0.1"));
        assertTrue(Endpoint.isLoopbackLiteral("127.1.2.3"));
        assertTrue(Endpoint.isLoopbackLiteral("::1"));
        assertTrue(Endpoint.isLoopbackLiteral("[::1]"));
        assertFalse(Endpoint.isLoopbackLiteral("localhost"), "a name could resolve anywhere");
        assertFalse(Endpoint.isLoopbackLiteral("10.0.0.1"));
        assertFalse(Endpoint.isLoopbackLiteral("0.0.0.0"));
        assertFalse(Endpoint.isLoopbackLiteral("127.0.0.1.example.com"));
    }

    @Test
    void shouldParseDefaultPortsAndTheHostHeader() {
        Endpoint https = Endpoint.http("https://fapi.binance.com");
        assertEquals(443, https.port);
        assertTrue(https.secure);
        assertEquals("fapi.binance.com", https.hostHeader);

        Endpoint local = Endpoint.http("http://127.0.0.1:8080/");
        assertEquals(8080, local.port);
        assertFalse(local.secure);
        assertEquals("127.0.0.1:8080", local.hostHeader);

        Endpoint v6 = Endpoint.webSocket("ws://[::1]:9000/market/ws");
        assertEquals("::1", v6.host);
        assertEquals("[::1]:9000", v6.hostHeader);
    }

    @Test
    void shouldNameTheUrlButNotItsSecretPathInErrors() {
        Endpoint ws = Endpoint.webSocket("wss://fstream.binance.com/private/ws/abcLISTENKEY");
        assertEquals("wss://fstream.binance.com/private/…", ws.display);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Endpoint.webSocket("ws://10.1.2.3:9000/private/ws/abcLISTENKEY"));
        assertTrue(e.getMessage().contains("ws://10.1.2.3:9000/private/…"), e.getMessage());
        assertFalse(e.getMessage().contains("LISTENKEY"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Endpoint.webSocket("https://fstream.binance.com/ws"));
        assertThrows(IllegalArgumentException.class, () -> Endpoint.http("https://user:pw@fapi.binance.com"));
        assertThrows(IllegalArgumentException.class, () -> Endpoint.http("https://fapi.binance.com?x=1"));
    }
}
