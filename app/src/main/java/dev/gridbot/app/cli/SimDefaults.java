package dev.gridbot.app.cli;

import dev.gridbot.config.InstrumentConfig;
import dev.gridbot.gateway.sim.server.SimInstrumentConfig;

/** The simulated venue's defaults shared by {@code gridbot sim} and the demo. */
final class SimDefaults {
    /** The API key {@code gridbot sim} accepts unless told otherwise (a simulated venue's, not a secret). */
    static final String API_KEY = "gridbot-sim";
    /** Its secret: a simulated venue's, public on purpose. */
    static final String API_SECRET = "gridbot-sim-secret";
    /** Binance's limit of open orders per symbol, which the simulated venue enforces too. */
    static final int MAX_OPEN_ORDERS = 200;

    private SimDefaults() {
    }

    /** The simulated venue lists a configured instrument with the configuration's rules. */
    static SimInstrumentConfig instrument(InstrumentConfig i) {
        return new SimInstrumentConfig(i.symbol(), i.tickSize(), i.stepSize(), i.minQty(), i.minNotional(),
                i.makerFee(), i.takerFee(), MAX_OPEN_ORDERS);
    }
}
