package dev.gridbot.app.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.gridbot.engine.RunDefinition;
import dev.gridbot.engine.model.ClientOrderId;
import dev.gridbot.engine.model.Instrument;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/** Writes a run's summary.json and trades.csv. */
public final class ReportFiles {
    public static final String SUMMARY = "summary.json";
    public static final String TRADES = "trades.csv";

    private ReportFiles() {
    }

    /** ISO-8601 UTC text of an event time. */
    public static String time(long epochNanos) {
        return Instant.ofEpochSecond(0, epochNanos).toString();
    }

    public static void writeSummary(RunSummary summary, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file);
             JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("config", summary.configName());
            g.writeStringField("data", summary.dataName());
            g.writeStringField("symbol", summary.symbol());
            g.writeStringField("firstTrade", summary.trades() == 0 ? null : time(summary.firstTradeNanos()));
            g.writeStringField("lastTrade", summary.trades() == 0 ? null : time(summary.lastTradeNanos()));
            writeFigures(g, summary.run());
            g.writeObjectFieldStart("strategies");
            for (RunSummary.Figures f : summary.strategies()) {
                g.writeObjectFieldStart(f.name());
                writeFigures(g, f);
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeObjectFieldStart("accounts");
            for (RunSummary.Account a : summary.accounts()) {
                g.writeObjectFieldStart(a.key());
                writeAccount(g, a);
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeStringField("stateHash", Long.toHexString(summary.stateHash()));
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static void writeFigures(JsonGenerator g, RunSummary.Figures f) throws IOException {
        g.writeNumberField("trades", f.trades());
        g.writeNumberField("ordersPlaced", f.ordersPlaced());
        g.writeNumberField("ordersCanceled", f.ordersCanceled());
        g.writeNumberField("ordersRejected", f.ordersRejected());
        g.writeNumberField("fills", f.fills());
        g.writeNumberField("roundTrips", f.roundTrips());
        number(g, "realizedPnl", f.realizedPnl());
        number(g, "fees", f.fees());
        number(g, "unrealizedPnl", f.unrealizedPnl());
        number(g, "netPnl", f.netPnl());
        number(g, "finalPosition", f.finalPosition());
        number(g, "maxAbsPosition", f.maxAbsPosition());
        number(g, "maxDrawdown", f.maxDrawdown());
        RunSummary.StopLoss s = f.stopLoss();
        if (s == null) {
            g.writeNullField("stopLoss");
        } else {
            g.writeObjectFieldStart("stopLoss");
            g.writeStringField("strategy", s.strategy());
            g.writeStringField("time", time(s.timeNanos()));
            number(g, "triggerPrice", s.triggerPrice());
            number(g, "position", s.position());
            number(g, "closePrice", s.closePrice());
            number(g, "slippage", s.slippage());
            g.writeEndObject();
        }
    }

    private static void writeAccount(JsonGenerator g, RunSummary.Account a) throws IOException {
        g.writeStringField("symbol", a.symbol());
        g.writeStringField("positionMode", a.positionMode());
        g.writeArrayFieldStart("strategies");
        for (String name : a.strategies()) {
            g.writeString(name);
        }
        g.writeEndArray();
        number(g, "internalCrossVolume", a.internalCrossVolume());
        number(g, "internalCrossNotional", a.internalCrossNotional());
        g.writeNumberField("internalCrosses", a.internalCrosses());
        g.writeNumberField("venueOrders", a.venueOrders());
        number(g, "venueVolume", a.venueVolume());
        number(g, "venueNotional", a.venueNotional());
        number(g, "feesPaid", a.feesPaid());
        number(g, "feesSaved", a.feesSaved());
        number(g, "venuePosition", a.venuePosition());
        number(g, "virtualPosition", a.virtualPosition());
        g.writeObjectFieldStart("riskDenials");
        g.writeNumberField("positionCap", a.positionCapDenials());
        g.writeNumberField("openOrders", a.openOrderDenials());
        g.writeNumberField("orderRate", a.orderRateDenials());
        g.writeEndObject();
    }

    private static void number(JsonGenerator g, String name, BigDecimal value) throws IOException {
        if (value == null) {
            g.writeNullField(name);
        } else {
            g.writeFieldName(name);
            g.writeNumber(plain(value));
        }
    }

    /** A decimal as plain text without an exponent or trailing zeros. */
    public static String plain(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    /**
     * One row per booked fill: time, strategy, level, side, intent, price, qty, fee, realizedPnl,
     * liquidity. The intent is ENTRY, EXIT or STOP for a grid's orders, TARGET for a share of a
     * netting book's order, and CROSS for a target strategy's internal cross (no venue order). The
     * liquidity is {@code internal} for a fill crossed inside a netting book (see {@link FillLog}),
     * {@code venue} for one the venue filled.
     */
    public static void writeTrades(FillLog log, RunDefinition definition, Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("time,strategy,level,side,intent,price,qty,fee,realizedPnl,liquidity\n");
            StringBuilder row = new StringBuilder(128);
            for (FillLog.Fill f : log.fills()) {
                Instrument inst = definition.instrumentOf(f.strategyId());
                boolean noOrder = f.clientOrderId() == ClientOrderId.NONE;
                int level = noOrder ? ClientOrderId.NO_LEVEL : ClientOrderId.level(f.clientOrderId());
                row.setLength(0);
                row.append(time(f.timestampNanos())).append(',')
                        .append(definition.strategyName(f.strategyId())).append(',')
                        .append(level == ClientOrderId.NO_LEVEL ? "" : Integer.toString(level)).append(',')
                        .append(f.buy() ? "BUY" : "SELL").append(',')
                        .append(noOrder ? "CROSS" : ClientOrderId.intent(f.clientOrderId()).name()).append(',')
                        .append(plain(inst.ticksToPrice(f.priceTicks()))).append(',')
                        .append(plain(inst.lotsToQty(f.qtyLots()))).append(',')
                        .append(plain(inst.unitsToQuote(f.feeUnits()))).append(',')
                        .append(plain(inst.unitsToQuote(f.pnlUnits()))).append(',')
                        .append(f.internal() ? "internal" : "venue").append('\n');
                w.append(row);
            }
        }
    }
}
