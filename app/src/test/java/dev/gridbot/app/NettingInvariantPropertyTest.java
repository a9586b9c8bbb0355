package dev.gridbot.app;

import dev.gridbot.app.backtest.BacktestResult;
import dev.gridbot.app.backtest.BacktestRunner;
import dev.gridbot.config.ConfigLoader;
import dev.gridbot.engine.RunDefinition;
import dev.gridbot.engine.model.Instrument;
import dev.gridbot.engine.netting.NettingBook;
import dev.gridbot.engine.pipeline.WaitStrategyKind;
import dev.gridbot.engine.strategy.EngineLogic;
import dev.gridbot.gateway.data.BundledTrades;
import dev.gridbot.gateway.data.TradeFileReader;
import dev.gridbot.journal.ReplayResult;
import dev.gridbot.journal.Replayer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The netting book's invariants, on random strategy mixes over slices of the bundled trades: for
 * each seed, one account and one symbol with one or two grids and one to three target-position
 * strategies (fixed targets of opposite signs among them, so that wishes cross), one-way or hedge
 * mode. After the backtest (quiescent: it settles after every trade) the venue's position, per leg,
 * must equal the sum of the virtual ones; price PnL and fees must add up exactly; every lot a
 * strategy booked must come from a venue fill or an internal cross; and the journal must replay to
 * identical outbound events.
 *
 * <p>Every message names the seed; a seed's configuration is kept in
 * {@code app/target/netting-invariants/netting-seed-N.yaml} (and journaled, so the journal names
 * it too). To run some seeds again, or seeds 1..N:
 * {@code mvn -q -o -pl app -am test -Dtest=NettingInvariantPropertyTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dnetting.seeds=7,12} (or {@code -Dnetting.seedCount=200}).
 */
