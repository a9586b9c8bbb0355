package dev.gridbot.bench;

import dev.gridbot.engine.pipeline.WaitStrategyKind;
import org.HdrHistogram.Histogram;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The in-process tick-to-order latency harness: trades at a fixed rate with planned send times
 * through the real rings (inbound ring → business logic → outbound ring → a recording sender), one
 * run per wait strategy, one after the other in this process, then p50 … p99.99 and max in µs with
 * the machine, JDK, JVM flags, wait strategy and rate, and the ratios of each run to the first
 * (on a small shared machine, only ratios within one process mean something). See {@link LatencyRun}.
 *
 * <p>Run it with {@code bench/run-latency.sh [options]}; {@code --help} lists the options.
 * Single-threaded apart from the pipeline it starts.
 */
public final class LatencyHarness {
    private static final double[] PERCENTILES = {50, 90, 99, 99.9, 99.99};
    private static final String USAGE = String.join("\n",
            "usage: bench/run-latency.sh [--rate TRADES_PER_S] [--warmup S] [--seconds S] [--wait LIST]"
                    + " [--books N] [--yield-us US] [--config FILE]",
            "  --rate     trades per second, sent at fixed planned times      (default 10000)",
            "  --warmup   seconds of warm-up per wait strategy, not recorded   (default 5)",
            "  --seconds  measured seconds per wait strategy                   (default 10)",
            "  --wait     comma-separated wait strategies, run one after the other in this JVM:",
            "             blocking, sleeping, yielding, busy_spin               (default blocking,yielding)",
            "  --books    copies of the grid, each on its own instrument; trades go round-robin and at most"
                    + " this many are in flight (default 16)",
            "  --yield-us the trade sender yields in a loop (rather than parks) this long before each"
                    + " planned time (default 100)",
            "  --config   gridbot configuration whose first grid is traded      (default "
                    + GridScenario.DEMO_CONFIG + ")",
            "busy_spin needs a core per ring thread (2) plus one for the sender of trades: not on a 2-core machine.");

    private LatencyHarness() {
    }

