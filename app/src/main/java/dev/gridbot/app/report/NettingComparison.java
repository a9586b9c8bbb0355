package dev.gridbot.app.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The same configuration run netted (as written) and un-netted (each strategy in an account of its
 * own), side by side: what reached the venue, the fees, and each strategy's PnL. Written as
 * compare.json and printed; built from the two runs' summaries after both have finished.
 */
public record NettingComparison(RunSummary netted, RunSummary unnetted) {
    public static final String FILE = "compare.json";

    /** One run's account figures added up (a backtest trades one symbol, so the sums share units). */
    public record Totals(long venueOrders, BigDecimal venueVolume, BigDecimal venueNotional, BigDecimal feesPaid,
                         BigDecimal feesSavedLowerBound, long internalCrosses, BigDecimal internalCrossVolume,
                         BigDecimal internalCrossNotional) {
        static Totals of(RunSummary s) {
            long orders = 0;
            long crosses = 0;
            BigDecimal volume = BigDecimal.ZERO;
            BigDecimal notional = BigDecimal.ZERO;
            BigDecimal fees = BigDecimal.ZERO;
            BigDecimal saved = BigDecimal.ZERO;
            BigDecimal crossVolume = BigDecimal.ZERO;
            BigDecimal crossNotional = BigDecimal.ZERO;
            for (RunSummary.Account a : s.accounts()) {
                orders += a.venueOrders();
                crosses += a.internalCrosses();
                volume = volume.add(a.venueVolume());
                notional = notional.add(a.venueNotional());
                fees = fees.add(a.feesPaid());
                saved = saved.add(a.feesSaved());
                crossVolume = crossVolume.add(a.internalCrossVolume());
                crossNotional = crossNotional.add(a.internalCrossNotional());
            }
            return new Totals(orders, volume, notional, fees, saved, crosses, crossVolume, crossNotional);
        }
    }

    public Totals nettedTotals() {
        return Totals.of(netted);
    }

    public Totals unnettedTotals() {
        return Totals.of(unnetted);
    }

    /** What netting saved in fees, measured: the un-netted run's fees paid minus the netted run's. */
    public BigDecimal feesSaved() {
        return unnettedTotals().feesPaid().subtract(nettedTotals().feesPaid());
    }

    /** Writes compare.json; {@code nettedDir} and {@code unnettedDir} are named in it as given. */
    public void write(Path file, Path nettedDir, Path unnettedDir) throws IOException {
        try (OutputStream out = Files.newOutputStream(file);
             JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("config", netted.configName());
            g.writeStringField("data", netted.dataName());
            number(g, "feesSaved", feesSaved());
            g.writeObjectFieldStart("netted");
            totals(g, nettedTotals(), netted, nettedDir);
            g.writeEndObject();
            g.writeObjectFieldStart("unnetted");
            totals(g, unnettedTotals(), unnetted, unnettedDir);
            g.writeEndObject();
            g.writeObjectFieldStart("strategies");
            for (int i = 0; i < netted.strategies().size(); i++) {
                RunSummary.Figures n = netted.strategies().get(i);
                RunSummary.Figures u = unnetted.strategies().get(i);
                g.writeObjectFieldStart(n.name());
                pnl(g, "netted", n);
                pnl(g, "unnetted", u);
                number(g, "netPnlDifference", n.netPnl().subtract(u.netPnl()));
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static void totals(JsonGenerator g, Totals t, RunSummary s, Path dir) throws IOException {
        g.writeStringField("output", dir.toString());
        g.writeNumberField("venueOrders", t.venueOrders());
        number(g, "venueVolume", t.venueVolume());
        number(g, "venueNotional", t.venueNotional());
        number(g, "feesPaid", t.feesPaid());
        number(g, "feesSavedLowerBound", t.feesSavedLowerBound());
        g.writeNumberField("internalCrosses", t.internalCrosses());
        number(g, "internalCrossVolume", t.internalCrossVolume());
        number(g, "internalCrossNotional", t.internalCrossNotional());
        number(g, "netPnl", s.run().netPnl());
    }

    private static void pnl(JsonGenerator g, String name, RunSummary.Figures f) throws IOException {
        g.writeObjectFieldStart(name);
        number(g, "netPnl", f.netPnl());
        number(g, "realizedPnl", f.realizedPnl());
        number(g, "unrealizedPnl", f.unrealizedPnl());
        number(g, "fees", f.fees());
        g.writeNumberField("fills", f.fills());
        g.writeEndObject();
    }

    private static void number(JsonGenerator g, String name, BigDecimal value) throws IOException {
        g.writeFieldName(name);
        g.writeNumber(ReportFiles.plain(value));
    }

    /** The side-by-side table: per strategy, then per run. */
    public void print(PrintStream out) {
        out.println("netted (as written) vs un-netted (each strategy in an account of its own):");
        out.printf("  %-16s %12s %12s %12s   %12s %12s   %10s %10s%n", "strategy", "net netted", "un-netted",
                "difference", "realized n", "realized u", "fees n", "fees u");
        for (int i = 0; i < netted.strategies().size(); i++) {
            strategy(out, netted.strategies().get(i), unnetted.strategies().get(i));
        }
        if (netted.strategies().size() > 1) {
            strategy(out, netted.run(), unnetted.run());
        }
        Totals n = nettedTotals();
        Totals u = unnettedTotals();
        out.printf("  %-24s %14s %14s %14s%n", "", "netted", "un-netted", "difference");
        out.printf("  %-24s %,14d %,14d %,14d%n", "venue orders sent", n.venueOrders(), u.venueOrders(),
                n.venueOrders() - u.venueOrders());
        run(out, "venue volume", n.venueVolume(), u.venueVolume(), false);
        run(out, "venue notional", n.venueNotional(), u.venueNotional(), true);
        run(out, "fees paid", n.feesPaid(), u.feesPaid(), true);
        run(out, "internal cross volume", n.internalCrossVolume(), u.internalCrossVolume(), false);
        out.printf("  %-24s %,14d %,14d%n", "internal crosses", n.internalCrosses(), u.internalCrosses());
        out.printf("  fees saved by netting: %s (un-netted fees paid - netted fees paid); the engine's lower bound"
                + " (both sides of each cross at the maker rate): %s%n", money(feesSaved()),
                money(n.feesSavedLowerBound()));
        out.println("  A strategy's PnL is the same in both runs up to its fees and to the fills netting changed:");
        out.println("  a cross fills at the mid or at the resting order's price without a fee, where alone the strategy"
                + " trades at the venue's price and time;");
        out.println("  and a book works its strategies' net together, chasing with the most eager settings of the"
                + " strategies each of its orders serves.");
    }

    private static void strategy(PrintStream out, RunSummary.Figures n, RunSummary.Figures u) {
        out.printf("  %-16s %12s %12s %12s   %12s %12s   %10s %10s%n", n.name(), money(n.netPnl()), money(u.netPnl()),
                money(n.netPnl().subtract(u.netPnl())), money(n.realizedPnl()), money(u.realizedPnl()),
                money(n.fees()), money(u.fees()));
    }

    private static void run(PrintStream out, String what, BigDecimal n, BigDecimal u, boolean isMoney) {
        out.printf("  %-24s %14s %14s %14s%n", what, figure(n, isMoney), figure(u, isMoney),
                figure(n.subtract(u), isMoney));
    }

    private static String figure(BigDecimal v, boolean isMoney) {
        return isMoney ? money(v) : ReportFiles.plain(v);
    }

    private static String money(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }
}
