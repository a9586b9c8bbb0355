/**
 * The Binance USDT-M futures codec: WebSocket frames and REST responses decoded into engine events
 * ({@link dev.gridbot.gateway.binance.BinanceStreamDecoder},
 * {@link dev.gridbot.gateway.binance.BinanceResponses}), signed REST requests built from engine
 * commands ({@link dev.gridbot.gateway.binance.BinanceRequests},
 * {@link dev.gridbot.gateway.binance.BinanceSigner}). Bytes in, bytes out: no sockets and no Netty
 * here; the transport hands over byte arrays or {@link java.nio.ByteBuffer}s.
 */
package dev.gridbot.gateway.binance;
