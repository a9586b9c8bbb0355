package dev.gridbot.app.analysis;

import dev.gridbot.app.report.ReportFiles;
import dev.gridbot.engine.event.InboundEvent;
import dev.gridbot.engine.event.OutboundEvent;
import dev.gridbot.engine.event.OutboundType;
import dev.gridbot.engine.model.Instrument;
import dev.gridbot.engine.model.Money;
import dev.gridbot.journal.Playback;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a journal's orders and fills as CSV for a spreadsheet: {@code fills.csv}, one row per fill
 * booked in the window (written as the journal plays), and {@code orders.csv}, one row per order sent
 * to the venue in the window, with what became of it by the window's end (written at the end).
 * Columns are in docs/analysis.md. Used on the analysis thread.
 */
public final class CsvExport implements Playback.Listener, AutoCloseable {
    public static final String ORDERS = "orders.csv";
    public static final String FILLS = "fills.csv";
    static final String FILL_HEADER = "time,strategy,symbol,clientOrderId,level,intent,side,price,qty,notional,fee,"
            + "realizedPnl,liquidity";
    static final String ORDER_HEADER = "clientOrderId,strategy,symbol,level,intent,side,type,timeInForce,reduceOnly,"
            + "price,qty,placedTime,acceptedTime,firstFillTime,lastFillTime,filledQty,avgFillPrice,fee,realizedPnl,"
            + "status,rejectCode,cancelRequestTime,canceledTime";

    /** How many rows each file got, and where they are. */
    public record Counts(Path orders, long orderRows, Path fills, long fillRows) {
    }

    private final Owners owners;
    private final TimeWindow window;
    private final OrderTracker orders;
    private final Path ordersFile;
    private final Path fillsFile;
    private final BufferedWriter fills;
    private final StringBuilder row = new StringBuilder(256);
    private long fillRows;

    private CsvExport(Owners owners, TimeWindow window, OrderTracker orders, Path outDir) throws IOException {
        this.owners = owners;
        this.window = window;
        this.orders = orders;
        Files.createDirectories(outDir);
        this.ordersFile = outDir.resolve(ORDERS);
        this.fillsFile = outDir.resolve(FILLS);
        this.fills = Files.newBufferedWriter(fillsFile, StandardCharsets.UTF_8);
        fills.write(FILL_HEADER);
        fills.write('\n');
    }

    static CsvExport open(Owners owners, TimeWindow window, OrderTracker orders, Path outDir) throws IOException {
        return new CsvExport(owners, window, orders, outDir);
    }

    @Override
    public void onOutbound(OutboundEvent e, InboundEvent cause) {
        if (e.type() != OutboundType.FILL_REPORT || !window.contains(e.timestampNanos())
                || e.strategyId() >= owners.strategies()) {
            return;
        }
        Instrument inst = owners.instrument(e.strategyId());
        long id = e.clientOrderId();
        row.setLength(0);
        row.append(ReportFiles.time(e.timestampNanos())).append(',');
        text(owners.name(e.strategyId())).append(',');
        row.append(inst.symbol()).append(',')
                .append(Owners.idText(id)).append(',')
                .append(Owners.levelText(id)).append(',')
                .append(Owners.intentText(id)).append(',')
                .append(e.side()).append(',')
                .append(plain(inst.ticksToPrice(e.priceTicks()))).append(',')
                .append(plain(inst.lotsToQty(e.qtyLots()))).append(',')
                .append(plain(inst.unitsToQuote(Money.notionalUnits(e.priceTicks(), e.qtyLots())))).append(',')
                .append(plain(inst.unitsToQuote(e.feeUnits()))).append(',')
                .append(plain(inst.unitsToQuote(e.pnlUnits()))).append(',')
                .append(orders.lastLiquidity().text()).append('\n');
        try {
            fills.append(row);
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot write " + fillsFile + ": " + ex.getMessage(), ex);
        }
        fillRows++;
    }

    /** Writes orders.csv; returns the row counts. */
    Counts finish() throws IOException {
        fills.flush();
        long orderRows = 0;
        try (BufferedWriter w = Files.newBufferedWriter(ordersFile, StandardCharsets.UTF_8)) {
            w.write(ORDER_HEADER);
            w.write('\n');
            for (OrderRecord o : orders.orders()) {
                if (!window.contains(o.placedNanos) || !owners.known(o.owner)) {
                    continue;
                }
                Instrument inst = owners.instrument(o.owner);
                row.setLength(0);
                row.append(Owners.idText(o.clientOrderId)).append(',');
                text(owners.name(o.owner)).append(',');
                row.append(inst.symbol()).append(',')
                        .append(Owners.levelText(o.clientOrderId)).append(',')
                        .append(Owners.intentText(o.clientOrderId)).append(',')
                        .append(o.side).append(',')
                        .append(o.type).append(',')
                        .append(o.timeInForce).append(',')
                        .append(o.reduceOnly).append(',')
                        .append(o.priceTicks == 0 ? "" : plain(inst.ticksToPrice(o.priceTicks))).append(',')
                        .append(plain(inst.lotsToQty(o.qtyLots))).append(',')
                        .append(time(o.placedNanos)).append(',')
                        .append(time(o.acceptedNanos)).append(',')
                        .append(time(o.firstFillNanos)).append(',')
                        .append(time(o.lastFillNanos)).append(',')
                        .append(plain(inst.lotsToQty(o.filledLots))).append(',')
                        .append(o.filledLots == 0 ? "" : plain(averagePrice(inst, o))).append(',')
                        .append(plain(inst.unitsToQuote(o.feeUnits))).append(',')
                        .append(plain(inst.unitsToQuote(o.pnlUnits))).append(',')
                        .append(o.status).append(',')
                        .append(o.rejectCode == 0 ? "" : Integer.toString(o.rejectCode)).append(',')
                        .append(time(o.cancelRequestNanos)).append(',')
                        .append(time(o.canceledNanos)).append('\n');
                w.append(row);
                orderRows++;
            }
        }
        return new Counts(ordersFile, orderRows, fillsFile, fillRows);
    }

    @Override
    public void close() throws IOException {
        fills.close();
    }

    /** The quantity-weighted mean fill price, to a hundredth of a tick. */
    private static BigDecimal averagePrice(Instrument inst, OrderRecord o) {
        return inst.ticksToPrice(1).multiply(BigDecimal.valueOf(o.filledTickLots))
                .divide(BigDecimal.valueOf(o.filledLots), inst.tickSize().scale() + 2, RoundingMode.HALF_EVEN);
    }

    private static String time(long nanos) {
        return nanos == 0 ? "" : ReportFiles.time(nanos);
    }

    private static String plain(BigDecimal v) {
        return ReportFiles.plain(v);
    }

    /** Appends text, quoted when it holds a comma, a quote or a line break. */
    private StringBuilder text(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0) {
            return row.append(s);
        }
        return row.append('"').append(s.replace("\"", "\"\"")).append('"');
    }
}
