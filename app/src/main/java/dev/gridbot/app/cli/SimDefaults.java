package dev.gridbot.app.cli;

import dev.gridbot.app.live.ApiCredentials;
import dev.gridbot.config.AccountConfig;
import dev.gridbot.config.GridbotConfig;
import dev.gridbot.config.InstrumentConfig;
import dev.gridbot.gateway.sim.server.SimAccountConfig;
import dev.gridbot.gateway.sim.server.SimInstrumentConfig;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The simulated venue's defaults shared by {@code gridbot sim}, {@code gridbot run} and the demo. */
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

    /**
     * The API key of a configured account that names no credentials, on a simulated venue:
     * {@code gridbot-sim-<account>}, one per account so that each has a venue account of its own.
     */
    static String apiKey(String account) {
        return API_KEY + "-" + account;
    }

    /** What an account without credentials signs with on a simulated venue (the public secret). */
    static ApiCredentials credentials(String account) {
        return new ApiCredentials(apiKey(account), API_SECRET.getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * The simulated venue's accounts for the configured accounts that name no credentials, each in
     * its position mode with {@code balance} USDT ({@code gridbot sim --config} opens them).
     */
    static List<SimAccountConfig> accountsWithoutCredentials(GridbotConfig config, BigDecimal balance) {
        List<SimAccountConfig> accounts = new ArrayList<>();
        for (AccountConfig a : config.accounts().values()) {
            if (!a.hasCredentials()) {
                accounts.add(new SimAccountConfig(apiKey(a.name()), API_SECRET, balance, a.hedgeMode()));
            }
        }
        return accounts;
    }
}
