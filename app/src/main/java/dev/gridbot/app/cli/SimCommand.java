package dev.gridbot.app.cli;

import dev.gridbot.config.ConfigLoader;
import dev.gridbot.config.GridbotConfig;
import dev.gridbot.config.InstrumentConfig;
import dev.gridbot.config.VenueConfig;
import dev.gridbot.gateway.data.BundledTrades;
import dev.gridbot.gateway.sim.server.SimAccountConfig;
import dev.gridbot.gateway.sim.server.SimDataSource;
import dev.gridbot.gateway.sim.server.SimInstrumentConfig;
import dev.gridbot.gateway.sim.server.SimServer;
import dev.gridbot.gateway.sim.server.SimServerConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * {@code gridbot sim}: the simulated venue as a standalone Binance USDⓈ-M futures server on
 * loopback, replaying trades, so that any Binance client (gridbot's own among them) can trade it.
 */
@Command(name = "sim", mixinStandardHelpOptions = true,
        description = "Serve the simulated venue: Binance USDⓈ-M futures REST and WebSocket on loopback, "
                + "replaying a trade file (the bundled real trades by default).")
public final class SimCommand implements Callable<Integer> {
    @Option(names = "--port", defaultValue = "" + VenueConfig.SIM_DEFAULT_PORT,
            description = "Port on 127.0.0.1 (default ${DEFAULT-VALUE}; 0 = any free port).")
    int port;

    @Option(names = "--data", description = "Trade CSV to replay (Bitstamp or Binance aggTrades). Default: bundled.")
    Path data;

    @Option(names = "--speed", defaultValue = "60",
            description = "Replay speed: 1 = real time, 60 = a minute per second (default ${DEFAULT-VALUE}).")
    double speed;

    @Option(names = "--symbol", defaultValue = "BTCUSDT", description = "Symbol the data feeds (default ${DEFAULT-VALUE}).")
    String symbol;

    @Option(names = "--config", description = "Take the listed instruments (tick, step, fees) from this gridbot "
            + "config, and open an account (API key gridbot-sim-<name>) for each of its accounts without credentials.")
    Path config;

    @Option(names = "--api-key", defaultValue = SimDefaults.API_KEY, description = "API key the venue accepts.")
    String apiKey;

    @Option(names = "--api-secret", defaultValue = SimDefaults.API_SECRET,
            description = "API secret of that key (a simulated venue's: not a real secret).")
    String apiSecret;

    @Option(names = "--balance", defaultValue = "10000", description = "Initial USDT balance (default ${DEFAULT-VALUE}).")
    String balance;

    @Option(names = "--hedge", description = "Open the account in hedge mode (long and short legs).")
    boolean hedge;

    @Override
    public Integer call() throws Exception {
        SimServerConfig.Builder b = SimServerConfig.builder().port(port)
                .account(hedge ? SimAccountConfig.hedge(apiKey, apiSecret, balance)
                        : SimAccountConfig.oneWay(apiKey, apiSecret, balance))
                .data(data == null ? SimDataSource.bundled(symbol, speed) : SimDataSource.file(symbol, data, speed));
        List<SimAccountConfig> named = List.of();
        if (config != null) {
            GridbotConfig c = ConfigLoader.load(config);
            for (InstrumentConfig i : c.instruments().values()) {
                b.instrument(SimDefaults.instrument(i));
            }
            named = SimDefaults.accountsWithoutCredentials(c, new BigDecimal(balance));
            named.forEach(b::account);
        } else {
            b.instrument(SimInstrumentConfig.btcusdt());
        }
        CountDownLatch stopped = new CountDownLatch(1);
        try (SimServer server = SimServer.start(b.build())) {
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "gridbot-sim-stop"));
            System.out.printf("gridbot sim: Binance USDⓈ-M futures on %s and %s%n", server.httpBaseUrl(),
                    server.wsBaseUrl());
            System.out.printf("  account: API key %s (%s mode, %s USDT); replaying %s at %sx%n", apiKey,
                    hedge ? "hedge" : "one-way", balance, data == null ? BundledTrades.NAME : data, speed);
            for (SimAccountConfig a : named) {
                System.out.printf("  account: API key %s (%s mode, %s USDT), for %s%n", a.apiKey(),
                        a.hedgeMode() ? "hedge" : "one-way", balance, config);
            }
            System.out.println("  Ctrl-C stops it.");
            stopped.await();
        }
        return 0;
    }
}
