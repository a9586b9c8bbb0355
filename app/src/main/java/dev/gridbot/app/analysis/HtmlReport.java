package dev.gridbot.app.analysis;

import dev.gridbot.app.report.ReportFiles;
import dev.gridbot.engine.model.Instrument;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Writes report.html: one self-contained page a browser opens offline — the run's key figures, the
 * stop-loss report if one fired, the charts (inline SVG, see {@link ReportCharts}), the statistics
 * table and each grid's position by level. No script, no external reference of any kind.
 */
public final class HtmlReport {
    public static final String FILE = "report.html";

    private static final String CSS = """
            body{font-family:"DejaVu Sans",Helvetica,Arial,sans-serif;margin:24px auto;max-width:1320px;color:#1b1f24;\
            background:#f6f7f9}
            h1{font-size:24px;margin:0 0 4px}h2{font-size:18px;margin:28px 0 10px}
            .meta{color:#555;font-size:13px;line-height:1.5}
            .card{background:#fff;border:1px solid #dde1e6;border-radius:6px;padding:12px 16px;margin:12px 0}
            .kpis{display:flex;flex-wrap:wrap;gap:10px}
            .kpi{flex:1 1 0;background:#fff;border:1px solid #dde1e6;border-radius:6px;padding:8px 12px;min-width:100px}
            .kpi b{display:block;font-size:20px}.kpi span{font-size:12px;color:#555}
            .neg{color:#c0392b}.pos{color:#1e8449}
            .stop{border-left:4px solid #d73027}
            .chart{background:#fff;border:1px solid #dde1e6;border-radius:6px;margin:12px 0;overflow:hidden}
            .chart svg{display:block;width:100%;height:auto}
            table{border-collapse:collapse;font-size:13px;background:#fff}
            th,td{border:1px solid #dde1e6;padding:4px 10px;text-align:right}
            th:first-child,td:first-child{text-align:left}
            thead th{background:#eef1f4}
            tr.sub td:first-child{padding-left:24px;color:#555}
            .note{font-size:12px;color:#555;max-width:1100px}
            """;

    private HtmlReport() {
    }

    /**
     * Plays the journal over {@code window} and writes {@code outDir/report.html}; returns its path.
     *
     * @param progress told how many inbound events were read
     */
    public static Path write(JournalAnalysis analysis, TimeWindow window, Path outDir, LongConsumer progress)
            throws IOException {
        ReportData data = analysis.reportData(window, progress);
        Files.createDirectories(outDir);
        Path file = outDir.resolve(FILE);
        Files.writeString(file, html(data), StandardCharsets.UTF_8);
        return file;
    }

    static String html(ReportData data) {
        RunStats s = data.stats();
        ChartSeries series = data.series();
        ReportCharts charts = new ReportCharts();
        StringBuilder h = new StringBuilder(1 << 20);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>gridbot report: ")
                .append(esc(s.configName())).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        h.append("<h1>gridbot report</h1>\n<div class=\"meta\">")
                .append(esc(s.kind())).append(" run of <b>").append(esc(s.configName())).append("</b>")
                .append(s.dataName().isEmpty() ? "" : " over " + esc(s.dataName())).append("<br>window: ")
                .append(esc(StatsFormat.windowLine(s))).append("<br>journal: ").append(esc(s.journal()))
                .append("<br>").append(esc(s.replay())).append("</div>\n");
        kpis(h, s.run());
        for (RunStats.Stop stop : s.stops()) {
            h.append("<div class=\"card stop\"><b>Stop-loss: ").append(esc(stop.strategy())).append("</b> triggered ")
                    .append(ReportFiles.time(stop.triggerNanos())).append(" by a trade at ")
                    .append(ReportFiles.plain(stop.triggerPrice())).append(" with position ")
                    .append(ReportFiles.plain(stop.position())).append("; closed at ")
                    .append(ReportFiles.plain(stop.closePrice())).append(" (slippage ")
                    .append(ReportFiles.plain(stop.slippage())).append("), complete at ")
                    .append(ReportFiles.time(stop.completedNanos())).append(". The strategy stopped.</div>\n");
        }
        h.append("<h2>Charts</h2>\n");
        List<Integer> instruments = new ArrayList<>();
        for (int o = 0; o < series.owners().strategies(); o++) {
            int id = series.owners().instrument(o).id();
            if (!instruments.contains(id)) {
                instruments.add(id);
            }
        }
        for (int id : instruments) {
            Instrument inst = data.definition().instruments().byId(id);
            List<RunStats.Stop> stops = new ArrayList<>();
            for (RunStats.Stop stop : s.stops()) {
                RunStats.Figures f = s.row(stop.strategy());
                if (f != null && inst.symbol().equals(f.symbol())) {
                    stops.add(stop);
                }
            }
            chart(h, charts.price(series, inst, stops));
        }
        chart(h, charts.pnl(series));
        chart(h, charts.position(series, instruments.size() == 1));
        for (RunStats.GridLevels grid : s.levels()) {
            Instrument inst = data.definition().instruments().bySymbol(grid.symbol());
            BigDecimal last = series.price(inst.id()).added() == 0 ? null : lastPrice(series, inst);
            chart(h, charts.levels(grid, last));
            h.append("<p class=\"note\">").append(esc(levelLine(grid))).append("</p>\n");
        }
        h.append("<h2>Statistics</h2>\n");
        table(h, s);
        h.append("<p class=\"note\">").append(esc(RunStats.CAPITAL_DEFINITION))
                .append(" Definitions of every figure: docs/analysis.md in the gridbot repository.</p>\n");
        h.append("<p class=\"note\">Generated by gridbot report from the journal alone; the engine was replayed to "
                + "recover its counters (entries skipped by the cap, round trips).</p>\n</body>\n</html>\n");
        return h.toString();
    }

