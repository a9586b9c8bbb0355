package dev.gridbot.app.report;

import java.io.PrintStream;
import java.math.BigDecimal;

/** Prints a run's summary as a small table for a person at a terminal. */
public final class ConsoleReport {
    private ConsoleReport() {
    }

    public static void print(RunSummary s, PrintStream out) {
        out.printf("  %,d trades of %s, %s → %s%n", s.trades(), s.symbol() == null ? "several symbols" : s.symbol(),
                s.trades() == 0 ? "-" : ReportFiles.time(s.firstTradeNanos()),
                s.trades() == 0 ? "-" : ReportFiles.time(s.lastTradeNanos()));
        String header = String.format("  %-16s %7s %7s %7s %7s %7s %12s %10s %12s %12s %10s %10s %10s",
                "strategy", "placed", "cancel", "reject", "fills", "rounds", "realized", "fees", "unrealized",
                "net", "position", "max |pos|", "max DD");
        out.println(header);
        for (RunSummary.Figures f : s.strategies()) {
            row(out, f);
        }
        if (s.strategies().size() > 1) {
            row(out, s.run());
        }
        for (RunSummary.Figures f : s.strategies()) {
            RunSummary.StopLoss stop = f.stopLoss();
            if (stop != null) {
                out.printf("  stop-loss %s: triggered %s at %s with position %s, closed at %s (slippage %s)%n",
                        stop.strategy(), ReportFiles.time(stop.timeNanos()), ReportFiles.plain(stop.triggerPrice()),
                        ReportFiles.plain(stop.position()), ReportFiles.plain(stop.closePrice()),
                        ReportFiles.plain(stop.slippage()));
            }
        }
    }

    private static void row(PrintStream out, RunSummary.Figures f) {
        out.printf("  %-16s %7d %7d %7d %7d %7d %12s %10s %12s %12s %10s %10s %10s%n", f.name(), f.ordersPlaced(),
                f.ordersCanceled(), f.ordersRejected(), f.fills(), f.roundTrips(), money(f.realizedPnl()),
                money(f.fees()), money(f.unrealizedPnl()), money(f.netPnl()), text(f.finalPosition()),
                text(f.maxAbsPosition()), money(f.maxDrawdown()));
    }

    private static String money(BigDecimal v) {
        return v == null ? "-" : v.setScale(2, java.math.RoundingMode.HALF_EVEN).toPlainString();
    }

    private static String text(BigDecimal v) {
        return v == null ? "-" : ReportFiles.plain(v);
    }
}