    /** Parses the options, runs each wait strategy and prints the report to standard output. */
    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        if (options.help) {
            System.out.println(USAGE);
            return;
        }
        PrintStream out = System.out;
        GridScenario scenario = options.config == null ? GridScenario.demo(options.books)
                : GridScenario.load(options.config, options.books);
        LatencyRun run = new LatencyRun(scenario, options.rate, options.warmupSeconds, options.seconds,
                TimeUnit.MICROSECONDS.toNanos(options.yieldMicros));
        printHeader(out, scenario, run, options);
        List<LatencyResult> results = new ArrayList<>();
        for (WaitStrategyKind wait : options.waits) {
            out.printf(Locale.ROOT, "running %s: %.1f s warm-up + %.1f s measured ...%n", name(wait),
                    options.warmupSeconds, options.seconds);
            results.add(run.run(wait));
        }
        out.println();
        printTable(out, results);
        if (results.size() > 1) {
            printRatios(out, results);
        }
    }

    private static void printHeader(PrintStream out, GridScenario scenario, LatencyRun run, Options options) {
        List<String> missing = BenchEnvironment.missingProjectFlags();
        out.println("gridbot tick-to-order latency, in process, through the real rings");
        out.println("machine : " + BenchEnvironment.machine());
        out.println("jdk     : " + BenchEnvironment.jdk());
        out.println("flags   : " + BenchEnvironment.runningJvmFlagsLine());
        out.println("          " + (missing.isEmpty() ? "all flags of jvm.properties present"
                : "NOT run with the flags of jvm.properties, missing: " + String.join(" ", missing)));
        out.println("config  : " + scenario.configFile() + ", grid " + scenario.strategyName() + " x "
                + scenario.books() + " books (one instrument each, trades round-robin); each book's trades alternate "
                + scenario.price(scenario.atPivotTicks()) + " (cancel) / " + scenario.price(scenario.abovePivotTicks())
                + " (place); the sender stub acks each cancel");
        out.printf(Locale.ROOT, "load    : %d trades/s at planned times, %d warm-up + %d measured trades per wait"
                + " strategy; trade i goes out at its planned time or, if later, once the order of trade i-books"
                + " reached the sender%n",
                run.tradesPerSecond(), run.warmupTicks(), run.measuredTicks());
        out.printf(Locale.ROOT, "          latency = order seen by the sender - planned send time of its trade;"
                + " the trade sender parks, then yields the last %d µs before each planned time%n",
                TimeUnit.NANOSECONDS.toMicros(run.yieldWindowNanos()));
        out.println("waits   : " + String.join(", ", options.waits.stream().map(LatencyHarness::name).toList()));
        if (options.waits.contains(WaitStrategyKind.BUSY_SPIN) && Runtime.getRuntime().availableProcessors() < 4) {
            out.println("WARNING : busy_spin with fewer than 4 cores: two spinning ring threads and the trade sender"
                    + " fight for the cores; expect huge tails");
        }
    }

    private static void printTable(PrintStream out, List<LatencyResult> results) {
        out.println("tick-to-order latency, µs");
        out.printf(Locale.ROOT, "%-10s %9s %9s %9s %9s %9s %9s %9s %9s %9s%n", "wait", "trades", "orders",
                "p50", "p90", "p99", "p99.9", "p99.99", "max", "mean");
        for (LatencyResult r : results) {
            Histogram h = r.tickToOrder();
            out.printf(Locale.ROOT, "%-10s %9d %9d", name(r.waitStrategy()), r.measuredTicks(), r.orders());
            for (double p : PERCENTILES) {
                out.printf(Locale.ROOT, " %9.1f", micros(h.getValueAtPercentile(p)));
            }
            out.printf(Locale.ROOT, " %9.1f %9.1f%n", micros(h.getMaxValue()), h.getMean() / 1_000.0);
        }
        out.println("send lag of the trades themselves (actual - planned publication), µs");
        out.printf(Locale.ROOT, "%-10s %9s %9s %9s %9s %9s%n", "wait", "p50", "p99", "p99.9", "max", "mean");
        for (LatencyResult r : results) {
            Histogram h = r.sendLag();
            out.printf(Locale.ROOT, "%-10s %9.1f %9.1f %9.1f %9.1f %9.1f%n", name(r.waitStrategy()),
                    micros(h.getValueAtPercentile(50)), micros(h.getValueAtPercentile(99)),
                    micros(h.getValueAtPercentile(99.9)), micros(h.getMaxValue()), h.getMean() / 1_000.0);
        }
    }

    private static void printRatios(PrintStream out, List<LatencyResult> results) {
        LatencyResult base = results.get(0);
        out.println("ratios to " + name(base.waitStrategy()) + " (same process, one run after the other)");
        out.printf(Locale.ROOT, "%-10s %9s %9s %9s %9s %9s %9s%n", "wait", "p50", "p90", "p99", "p99.9", "p99.99",
                "max");
        for (LatencyResult r : results.subList(1, results.size())) {
            out.printf(Locale.ROOT, "%-10s", name(r.waitStrategy()));
            for (double p : PERCENTILES) {
                out.printf(Locale.ROOT, " %8.2fx", ratio(r.tickToOrder().getValueAtPercentile(p),
                        base.tickToOrder().getValueAtPercentile(p)));
            }
            out.printf(Locale.ROOT, " %8.2fx%n",
                    ratio(r.tickToOrder().getMaxValue(), base.tickToOrder().getMaxValue()));
        }
    }

    private static double ratio(long value, long base) {
        return base == 0 ? Double.NaN : (double) value / base;
    }

    private static double micros(long nanos) {
        return nanos / 1_000.0;
    }

    private static String name(WaitStrategyKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    /** The command line, parsed. */
    static final class Options {
        int rate = 10_000;
        double warmupSeconds = 5;
        double seconds = 10;
        long yieldMicros = 100;
        int books = 16;
        List<WaitStrategyKind> waits = List.of(WaitStrategyKind.BLOCKING, WaitStrategyKind.YIELDING);
        Path config;
        boolean help;

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (arg.equals("--help") || arg.equals("-h")) {
                    o.help = true;
                    continue;
                }
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("unknown option or missing value: " + arg);
                }
                String value = args[++i];
                switch (arg) {
                    case "--rate" -> o.rate = parseInt(arg, value);
                    case "--warmup" -> o.warmupSeconds = parseSeconds(arg, value);
                    case "--seconds" -> o.seconds = parseSeconds(arg, value);
                    case "--wait" -> o.waits = parseWaits(value);
                    case "--yield-us" -> o.yieldMicros = parseInt(arg, value);
                    case "--books" -> o.books = parseInt(arg, value);
                    case "--config" -> o.config = Path.of(value);
                    default -> throw new IllegalArgumentException("unknown option: " + arg);
                }
            }
            return o;
        }

        private static int parseInt(String option, String value) {
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + " needs a whole number, not '" + value + "'", e);
            }
        }

        private static double parseSeconds(String option, String value) {
            try {
                return Double.parseDouble(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + " needs a number of seconds, not '" + value + "'", e);
            }
        }

        private static List<WaitStrategyKind> parseWaits(String value) {
            List<WaitStrategyKind> waits = new ArrayList<>();
            for (String name : value.split(",")) {
                try {
                    waits.add(WaitStrategyKind.valueOf(name.trim().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("--wait: unknown wait strategy '" + name.trim()
                            + "' (blocking, sleeping, yielding, busy_spin)", e);
                }
            }
            return List.copyOf(waits);
        }
    }
}
