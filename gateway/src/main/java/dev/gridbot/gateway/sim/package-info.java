/**
 * The simulated venue: a deterministic matching core that fills one account's orders against a
 * stream of market trades, reporting through {@link dev.gridbot.gateway.sim.VenueListener}.
 */
package dev.gridbot.gateway.sim;
