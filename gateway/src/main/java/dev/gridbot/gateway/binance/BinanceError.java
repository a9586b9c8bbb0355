package dev.gridbot.gateway.binance;

/** A Binance error payload: its (negative) code and message. Immutable. */
public record BinanceError(int code, String msg) {
}