    private static BigDecimal lastPrice(ChartSeries series, Instrument inst) {
        double[] last = {0};
        series.price(inst.id()).forEach((t, v) -> last[0] = v);
        return BigDecimal.valueOf(last[0]).setScale(inst.tickSize().scale(), java.math.RoundingMode.HALF_EVEN);
    }

    private static String levelLine(RunStats.GridLevels grid) {
        List<RunStats.Level> open = grid.open();
        if (open.isEmpty()) {
            return grid.strategy() + " holds no position at any level at the end.";
        }
        List<String> parts = new ArrayList<>();
        for (int i = open.size() - 1; i >= 0; i--) {
            parts.add(ReportFiles.plain(open.get(i).price()) + ": " + ReportFiles.plain(open.get(i).position()));
        }
        return grid.strategy() + " at the end, level price: position (top down): " + String.join(", ", parts);
    }

    private static void kpis(StringBuilder h, RunStats.Figures run) {
        h.append("<div class=\"kpis\">\n");
        kpi(h, "total PnL", run.totalPnl(), true);
        kpi(h, "realized PnL", run.realizedPnl(), true);
        kpi(h, "fees", run.fees(), false);
        kpi(h, "unrealized PnL (end)", run.unrealizedPnl(), true);
        kpi(h, "max drawdown", run.maxDrawdown(), false);
        kpiText(h, "grid yield %/day", run.gridYieldPctPerDay() == null ? "-"
                : run.gridYieldPctPerDay().setScale(3, java.math.RoundingMode.HALF_EVEN).toPlainString());
        kpiText(h, "fills", String.format("%,d", run.fills()));
        kpiText(h, "fill rate", run.fillRatePct() == null ? "-" : run.fillRatePct().toPlainString() + " %");
        kpiText(h, "position (end)", run.position() == null ? "-" : ReportFiles.plain(run.position()));
        h.append("</div>\n");
    }

    private static void kpi(StringBuilder h, String label, BigDecimal v, boolean signed) {
        String text = v == null ? "-" : v.setScale(2, java.math.RoundingMode.HALF_EVEN).toPlainString();
        String css = !signed || v == null || v.signum() == 0 ? "" : v.signum() > 0 ? " class=\"pos\"" : " class=\"neg\"";
        h.append("<div class=\"kpi\"><b").append(css).append('>').append(text).append("</b><span>")
                .append(esc(label)).append("</span></div>\n");
    }

    private static void kpiText(StringBuilder h, String label, String text) {
        h.append("<div class=\"kpi\"><b>").append(esc(text)).append("</b><span>").append(esc(label))
                .append("</span></div>\n");
    }

    private static void chart(StringBuilder h, String svg) {
        h.append("<div class=\"chart\">\n").append(svg).append("\n</div>\n");
    }

    /** The statistics table: one row per figure, one column per strategy, book and the run. */
    private static void table(StringBuilder h, RunStats s) {
        h.append("<table class=\"stats\">\n<thead><tr><th>figure</th>");
        for (RunStats.Figures f : s.rows()) {
            h.append("<th>").append(esc(f.name())).append("</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        for (StatsFormat.Figure figure : StatsFormat.FIGURES) {
            boolean sub = figure.label().startsWith("  ");
            h.append(sub ? "<tr class=\"sub\">" : "<tr>").append("<td>").append(esc(figure.label().trim()))
                    .append("</td>");
            for (RunStats.Figures f : s.rows()) {
                h.append("<td>").append(esc(StatsFormat.cell(figure, f))).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n");
    }

    static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
