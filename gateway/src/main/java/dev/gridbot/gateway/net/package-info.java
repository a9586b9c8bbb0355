/**
 * The network transport of the exchange gateways: a kept-alive HTTP/1.1 client for one base URL
 * ({@link dev.gridbot.gateway.net.HttpClient}), a self-healing WebSocket connection
 * ({@link dev.gridbot.gateway.net.WebSocketClient}) and the venue's rate limits
 * ({@link dev.gridbot.gateway.net.RateLimiter}).
 *
 * <p>These classes move bytes, headers and connection state; they know no venue's JSON. TLS uses
 * the JDK's trust store with hostname verification; unencrypted connections are refused unless
 * they go to a loopback address. Callbacks run on a Netty event loop and must not block.
 */
package dev.gridbot.gateway.net;
