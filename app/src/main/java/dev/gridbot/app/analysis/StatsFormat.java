package dev.gridbot.app.analysis;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.gridbot.app.report.ReportFiles;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Prints {@link RunStats}: a table for a person (one row per figure, one column per strategy, book
 * and the run), or JSON for machines; and names every figure once, for both and for the report.
 */
public final class StatsFormat {
    /** One figure: its label, its JSON name, and how to read it from a column. */
    record Figure(String label, String json, Function<RunStats.Figures, Object> value) {
    }

    /** Every figure, in the order the table, the JSON and the report show them. */
    static final List<Figure> FIGURES = List.of(
            new Figure("kind", "kind", RunStats.Figures::kind),
            new Figure("symbol", "symbol", RunStats.Figures::symbol),
            new Figure("market trades", "marketTrades", RunStats.Figures::marketTrades),
            new Figure("fills", "fills", RunStats.Figures::fills),
            new Figure("  entries filled", "entryFills", RunStats.Figures::entryFills),
            new Figure("  exits filled", "exitFills", RunStats.Figures::exitFills),
            new Figure("  stop-loss fills", "stopFills", RunStats.Figures::stopFills),
            new Figure("  crossed inside the book", "internalFills", RunStats.Figures::internalFills),
            new Figure("orders placed", "ordersPlaced", RunStats.Figures::ordersPlaced),
            new Figure("orders filled", "ordersFilled", RunStats.Figures::ordersFilled),
            new Figure("fill rate %", "fillRatePct", RunStats.Figures::fillRatePct),
            new Figure("avg time to fill (s)", "avgTimeToFillSec", RunStats.Figures::avgTimeToFillSec),
            new Figure("cancels", "cancels", RunStats.Figures::cancels),
            new Figure("rejects", "rejects", RunStats.Figures::rejects),
            new Figure("entries skipped by cap", "skippedByCap", RunStats.Figures::skippedByCap),
            new Figure("round trips", "roundTrips", RunStats.Figures::roundTrips),
            new Figure("stop-losses", "stopLosses", RunStats.Figures::stopLosses),
            new Figure("realized PnL", "realizedPnl", RunStats.Figures::realizedPnl),
            new Figure("fees", "fees", RunStats.Figures::fees),
            new Figure("unrealized PnL (end)", "unrealizedPnl", RunStats.Figures::unrealizedPnl),
            new Figure("total PnL", "totalPnl", RunStats.Figures::totalPnl),
            new Figure("capital", "capital", RunStats.Figures::capital),
            new Figure("grid yield %/day", "gridYieldPctPerDay", RunStats.Figures::gridYieldPctPerDay),
            new Figure("total yield %/day", "totalYieldPctPerDay", RunStats.Figures::totalYieldPctPerDay),
            new Figure("max drawdown", "maxDrawdown", RunStats.Figures::maxDrawdown),
            new Figure("position (end)", "position", RunStats.Figures::position),
            new Figure("max |position|", "maxAbsPosition", RunStats.Figures::maxAbsPosition),
            new Figure("avg |position| (time-weighted)", "avgAbsPosition", RunStats.Figures::avgAbsPosition));

    /** Money figures print with two decimals in the table (JSON keeps every digit). */
    private static final List<String> MONEY = List.of("realizedPnl", "fees", "unrealizedPnl", "totalPnl", "capital",
            "maxDrawdown");

    private StatsFormat() {
    }

    /** The window as one line: its bounds, its length, and whether it is the whole journal. */
    public static String windowLine(RunStats s) {
        return String.format(Locale.ROOT, "%s → %s (%.2f days%s)", ReportFiles.time(s.fromNanos()),
                ReportFiles.time(s.toNanos()), s.days(), s.whole() ? ", the whole journal" : "");
    }

    /** The table a person reads. */
    public static void printText(RunStats s, PrintStream out) {
        out.printf("gridbot stats: %s (%s of %s%s)%n", s.journal(), s.kind(), s.configName(),
                s.dataName().isEmpty() ? "" : " over " + s.dataName());
        out.println("  window: " + windowLine(s));
        int width = 12;
        for (RunStats.Figures f : s.rows()) {
            width = Math.max(width, f.name().length() + 2);
        }
        StringBuilder head = new StringBuilder(String.format("  %-32s", ""));
        for (RunStats.Figures f : s.rows()) {
            head.append(String.format("%" + width + "s", f.name()));
        }
        out.println(head);
        for (Figure figure : FIGURES) {
            StringBuilder line = new StringBuilder(String.format("  %-32s", figure.label()));
            for (RunStats.Figures f : s.rows()) {
                line.append(String.format("%" + width + "s", cell(figure, f)));
            }
            out.println(line);
        }
        for (RunStats.GridLevels g : s.levels()) {
            List<RunStats.Level> open = g.open();
            if (open.isEmpty()) {
                out.printf("  %s: no position at any level at the end%n", g.strategy());
                continue;
            }
            List<String> parts = new ArrayList<>();
            for (int i = open.size() - 1; i >= 0; i--) {
                RunStats.Level l = open.get(i);
                parts.add(ReportFiles.plain(l.price()) + ": " + signed(l.position()));
            }
            out.printf("  %s, position by level at the end (price: position, top down): %s%n", g.strategy(),
                    String.join(", ", parts));
        }
        for (RunStats.Stop stop : s.stops()) {
            out.printf("  stop-loss %s: triggered %s at %s with position %s, closed at %s (slippage %s)%n",
                    stop.strategy(), ReportFiles.time(stop.triggerNanos()), ReportFiles.plain(stop.triggerPrice()),
                    ReportFiles.plain(stop.position()), ReportFiles.plain(stop.closePrice()),
                    ReportFiles.plain(stop.slippage()));
        }
        out.println("  " + RunStats.CAPITAL_DEFINITION);
        out.println("  " + s.replay());
    }

