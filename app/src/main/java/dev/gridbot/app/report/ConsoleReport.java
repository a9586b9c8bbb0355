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
        for (RunSummary.Account a : s.accounts()) {
            if (a.netted()) {
                account(out, a);
            }
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

    /** One line per netting book worth a look: what went to the venue and what was crossed inside instead. */
    private static void account(PrintStream out, RunSummary.Account a) {
        long denials = a.positionCapDenials() + a.openOrderDenials() + a.orderRateDenials();
        out.printf("  account %s %s (%s, %d strateg%s): venue %,d orders, %s traded, fees %s;"
                        + " internal %,d crosses, %s crossed, fees saved >= %s%s%s%n", a.key(),
                a.symbol(), a.positionMode(), a.strategies().size(), a.strategies().size() == 1 ? "y" : "ies",
                a.venueOrders(), text(a.venueVolume()), money(a.feesPaid()), a.internalCrosses(),
                text(a.internalCrossVolume()), money(a.feesSaved()),
                denials == 0 ? "" : "; risk denials " + denials,
                a.venuePosition().compareTo(a.virtualPosition()) == 0 ? ""
                        : "; POSITION MISMATCH venue " + text(a.venuePosition()) + " virtual "
                        + text(a.virtualPosition()));
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
