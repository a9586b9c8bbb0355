/**
 * Historical trade files: a streaming reader for Bitstamp and Binance aggTrades CSV in an
 * instrument's ticks and lots, and the trade data bundled on the classpath.
 */
package dev.gridbot.gateway.data;
