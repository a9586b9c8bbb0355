package dev.gridbot.app.cli;

import dev.gridbot.app.UserInputException;
import dev.gridbot.app.live.ApiCredentials;
import dev.gridbot.app.live.LiveRun;
import dev.gridbot.app.live.Secrets;
import dev.gridbot.app.report.ConsoleReport;
import dev.gridbot.config.AccountConfig;
import dev.gridbot.config.ConfigLoader;
import dev.gridbot.config.GridbotConfig;
import dev.gridbot.config.VenueConfig;
import dev.gridbot.gateway.binance.live.VenueException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code gridbot run --config FILE}: trade live until stopped (SIGINT/SIGTERM). */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run the configured strategies live (Binance, its testnet, or a simulated venue) until stopped; "
                + "Ctrl-C or SIGTERM cancels working orders, journals and exits 0.")
public final class RunCommand implements Callable<Integer> {
    @Option(names = "--config", required = true, description = "Configuration file (YAML).")
    Path config;

    @Option(names = "--out", description = "Output directory (default: out/run-<time>).")
    Path out;

    @Option(names = "--status-every", defaultValue = "5", description = "Seconds between status lines (default ${DEFAULT-VALUE}).")
    long statusEvery;

    @Option(names = "--max-seconds", description = "Stop by itself after this many seconds.")
    Long maxSeconds;

    @Option(names = "--log-entries", defaultValue = "200",
            description = "Trade-log entries (of each direction) the process keeps for status (default ${DEFAULT-VALUE}).")
    int logEntries;

    @Override
    public Integer call() throws Exception {
        String text = ConfigLoader.readText(config);
        GridbotConfig c = ConfigLoader.parse(text, config.toString());
        Map<String, ApiCredentials> credentials = credentials(c, System.getenv());
        if (logEntries < 1 || logEntries > 100_000) {
            throw new UserInputException("--log-entries must be 1..100000, not " + logEntries);
        }
        LiveRun.Options options = LiveRun.Options.untilStopped().withStatusEvery(Duration.ofSeconds(statusEvery))
                .withRecentLog(logEntries);
        if (maxSeconds != null) {
            options = options.endingAfter(Duration.ofSeconds(maxSeconds), () -> false);
        }
        return runUntilStopped(text, c, credentials, out != null ? out : Outputs.timestamped("run"), options,
                System.out);
    }

    /**
     * Runs live with SIGINT/SIGTERM wired to a clean stop (cancel working orders, journal, exit 0);
     * the shutdown hook covers other ways the JVM is asked to end. Prints the summary.
     */
    static int runUntilStopped(String text, GridbotConfig config, Map<String, ApiCredentials> credentials, Path outDir,
                               LiveRun.Options options, PrintStream out) throws Exception {
        LiveRun run = new LiveRun();
        java.util.concurrent.CountDownLatch finished = new java.util.concurrent.CountDownLatch(1);
        Thread hook = new Thread(() -> {
            run.requestStop();
            try {
                finished.await(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "gridbot-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        StopSignals.install(run::requestStop);
        try {
            LiveRun.Result r = run.run(text, config, credentials, outDir, options, out);
            ConsoleReport.print(r.summary(), out);
            out.printf("  wrote %s%n        %s%n        %s%n", outDir.resolve("summary.json"),
                    outDir.resolve("trades.csv"), r.journalDir());
            out.printf("  replay: %,d outbound events reproduced from the journal%n", r.replay().replayedOutbound());
            out.printf("  verify: ./gridbot replay --journal %s --verify%n", r.journalDir());
            return 0;
        } catch (VenueException e) {
            throw new UserInputException("the venue: " + e.getMessage(), e);
        } finally {
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // Already shutting down: the hook is running and has just been released.
            }
        }
    }

    /**
     * Credentials per account. On a simulated venue, a file without accounts uses the venue's public
     * test account ({@code gridbot-sim}), and an account that names no credentials uses
     * {@code gridbot-sim-<account>} with the same public secret ({@code gridbot sim --config FILE}
     * opens those accounts).
     */
    static Map<String, ApiCredentials> credentials(GridbotConfig config, Map<String, String> environment) {
        Map<String, ApiCredentials> map = new LinkedHashMap<>();
        if (config.accounts().isEmpty()) {
            if (!config.venue().kind().equals(VenueConfig.SIM)) {
                throw new UserInputException(config.sourceName() + ": venue " + config.venue().kind()
                        + " needs accounts");
            }
            map.put(LiveRun.DEFAULT_ACCOUNT, new ApiCredentials(SimDefaults.API_KEY,
                    SimDefaults.API_SECRET.getBytes(StandardCharsets.US_ASCII)));
            return map;
        }
        boolean sim = config.venue().kind().equals(VenueConfig.SIM);
        for (AccountConfig a : config.accounts().values()) {
            map.put(a.name(), !a.hasCredentials() && sim ? SimDefaults.credentials(a.name())
                    : Secrets.resolve(a, environment));
        }
        return map;
    }
}