    /** A figure of a column as the table and the report print it; "-" for none. */
    static String cell(Figure figure, RunStats.Figures f) {
        Object v = figure.value().apply(f);
        if (v == null) {
            return "-";
        }
        if (v instanceof BigDecimal d) {
            return MONEY.contains(figure.json()) ? d.setScale(2, RoundingMode.HALF_EVEN).toPlainString()
                    : ReportFiles.plain(d);
        }
        if (v instanceof Long n) {
            return String.format("%,d", n);
        }
        return v.toString();
    }

    private static String signed(BigDecimal v) {
        return (v.signum() > 0 ? "+" : "") + ReportFiles.plain(v);
    }

    /** The same figures as JSON, every digit kept. */
    public static void writeJson(RunStats s, OutputStream out) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("journal", s.journal());
            g.writeStringField("kind", s.kind());
            g.writeStringField("config", s.configName());
            g.writeStringField("data", s.dataName());
            g.writeStringField("from", ReportFiles.time(s.fromNanos()));
            g.writeStringField("to", ReportFiles.time(s.toNanos()));
            g.writeBooleanField("wholeJournal", s.whole());
            g.writeFieldName("days");
            g.writeNumber(BigDecimal.valueOf(s.days()).setScale(6, RoundingMode.HALF_EVEN).toPlainString());
            g.writeStringField("capitalDefinition", RunStats.CAPITAL_DEFINITION);
            g.writeObjectFieldStart("replay");
            g.writeBooleanField("verified", s.verified());
            g.writeStringField("text", s.replay());
            g.writeEndObject();
            g.writeObjectFieldStart("strategies");
            for (RunStats.Figures f : s.rows()) {
                if (!f.kind().equals("book") && !f.kind().equals("run")) {
                    figures(g, f);
                }
            }
            g.writeEndObject();
            g.writeObjectFieldStart("books");
            for (RunStats.Figures f : s.rows()) {
                if (f.kind().equals("book")) {
                    figures(g, f);
                }
            }
            g.writeEndObject();
            g.writeFieldName("run");
            g.writeStartObject();
            fields(g, s.run());
            g.writeEndObject();
            g.writeObjectFieldStart("levels");
            for (RunStats.GridLevels levels : s.levels()) {
                g.writeArrayFieldStart(levels.strategy());
                for (RunStats.Level l : levels.levels()) {
                    g.writeStartObject();
                    g.writeNumberField("level", l.level());
                    number(g, "price", l.price());
                    number(g, "position", l.position());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeEndObject();
            g.writeArrayFieldStart("stopLosses");
            for (RunStats.Stop stop : s.stops()) {
                g.writeStartObject();
                g.writeStringField("strategy", stop.strategy());
                g.writeStringField("time", ReportFiles.time(stop.triggerNanos()));
                number(g, "triggerPrice", stop.triggerPrice());
                number(g, "position", stop.position());
                number(g, "closePrice", stop.closePrice());
                number(g, "slippage", stop.slippage());
                g.writeStringField("completed", ReportFiles.time(stop.completedNanos()));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    private static void figures(JsonGenerator g, RunStats.Figures f) throws IOException {
        g.writeObjectFieldStart(f.name());
        fields(g, f);
        g.writeEndObject();
    }

    private static void fields(JsonGenerator g, RunStats.Figures f) throws IOException {
        for (Figure figure : FIGURES) {
            Object v = figure.value().apply(f);
            if (v == null) {
                g.writeNullField(figure.json());
            } else if (v instanceof BigDecimal d) {
                number(g, figure.json(), d);
            } else if (v instanceof Long n) {
                g.writeNumberField(figure.json(), n);
            } else {
                g.writeStringField(figure.json(), v.toString());
            }
        }
    }

    private static void number(JsonGenerator g, String name, BigDecimal value) throws IOException {
        g.writeFieldName(name);
        g.writeNumber(ReportFiles.plain(value));
    }
}
