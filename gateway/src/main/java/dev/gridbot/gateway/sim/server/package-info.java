/**
 * The simulated venue as a Binance USDT-M futures server on loopback: {@link
 * dev.gridbot.gateway.sim.server.SimServer} (start, URLs, progress, injected trades, close), its
 * configuration ({@link dev.gridbot.gateway.sim.server.SimServerConfig}) and the fault switch
 * ({@link dev.gridbot.gateway.sim.server.SimFaults}). Everything else is package-private: the
 * venue thread and its state, the REST endpoints, the WebSocket sessions.
 */
package dev.gridbot.gateway.sim.server;
