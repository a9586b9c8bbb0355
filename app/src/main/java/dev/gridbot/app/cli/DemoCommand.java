package dev.gridbot.app.cli;

import dev.gridbot.app.live.ApiCredentials;
import dev.gridbot.app.live.LiveRun;
import dev.gridbot.config.ConfigLoader;
import dev.gridbot.config.GridbotConfig;
import dev.gridbot.config.InstrumentConfig;
import dev.gridbot.config.VenueConfig;
import dev.gridbot.gateway.data.BundledTrades;
import dev.gridbot.gateway.sim.server.SimAccountConfig;
import dev.gridbot.gateway.sim.server.SimDataSource;
import dev.gridbot.gateway.sim.server.SimServer;
import dev.gridbot.gateway.sim.server.SimServerConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code gridbot demo}, the embedded default: starts the simulated venue on a free loopback port
 * replaying the bundled real trades fast, runs the embedded demo.yaml through the real Binance
 * gateway against it over real sockets, shows the status line, stops by itself when the data run
 * out (within about a minute), and prints the summary and where the files are.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the embedded demo.yaml live, over loopback sockets, against the simulated venue replaying "
                + "the bundled real trades; stops by itself within about a minute.")
public final class DemoCommand implements Callable<Integer> {
    static final String DEMO_RESOURCE = "/examples/demo.yaml";
    /** The bundled week, 576,125 seconds of trades, replayed in about 45 seconds. */
    static final double SPEED = 12_800;

    @Option(names = "--out", description = "Output directory (default: out/demo-<time>).")
    Path out;

    @Option(names = "--speed", defaultValue = "" + SPEED, description = "Replay speed (default ${DEFAULT-VALUE}).")
    double speed;

    @Override
    public Integer call() throws Exception {
        String text = demoConfig();
        GridbotConfig config = ConfigLoader.parse(text, "demo.yaml (embedded)");
        String symbol = config.strategies().get(0).symbol();
        // A fresh key pair for this run's private venue: nothing fixed, nothing printed.
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String apiKey = "demo-" + HexFormat.of().formatHex(random, 0, 8);
        String secret = HexFormat.of().formatHex(random, 8, 24);
        SimServerConfig.Builder venue = SimServerConfig.builder().port(0).startPaused()
                .account(SimAccountConfig.oneWay(apiKey, secret, "10000"))
                .data(SimDataSource.bundled(symbol, speed));
        for (InstrumentConfig i : config.instruments().values()) {
            venue.instrument(SimDefaults.instrument(i));
        }
        Path outDir = out != null ? out : Outputs.timestamped("demo");
        int code;
        try (SimServer sim = SimServer.start(venue.build())) {
            System.out.printf("gridbot demo: simulated Binance USDⓈ-M venue on %s replaying %s at %,.0fx%n",
                    sim.httpBaseUrl(), BundledTrades.NAME, speed);
            GridbotConfig live = config.withVenue(new VenueConfig(VenueConfig.SIM, sim.httpBaseUrl(), sim.wsBaseUrl()));
            LiveRun.Options options = LiveRun.Options.untilStopped().withStatusEvery(Duration.ofSeconds(3))
                    .endingAfter(Duration.ofSeconds(90), sim::replayFinished)
                    .whenReady(sim.faults()::resumeMarketData);
            code = RunCommand.runUntilStopped(text, live, Map.of(LiveRun.DEFAULT_ACCOUNT,
                    new ApiCredentials(apiKey, secret.getBytes(StandardCharsets.US_ASCII))), outDir, options, System.out);
        }
        if (code == 0) {
            ReportCommand.afterRun(outDir, System.out);
        }
        return code;
    }

    static String demoConfig() throws IOException {
        try (InputStream in = DemoCommand.class.getResourceAsStream(DEMO_RESOURCE)) {
            if (in == null) {
                throw new IOException("the embedded demo configuration " + DEMO_RESOURCE + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
