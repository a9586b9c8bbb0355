package dev.gridbot.app.cli;

import dev.gridbot.app.live.ApiCredentials;
import dev.gridbot.app.live.LiveRun;
import dev.gridbot.config.AccountConfig;
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
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code gridbot demo}, the embedded default: starts the simulated venue on a free loopback port
 * replaying the bundled real trades fast, runs the embedded demo.yaml (or {@code --config FILE})
 * through the real Binance gateway against it over real sockets, shows the status line, stops by
 * itself when the data run out (within about a minute), and prints the summary and where the files
 * are. The venue opens one account per configured account, in its position mode, each with a fresh
 * key pair: the credentials a file names are never used.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the embedded demo.yaml (or --config FILE) live, over loopback sockets, against the "
                + "simulated venue replaying the bundled real trades; stops by itself within about a minute.")
public final class DemoCommand implements Callable<Integer> {
    static final String DEMO_RESOURCE = "/examples/demo.yaml";
    /** The bundled week, 576,125 seconds of trades, replayed in about 45 seconds. */
    static final double SPEED = 12_800;
    /** Each simulated account's starting USDT balance. */
    static final String BALANCE = "10000";

    @Option(names = "--config", description = "Configuration file (YAML) to run instead of the embedded demo.yaml; "
            + "its venue is replaced by the demo's own.")
    Path config;

    @Option(names = "--out", description = "Output directory (default: out/demo-<time>).")
    Path out;

    @Option(names = "--speed", defaultValue = "" + SPEED, description = "Replay speed (default ${DEFAULT-VALUE}).")
    double speed;

    @Override
    public Integer call() throws Exception {
        String text = config == null ? demoConfig() : ConfigLoader.readText(config);
        GridbotConfig parsed = ConfigLoader.parse(text, config == null ? "demo.yaml (embedded)" : config.toString());
        String symbol = parsed.strategies().get(0).symbol();
        SimServerConfig.Builder venue = SimServerConfig.builder().port(0).startPaused()
                .data(SimDataSource.bundled(symbol, speed));
        Map<String, ApiCredentials> credentials = new LinkedHashMap<>();
        SecureRandom random = new SecureRandom();
        if (parsed.accounts().isEmpty()) {
            open(venue, credentials, LiveRun.DEFAULT_ACCOUNT, false, random);
        }
        for (AccountConfig a : parsed.accounts().values()) {
            open(venue, credentials, a.name(), a.hedgeMode(), random);
        }
        for (InstrumentConfig i : parsed.instruments().values()) {
            venue.instrument(SimDefaults.instrument(i));
        }
        Path outDir = out != null ? out : Outputs.timestamped("demo");
        int code;
        try (SimServer sim = SimServer.start(venue.build())) {
            System.out.printf("gridbot demo: simulated Binance USDⓈ-M venue on %s replaying %s at %,.0fx%n",
                    sim.httpBaseUrl(), BundledTrades.NAME, speed);
            GridbotConfig live = parsed.withVenue(new VenueConfig(VenueConfig.SIM, sim.httpBaseUrl(), sim.wsBaseUrl()));
            LiveRun.Options options = LiveRun.Options.untilStopped().withStatusEvery(Duration.ofSeconds(3))
                    .endingAfter(Duration.ofSeconds(90), sim::replayFinished)
                    .whenReady(sim.faults()::resumeMarketData);
            code = RunCommand.runUntilStopped(text, live, credentials, outDir, options, System.out);
        }
        if (code == 0) {
            ReportCommand.afterRun(outDir, System.out);
        }
        return code;
    }

    /** Opens a venue account for {@code account} with a fresh key pair: nothing fixed, nothing printed. */
    private static void open(SimServerConfig.Builder venue, Map<String, ApiCredentials> credentials, String account,
                             boolean hedgeMode, SecureRandom random) {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String apiKey = "demo-" + HexFormat.of().formatHex(bytes, 0, 8);
        String secret = HexFormat.of().formatHex(bytes, 8, 24);
        venue.account(new SimAccountConfig(apiKey, secret, new BigDecimal(BALANCE), hedgeMode));
        credentials.put(account, new ApiCredentials(apiKey, secret.getBytes(StandardCharsets.US_ASCII)));
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
