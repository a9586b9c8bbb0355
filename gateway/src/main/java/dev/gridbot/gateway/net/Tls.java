package dev.gridbot.gateway.net;

import io.netty.buffer.ByteBufAllocator;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.ssl.SslProvider;

import javax.net.ssl.SSLException;
import javax.net.ssl.TrustManagerFactory;

/** Client TLS: the JDK provider, its default trust store, and HTTPS hostname verification. */
final class Tls {
    private Tls() {
    }

    /** The JDK's trust store ({@code trustManagers == null}) or the given trust (tests, private CAs). */
    static SslContext clientContext(TrustManagerFactory trustManagers) {
        try {
            SslContextBuilder builder = SslContextBuilder.forClient()
                    .sslProvider(SslProvider.JDK)
                    .endpointIdentificationAlgorithm("HTTPS");
            if (trustManagers != null) {
                builder.trustManager(trustManagers);
            }
            return builder.build();
        } catch (SSLException e) {
            throw new IllegalStateException("cannot build the client TLS context", e);
        }
    }

    /** A handler that sends SNI and verifies the certificate against {@code endpoint.host}. */
    static SslHandler newHandler(SslContext context, ByteBufAllocator alloc, Endpoint endpoint, long handshakeMillis) {
        SslHandler handler = context.newHandler(alloc, endpoint.host, endpoint.port);
        handler.setHandshakeTimeoutMillis(handshakeMillis);
        return handler;
    }
}