class NettingInvariantPropertyTest {
    /** Ten seeds, and two that once halted the engine (a hedge leg closed beyond what its strategy held). */
    static final long[] DEFAULT_SEEDS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 26, 84};
    static final int MIN_SLICE = 15_000;
    static final int MAX_SLICE = 22_000;
    static final Path KEPT = Path.of("target", "netting-invariants");
    static final String[] GRID_MODES = {"neutral", "long", "short"};

    /** The bundled trade file's lines, header first. */
    private static List<String> lines;

    @TempDir
    Path tmp;

    static LongStream seeds() {
        String listed = System.getProperty("netting.seeds", "");
        if (!listed.isBlank()) {
            return java.util.Arrays.stream(listed.split(",")).mapToLong(s -> Long.parseLong(s.trim()));
        }
        String count = System.getProperty("netting.seedCount", "");
        if (!count.isBlank()) {
            return LongStream.rangeClosed(1, Long.parseLong(count.trim()));
        }
        return LongStream.of(DEFAULT_SEEDS);
    }

    @BeforeAll
    static void readBundledTrades() throws Exception {
        try (InputStream in = BundledTrades.class.getResourceAsStream(BundledTrades.RESOURCE)) {
            assertTrue(in != null, "the bundled trades are on the classpath");
            lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII)).lines().toList();
        }
        Files.createDirectories(KEPT);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void shouldKeepVenueAndVirtualBooksEqualForARandomStrategyMix(long seed) throws Exception {
        Mix mix = Mix.random(seed, lines);
        Path config = KEPT.resolve(mix.fileName());
        Files.writeString(config, mix.yaml());
        String where = "seed " + seed + " (" + config.toAbsolutePath() + ")";
        RunDefinition definition = new RunDefinition(ConfigLoader.parse(mix.yaml(), mix.fileName()));
        Instrument instrument = BacktestRunner.dataInstrument(definition);
        Path journalDir = tmp.resolve("journal");
        BacktestResult result;
        try (TradeFileReader trades = TradeFileReader.open(new ByteArrayInputStream(mix.tradesCsv(lines)
                .getBytes(StandardCharsets.US_ASCII)), mix.dataName(), instrument)) {
            result = new BacktestRunner(definition, WaitStrategyKind.BLOCKING).run(trades, mix.yaml(), mix.fileName(),
                    mix.dataName(), journalDir, n -> { });
        } catch (IllegalStateException e) {
            throw new AssertionError(where + ": " + e.getMessage(), e);
        }
        ReplayResult replay = new Replayer(WaitStrategyKind.BLOCKING).replay(journalDir, null, n -> { });

        EngineLogic logic = result.logic();
        assertEquals(1, logic.bookCount(), where);
        NettingBook book = logic.book(0);
        List<String> broken = new ArrayList<>(NettingInvariants.broken(logic, 0, result.fills(), journalDir,
                instrument, mix.lastPriceTicks(lines, instrument),
                NettingInvariants.VenuePosition.net(result.venuePositionLots()[0])));
        // The book counts an event about one of its orders after it was done as unmatched. In a backtest
        // that is a cancel the venue refused because the order had just been filled or refused (the
        // book re-priced it on the trade whose fills the venue had already reported); nothing else.
        NettingInvariants.LateEvents late = NettingInvariants.lateEvents(journalDir, book.bookId());
        if (book.unmatchedEvents() != late.events() || late.newLots() != 0) {
            broken.add("book.unmatchedEvents() = " + book.unmatchedEvents() + " vs " + late);
        }
        if (result.trades() != mix.count() || result.journalFailedWrites() != 0 || result.journalDropped() != 0) {
            broken.add("ran " + result.trades() + " of " + mix.count() + " trades; journal: "
                    + result.journalFailedWrites() + " failed writes, " + result.journalDropped() + " dropped");
        }
        if (!replay.verified() || replay.engineFailure() != null) {
            broken.add("the journal does not replay identically: " + replay.matched() + " of "
                    + replay.expectedOutbound() + " outbound events matched; first mismatch " + replay.firstMismatch()
                    + "; engine failure " + replay.engineFailure());
        } else if (replay.logic().stateHash() != logic.stateHash()) {
            broken.add("the replay's state hash differs");
        }
        System.out.printf("netting seed %3d %-7s %d grid(s) + %d target(s), %,6d trades: %,5d venue orders, "
                        + "%,7d lots filled (%,6d of the book's own orders), %,5d fill reports, %,4d internal crosses "
                        + "(%,5d lots), %d stop(s), %,d risk denials, final position %d lots%n", seed,
                mix.hedge() ? "hedge" : "one-way", mix.grids(), logic.strategyCount() - mix.grids(), mix.count(),
                book.venueOrders(), book.venueFilledLots(),
                NettingInvariants.bookOrderFilledLots(journalDir, book.bookId()), result.fills().fills().size(),
                book.internalCrosses(), book.internalCrossLots(), result.fills().stops().size(),
                book.riskDenials(0) + book.riskDenials(1) + book.riskDenials(2), book.venuePositionLots());
        assertTrue(broken.isEmpty(), where + ": " + broken.size() + " invariant(s) broken:\n  "
                + String.join("\n  ", broken));
    }

    // ------------------------------------------------------------------ a random strategy mix

    /** One seed's account, strategies and slice of the bundled trades. */
    record Mix(long seed, boolean hedge, int start, int count, int grids, String yaml) {
        static Mix random(long seed, List<String> lines) {
            Random rnd = new Random(seed);
            boolean hedge = (seed & 1) == 0;
            int count = MIN_SLICE + rnd.nextInt(MAX_SLICE - MIN_SLICE + 1);
            int start = 1 + rnd.nextInt(lines.size() - 1 - count);
            double low = Double.MAX_VALUE;
            double high = 0;
            for (int i = start; i < start + count; i++) {
                double p = Double.parseDouble(lines.get(i).split(",")[1]);
                low = Math.min(low, p);
                high = Math.max(high, p);
            }
            long firstSec = Long.parseLong(lines.get(start).split(",")[0]);
            long lastSec = Long.parseLong(lines.get(start + count - 1).split(",")[0]);
            long span = Math.max(1, lastSec - firstSec);

            StringBuilder y = new StringBuilder();
            y.append("# netting invariant property test, seed ").append(seed).append(": trades ").append(start)
                    .append("..").append(start + count - 1).append(" of the bundled Bitstamp data (")
                    .append(String.format("%.2f", low)).append(" to ").append(String.format("%.2f", high))
                    .append(")\n");
            y.append("venue: { kind: sim }\n");
            y.append("instruments:\n");
            y.append("  BTCUSDT: { tickSize: 0.01, stepSize: 0.001, minQty: 0.001, makerFee: 0.0002, "
                    + "takerFee: 0.0005 }\n");
            y.append("accounts:\n");
            y.append("  desk:\n");
            y.append("    positionMode: ").append(hedge ? "HEDGE" : "ONE_WAY").append('\n');
            if (rnd.nextInt(3) == 0) {
                y.append("    maxPosition: ").append(lots(rnd, 50, 1000)).append('\n');
            }
            y.append("    maxOpenOrders: 200\n");
            y.append("strategies:\n");
            int grids = 1 + rnd.nextInt(2);
            for (int g = 0; g < grids; g++) {
                grid(y, rnd, "grid" + (g + 1), low, high);
            }
            int targets = 1 + rnd.nextInt(3);
            int firstSign = rnd.nextBoolean() ? 1 : -1;
            for (int t = 0; t < targets; t++) {
                String name = "target" + (t + 1);
                int kind = t == 0 ? 0 : rnd.nextInt(3);
                switch (kind) {
                    case 0 -> fixed(y, rnd, name, t == 0 ? firstSign : -firstSign, span);
                    case 1 -> meanReversion(y, rnd, name);
                    default -> breakout(y, rnd, name);
                }
            }
            return new Mix(seed, hedge, start, count, grids, y.toString());
        }

        private static void grid(StringBuilder y, Random rnd, String name, double low, double high) {
            double width = high - low;
            double lower = Math.floor(low - width * rnd.nextDouble() * 0.3);
            double upper = Math.ceil(high + width * rnd.nextDouble() * 0.3);
            int levels = 5 + rnd.nextInt(56);
            int qty = 5 + rnd.nextInt(20);
            y.append("  - name: ").append(name).append('\n');
            y.append("    type: grid\n");
            y.append("    account: desk\n");
            y.append("    symbol: BTCUSDT\n");
            y.append("    mode: ").append(GRID_MODES[rnd.nextInt(3)]).append('\n');
            y.append("    lower: ").append((long) lower).append('\n');
            y.append("    upper: ").append((long) upper).append('\n');
            y.append("    levels: ").append(levels).append('\n');
            y.append("    spacing: ").append(rnd.nextBoolean() ? "arithmetic" : "geometric").append('\n');
            y.append("    quantity: ").append(thousandths(qty)).append('\n');
            y.append("    maxPosition: ").append(thousandths(qty * (1 + rnd.nextInt(levels)))).append('\n');
            y.append("    stopLossBufferPct: ").append(1 + rnd.nextInt(10)).append('\n');
            y.append("    timeInForce: ").append(rnd.nextBoolean() ? "GTC" : "GTX").append('\n');
        }

        private static void fixed(StringBuilder y, Random rnd, String name, int sign, long span) {
            int maxLots = 10 + rnd.nextInt(491);
            common(y, rnd, name, "target", maxLots);
            if (rnd.nextInt(4) == 0) {
                y.append("    target: ").append(thousandths(sign * (1 + rnd.nextInt(maxLots)))).append('\n');
                return;
            }
            y.append("    schedule:\n");
            int steps = 2 + rnd.nextInt(5);
            long at = 0;
            int s = sign;
            for (int i = 0; i < steps; i++) {
                y.append("      - { afterSec: ").append(at).append(", target: ")
                        .append(thousandths(s * rnd.nextInt(maxLots + 1))).append(" }\n");
                at += 1 + rnd.nextInt((int) Math.max(1, 2 * span / steps));
                s = rnd.nextInt(3) == 0 ? s : -s;
            }
        }

        private static void meanReversion(StringBuilder y, Random rnd, String name) {
            common(y, rnd, name, "mean-reversion", 10 + rnd.nextInt(491));
            y.append("    sampleSec: ").append(10 + rnd.nextInt(600)).append('\n');
            y.append("    window: ").append(3 + rnd.nextInt(60)).append('\n');
            int entryTenths = 5 + rnd.nextInt(26);
            y.append("    entryZ: ").append(entryTenths / 10.0).append('\n');
            y.append("    exitZ: ").append(rnd.nextInt(entryTenths) / 10.0).append('\n');
        }

        private static void breakout(StringBuilder y, Random rnd, String name) {
            common(y, rnd, name, "breakout", 10 + rnd.nextInt(491));
            y.append("    sampleSec: ").append(10 + rnd.nextInt(900)).append('\n');
            y.append("    window: ").append(2 + rnd.nextInt(40)).append('\n');
        }

        private static void common(StringBuilder y, Random rnd, String name, String type, int maxLots) {
            y.append("  - name: ").append(name).append('\n');
            y.append("    type: ").append(type).append('\n');
            y.append("    account: desk\n");
            y.append("    symbol: BTCUSDT\n");
            y.append("    maxPosition: ").append(thousandths(maxLots)).append('\n');
            y.append("    maxLoss: ").append(rnd.nextInt(3) == 0 ? 1 + rnd.nextInt(30) : 30 + rnd.nextInt(400))
                    .append('\n');
            if (rnd.nextBoolean()) {
                y.append("    threshold: ").append(thousandths(1 + rnd.nextInt(Math.max(1, maxLots / 4))))
                        .append('\n');
            }
            y.append("    chaseAfterMs: ").append(rnd.nextInt(4) == 0 ? 0 : rnd.nextInt(120_000)).append('\n');
            y.append("    chaseTicks: ").append(1 + rnd.nextInt(300)).append('\n');
        }

        private static String lots(Random rnd, int from, int to) {
            return thousandths(from + rnd.nextInt(to - from + 1));
        }

        private static String thousandths(long lots) {
            return java.math.BigDecimal.valueOf(lots, 3).toPlainString();
        }

        String fileName() {
            return "netting-seed-" + seed + ".yaml";
        }

        String dataName() {
            return "bundled trades " + start + ".." + (start + count - 1) + " (seed " + seed + ")";
        }

        String tradesCsv(List<String> lines) {
            StringBuilder csv = new StringBuilder(lines.get(0)).append('\n');
            for (int i = start; i < start + count; i++) {
                csv.append(lines.get(i)).append('\n');
            }
            return csv.toString();
        }

        long lastPriceTicks(List<String> lines, Instrument instrument) {
            return instrument.priceToTicks(new java.math.BigDecimal(lines.get(start + count - 1).split(",")[1]));
        }
    }
}
