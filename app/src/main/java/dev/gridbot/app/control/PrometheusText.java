package dev.gridbot.app.control;

import dev.gridbot.engine.RunDefinition;
import dev.gridbot.engine.event.InboundType;
import dev.gridbot.engine.event.OutboundType;
import dev.gridbot.engine.model.Instrument;
import dev.gridbot.engine.model.VenueState;
import dev.gridbot.engine.pipeline.EnginePipeline;
import dev.gridbot.engine.strategy.StatusBoard;
import dev.gridbot.journal.Journal;
import org.HdrHistogram.Histogram;

import java.util.Locale;

/**
 * {@code GET /metrics} in Prometheus' text exposition format (version 0.0.4). Counters end in
 * {@code _total}; money is in the quote currency, quantities in base units, latency in seconds.
 */
final class PrometheusText {
    private static final double[] QUANTILES = {0.5, 0.9, 0.99, 0.999, 1.0};

    private PrometheusText() {
    }

    static String render(RunDefinition definition, EnginePipeline pipeline, EngineMetrics metrics, Journal journal,
                         boolean connected) {
        StringBuilder b = new StringBuilder(4096);
        counter(b, "gridbot_inbound_events_total", "Events that entered the engine, by type.");
        for (InboundType t : InboundType.values()) {
            sample(b, "gridbot_inbound_events_total", "type", t.name().toLowerCase(Locale.ROOT), metrics.inbound(t));
        }
        counter(b, "gridbot_outbound_events_total", "Orders, cancels, queries and reports the engine emitted, by type.");
        for (OutboundType t : OutboundType.values()) {
            sample(b, "gridbot_outbound_events_total", "type", t.name().toLowerCase(Locale.ROOT), metrics.outbound(t));
        }
        counter(b, "gridbot_orders_placed_total", "Orders sent to the venue.");
        b.append("gridbot_orders_placed_total ").append(metrics.outbound(OutboundType.PLACE)).append('\n');
        counter(b, "gridbot_orders_cancelled_total", "Cancels sent to the venue.");
        b.append("gridbot_orders_cancelled_total ").append(metrics.outbound(OutboundType.CANCEL)).append('\n');
        counter(b, "gridbot_orders_rejected_total", "Refusals of orders or cancels, by venue (or local risk) code.");
        metrics.appendRejections(b, "gridbot_orders_rejected_total");
        counter(b, "gridbot_fills_total", "Fill events from the venue.");
        b.append("gridbot_fills_total ").append(metrics.inbound(InboundType.ORDER_FILLED)).append('\n');
        counter(b, "gridbot_venue_state_changes_total",
                "Times the venue connection entered a state (connected counts reconnects).");
        for (VenueState s : VenueState.values()) {
            sample(b, "gridbot_venue_state_changes_total", "state", s.name().toLowerCase(Locale.ROOT),
                    metrics.venueStates(s));
        }
        counter(b, "gridbot_rate_limit_events_total", "Times the venue throttled the account (429/418).");
        b.append("gridbot_rate_limit_events_total ").append(metrics.venueStates(VenueState.THROTTLED)).append('\n');

        var ring = pipeline.inboundRing();
        gauge(b, "gridbot_inbound_ring_depth", "Events waiting in the inbound ring.");
        b.append("gridbot_inbound_ring_depth ").append(ring.getBufferSize() - ring.remainingCapacity()).append('\n');
        gauge(b, "gridbot_inbound_ring_capacity", "Slots of the inbound ring.");
        b.append("gridbot_inbound_ring_capacity ").append(ring.getBufferSize()).append('\n');
        counter(b, "gridbot_journal_dropped_events_total", "Events the journal could not write and dropped.");
        b.append("gridbot_journal_dropped_events_total ").append(journal.droppedEvents()).append('\n');
        gauge(b, "gridbot_journal_buffered_events", "Events waiting for the journal to accept writes again (its lag).");
        b.append("gridbot_journal_buffered_events ").append(journal.bufferedEvents()).append('\n');
        counter(b, "gridbot_journal_written_events_total", "Events written to the journal.");
        sample(b, "gridbot_journal_written_events_total", "direction", "inbound", journal.inboundWritten());
        sample(b, "gridbot_journal_written_events_total", "direction", "outbound", journal.outboundWritten());
        gauge(b, "gridbot_venue_connected", "1 while the market and user streams are connected.");
        b.append("gridbot_venue_connected ").append(connected ? 1 : 0).append('\n');
        gauge(b, "gridbot_engine_halted", "1 once the business logic halted on an error.");
        b.append("gridbot_engine_halted ").append(pipeline.health().halted() ? 1 : 0).append('\n');

        Histogram h = metrics.tickToOrder();
        b.append("# HELP gridbot_tick_to_order_seconds From the event that caused an order to its hand-over to the "
                + "venue's sender.\n# TYPE gridbot_tick_to_order_seconds summary\n");
        for (double q : QUANTILES) {
            b.append("gridbot_tick_to_order_seconds{quantile=\"").append(q).append("\"} ")
                    .append(seconds(h.getTotalCount() == 0 ? 0 : h.getValueAtPercentile(q * 100))).append('\n');
        }
        b.append("gridbot_tick_to_order_seconds_count ").append(h.getTotalCount()).append('\n');
        b.append("gridbot_tick_to_order_seconds_sum ").append(seconds((long) (h.getMean() * h.getTotalCount())))
                .append('\n');

        StatusBoard board = pipeline.logic().statusBoard();
        gauge(b, "gridbot_strategy_position", "A strategy's virtual position (base units).");
        for (int id = 0; id < definition.strategyCount(); id++) {
            Instrument inst = definition.instrumentOf(id);
            sample(b, "gridbot_strategy_position", "strategy", definition.strategyName(id),
                    inst.lotsToQty(board.netLots(id)).toPlainString());
        }
        gauge(b, "gridbot_strategy_pnl", "A strategy's PnL in the quote currency, by kind.");
        for (int id = 0; id < definition.strategyCount(); id++) {
            Instrument inst = definition.instrumentOf(id);
            String name = definition.strategyName(id);
            pnl(b, name, "realized", inst.unitsToQuote(board.realizedUnits(id)).toPlainString());
            pnl(b, name, "unrealized", inst.unitsToQuote(board.unrealizedUnits(id)).toPlainString());
            pnl(b, name, "fees", inst.unitsToQuote(board.feeUnits(id)).toPlainString());
        }
        gauge(b, "gridbot_account_position", "An account's venue position and the sum of its virtual positions.");
        for (int i = 0; i < definition.bookCount(); i++) {
            Instrument inst = definition.bookInstrument(i);
            String account = definition.accountName(definition.bookAccount(i));
            StatusBoard.BookPositions positions = board.bookPositions(i);
            b.append("gridbot_account_position{account=\"").append(escape(account)).append("\",symbol=\"")
                    .append(inst.symbol()).append("\",view=\"venue\"} ")
                    .append(inst.lotsToQty(positions.venueLots()).toPlainString()).append('\n');
            b.append("gridbot_account_position{account=\"").append(escape(account)).append("\",symbol=\"")
                    .append(inst.symbol()).append("\",view=\"virtual\"} ")
                    .append(inst.lotsToQty(positions.virtualLots()).toPlainString()).append('\n');
        }
        return b.toString();
    }

    private static void pnl(StringBuilder b, String strategy, String kind, String value) {
        b.append("gridbot_strategy_pnl{strategy=\"").append(escape(strategy)).append("\",kind=\"").append(kind)
                .append("\"} ").append(value).append('\n');
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.9f", nanos / 1e9);
    }

    private static void counter(StringBuilder b, String name, String help) {
        b.append("# HELP ").append(name).append(' ').append(help).append("\n# TYPE ").append(name)
                .append(" counter\n");
    }

    private static void gauge(StringBuilder b, String name, String help) {
        b.append("# HELP ").append(name).append(' ').append(help).append("\n# TYPE ").append(name).append(" gauge\n");
    }

    private static void sample(StringBuilder b, String name, String label, String value, Object sample) {
        b.append(name).append('{').append(label).append("=\"").append(escape(value)).append("\"} ").append(sample)
                .append('\n');
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
