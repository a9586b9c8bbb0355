package dev.gridbot.app.analysis;

import dev.gridbot.engine.RunDefinition;
import dev.gridbot.engine.grid.GridSpec;
import dev.gridbot.engine.model.Instrument;
import dev.gridbot.engine.model.Side;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYAreaRenderer;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYBarDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Polygon;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.math.BigDecimal;
import java.util.List;
import java.util.TimeZone;
import java.util.regex.Pattern;

/**
 * The report's charts, drawn by JFreeChart and rendered to SVG by JFreeSVG, ready to inline in HTML:
 * price with grid levels and fills, total PnL with drawdown, position over time, and position by
 * level. Series come downsampled ({@link ChartSeries}); step series (positions) are drawn as explicit
 * steps so that every line is one SVG path. Stateless; each chart gets its own SVG id prefix.
 */
final class ReportCharts {
    static {
        // Charts are drawn into SVG, never onto a screen.
        System.setProperty("java.awt.headless", "true");
    }

    static final int WIDTH = 1280;
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 15);
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    private static final Color GRID = new Color(0xE3E6EA);
    private static final Color PRICE = new Color(0x1F3B73);
    private static final Color BUY = new Color(0x1A9850);
    private static final Color SELL = new Color(0xD73027);
    private static final Color LEVEL = new Color(0xB8C2CC);
    private static final Color STOP = new Color(0xD73027);
    private static final Color[] PALETTE = {new Color(0x1F77B4), new Color(0xFF7F0E), new Color(0x2CA02C),
        new Color(0x9467BD), new Color(0x8C564B), new Color(0xE377C2), new Color(0x17BECF), new Color(0xBCBD22)};
    /** At most this many strategies get a line of their own; more would be unreadable. */
    private static final int MAX_LINES = PALETTE.length;
    private static final Pattern XMLNS = Pattern.compile("\\s+xmlns(:\\w+)?=('[^']*'|\"[^\"]*\")");

    private int charts;

    /** The price of one symbol over the window, every grid level on it, every fill (downsampled), the stop-losses. */
    String price(ChartSeries series, Instrument inst, List<RunStats.Stop> stops) {
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(xy("price", series.price(inst.id())));
        XYSeriesCollection marks = new XYSeriesCollection();
        DownsampledSeries buys = series.fills(inst.id(), Side.BUY);
        DownsampledSeries sells = series.fills(inst.id(), Side.SELL);
        marks.addSeries(xy("buy fills", buys));
        marks.addSeries(xy("sell fills", sells));
        if (!stops.isEmpty()) {
            XYSeries stopMarks = new XYSeries("stop-loss", false, true);
            for (RunStats.Stop stop : stops) {
                stopMarks.add(millis(stop.triggerNanos()), stop.triggerPrice().doubleValue());
            }
            marks.addSeries(stopMarks);
        }

        XYPlot plot = new XYPlot(data, timeAxis(series), valueAxis("price"), line(PRICE, 1.2f));
        plot.getRangeAxis().setAutoRange(true);
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
        XYLineAndShapeRenderer shapes = new XYLineAndShapeRenderer(false, true);
        shapes.setSeriesShape(0, triangle(true));
        shapes.setSeriesPaint(0, BUY);
        shapes.setSeriesShape(1, triangle(false));
        shapes.setSeriesPaint(1, SELL);
        shapes.setSeriesShape(2, cross());
        shapes.setSeriesPaint(2, Color.BLACK);
        plot.setDataset(1, marks);
        plot.setRenderer(1, shapes);
        RunDefinition definition = series.owners().definition();
        for (int s = 0; s < definition.strategyCount(); s++) {
            GridSpec grid = definition.gridSpec(s);
            if (grid == null || grid.instrumentId() != inst.id()) {
                continue;
            }
            for (int l = 0; l < grid.levels(); l++) {
                plot.addRangeMarker(new ValueMarker(inst.ticksToPrice(grid.levelPriceTicks(l)).doubleValue(), LEVEL,
                        new BasicStroke(0.6f)));
            }
            BasicStroke dashed = new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                    new float[] {6f, 4f}, 0f);
            plot.addRangeMarker(new ValueMarker(inst.ticksToPrice(grid.stopLowTicks()).doubleValue(), STOP, dashed));
            plot.addRangeMarker(new ValueMarker(inst.ticksToPrice(grid.stopHighTicks()).doubleValue(), STOP, dashed));
        }
        String subtitle = "grey lines: grid levels; dashed red: stop-loss triggers; ▲ buy and ▼ sell fills"
                + shown(buys.added() + sells.added(), buys.complete() && sells.complete());
        return svg(chart(inst.symbol() + ": price, grid levels and fills", subtitle, plot, true), 560);
    }

    /** The run's total PnL and realized PnL net of fees (and each strategy's PnL), over its drawdown. */
    String pnl(ChartSeries series) {
        XYSeriesCollection lines = new XYSeriesCollection();
        lines.addSeries(xy("total PnL (run)", series.runPnl()));
        lines.addSeries(xy("realized PnL − fees (run)", series.runRealizedNet()));
        int strategies = series.owners().strategies();
        if (strategies > 1 && strategies <= MAX_LINES) {
            for (int s = 0; s < strategies; s++) {
                lines.addSeries(xy("total PnL " + series.owners().name(s), series.strategyPnl(s)));
            }
        }
        XYLineAndShapeRenderer renderer = line(PALETTE[0], 1.6f);
        renderer.setSeriesPaint(1, PALETTE[2]);
        for (int i = 2; i < lines.getSeriesCount(); i++) {
            renderer.setSeriesPaint(i, PALETTE[(i + 1) % PALETTE.length]);
            renderer.setSeriesStroke(i, new BasicStroke(0.9f));
        }
        XYPlot top = new XYPlot(lines, null, valueAxis("PnL"), renderer);
        top.addRangeMarker(new ValueMarker(0, Color.GRAY, new BasicStroke(0.8f)));
        XYSeriesCollection dd = new XYSeriesCollection();
        dd.addSeries(xy("drawdown (run)", series.runDrawdown()));
        XYAreaRenderer area = new XYAreaRenderer(XYAreaRenderer.AREA);
        area.setSeriesPaint(0, new Color(0xE8, 0x6A, 0x5F, 0xB0));
        XYPlot bottom = new XYPlot(dd, null, valueAxis("drawdown"), area);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(timeAxis(series));
        plot.setGap(12);
        plot.add(top, 3);
        plot.add(bottom, 1);
        style(top);
        style(bottom);
        return svg(chart("Equity: total PnL since the window's start, and drawdown",
                "total PnL = realized + unrealized − fees; drawdown = how far total PnL is below its running peak",
                plot, true), 520);
    }

    /** Each strategy's position over time, and the run's when they trade one symbol. */
    String position(ChartSeries series, boolean oneSymbol) {
        XYSeriesCollection data = new XYSeriesCollection();
        int strategies = series.owners().strategies();
        for (int s = 0; s < strategies && s < MAX_LINES; s++) {
            data.addSeries(steps(series.owners().name(s), series.strategyPosition(s)));
        }
        if (oneSymbol && strategies > 1) {
            data.addSeries(steps("run (net)", series.runPosition()));
        }
        XYLineAndShapeRenderer renderer = line(PALETTE[0], 1.2f);
        for (int i = 1; i < data.getSeriesCount(); i++) {
            renderer.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
        }
        if (oneSymbol && strategies > 1) {
            renderer.setSeriesPaint(data.getSeriesCount() - 1, Color.BLACK);
            renderer.setSeriesStroke(data.getSeriesCount() - 1, new BasicStroke(1.8f));
        }
        XYPlot plot = new XYPlot(data, timeAxis(series), valueAxis("position (base units)"), renderer);
        plot.addRangeMarker(new ValueMarker(0, Color.GRAY, new BasicStroke(0.8f)));
        return svg(chart("Position over time", "long positive, short negative", plot, true), 340);
    }

    /** A grid's position at each level at the window's end: where the risk sits. */
    String levels(RunStats.GridLevels grid, BigDecimal lastPrice) {
        XYSeries longs = new XYSeries("long", false, true);
        XYSeries shorts = new XYSeries("short", false, true);
        double minGap = Double.MAX_VALUE;
        List<RunStats.Level> levels = grid.levels();
        for (int i = 0; i < levels.size(); i++) {
            RunStats.Level l = levels.get(i);
            double price = l.price().doubleValue();
            double position = l.position().doubleValue();
            (position >= 0 ? longs : shorts).add(price, position);
            if (i > 0) {
                minGap = Math.min(minGap, price - levels.get(i - 1).price().doubleValue());
            }
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(longs);
        data.addSeries(shorts);
        XYBarRenderer bars = new XYBarRenderer();
        bars.setBarPainter(new StandardXYBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, BUY);
        bars.setSeriesPaint(1, SELL);
        NumberAxis positionAxis = valueAxis("position (base units)");
        double widest = 0;
        for (RunStats.Level l : levels) {
            widest = Math.max(widest, Math.abs(l.position().doubleValue()));
        }
        // Symmetric around zero, so that long and short read at a glance.
        double half = widest == 0 ? 1 : widest * 1.25;
        positionAxis.setRange(-half, half);
        XYPlot plot = new XYPlot(new XYBarDataset(data, minGap == Double.MAX_VALUE ? 1 : minGap * 0.8),
                valueAxis("level price"), positionAxis, bars);
        ((NumberAxis) plot.getDomainAxis()).setAutoRangeIncludesZero(false);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.addRangeMarker(new ValueMarker(0, Color.GRAY, new BasicStroke(0.8f)));
        if (lastPrice != null) {
            ValueMarker last = new ValueMarker(lastPrice.doubleValue(), PRICE, new BasicStroke(1.2f));
            last.setLabel("last price " + lastPrice.stripTrailingZeros().toPlainString());
            last.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            last.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
            last.setLabelFont(TICK);
            last.setLabelPaint(PRICE);
            last.setLabelOffset(new RectangleInsets(2, 4, 2, 4));
            plot.addDomainMarker(last);
        }
        int height = Math.max(320, Math.min(720, levels.size() * 9 + 150));
        return svg(chart(grid.strategy() + ": position by level at the end",
                "green: long, red: short; one bar per grid level", plot, true), height);
    }

    // ------------------------------------------------------------------ building blocks

    private static XYSeries xy(String name, DownsampledSeries series) {
        XYSeries xy = new XYSeries(name, false, true);
        series.forEach((nanos, value) -> xy.add(millis(nanos), value));
        return xy;
    }

    /** A step series drawn as a line: each change goes across at the old value, then up or down. */
    private static XYSeries steps(String name, DownsampledSeries series) {
        XYSeries xy = new XYSeries(name, false, true);
        double[] previous = {Double.NaN};
        series.forEach((nanos, value) -> {
            double t = millis(nanos);
            if (!Double.isNaN(previous[0]) && previous[0] != value) {
                xy.add(t, previous[0]);
            }
            xy.add(t, value);
            previous[0] = value;
        });
        return xy;
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }

    private static DateAxis timeAxis(ChartSeries series) {
        DateAxis axis = new DateAxis("time (UTC)");
        axis.setTimeZone(TimeZone.getTimeZone("UTC"));
        axis.setLabelFont(LABEL);
        axis.setTickLabelFont(TICK);
        axis.setLowerMargin(0.01);
        axis.setUpperMargin(0.01);
        if (series.toNanos() > series.fromNanos()) {
            axis.setRange(millis(series.fromNanos()), millis(series.toNanos()));
        }
        return axis;
    }

    private static NumberAxis valueAxis(String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setLabelFont(LABEL);
        axis.setTickLabelFont(TICK);
        axis.setAutoRangeIncludesZero(false);
        return axis;
    }

    private static XYLineAndShapeRenderer line(Paint paint, float width) {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setDrawSeriesLineAsPath(true);
        renderer.setSeriesPaint(0, paint);
        renderer.setDefaultStroke(new BasicStroke(width), false);
        renderer.setAutoPopulateSeriesStroke(false);
        return renderer;
    }

    private static Shape triangle(boolean up) {
        int s = 4;
        return up ? new Polygon(new int[] {-s, s, 0}, new int[] {s, s, -s}, 3)
                : new Polygon(new int[] {-s, s, 0}, new int[] {-s, -s, s}, 3);
    }

    private static Shape cross() {
        Path2D.Double p = new Path2D.Double();
        double s = 7;
        p.moveTo(-s, -s);
        p.lineTo(s, s);
        p.moveTo(-s, s);
        p.lineTo(s, -s);
        return new BasicStroke(2.5f).createStrokedShape(p);
    }

    private static void style(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setOutlineVisible(false);
        plot.setAxisOffset(new RectangleInsets(4, 4, 4, 4));
    }

    private static JFreeChart chart(String title, String subtitle, org.jfree.chart.plot.Plot plot, boolean legend) {
        if (plot instanceof XYPlot xy) {
            style(xy);
        }
        JFreeChart chart = new JFreeChart(title, TITLE, plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(6, 6, 6, 12));
        TextTitle sub = new TextTitle(subtitle, TICK);
        sub.setPaint(Color.DARK_GRAY);
        chart.addSubtitle(sub);
        if (chart.getLegend() != null) {
            chart.getLegend().setItemFont(TICK);
            chart.getLegend().setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
        return chart;
    }

    private static String shown(long total, boolean complete) {
        return complete ? String.format(" (%,d)", total) : String.format(" (%,d; the extremes of each pixel column shown)",
                total);
    }

    /**
     * The chart as an SVG element for inline HTML: no XML namespace declarations (HTML gives inline SVG
     * its namespace), coordinates to a tenth of a pixel, and ids unique within the page.
     */
    private String svg(JFreeChart chart, int height) {
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, height);
        g.setDefsKeyPrefix("chart" + (++charts) + "-");
        g.setGeomDoubleConverter(ReportCharts::tenth);
        g.setTransformDoubleConverter(ReportCharts::tenth);
        chart.draw(g, new Rectangle(0, 0, WIDTH, height));
        String svg = g.getSVGElement("chart" + charts);
        return XMLNS.matcher(svg).replaceAll("");
    }

    /** A coordinate to one decimal, without a trailing ".0". */
    private static String tenth(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "0";
        }
        long r = Math.round(v * 10);
        long whole = r / 10;
        long frac = Math.abs(r % 10);
        String sign = r < 0 && whole == 0 ? "-" : "";
        return frac == 0 ? sign + whole : sign + whole + "." + frac;
    }
}
