package dev.gridbot.app.control;

import dev.gridbot.app.report.ReportFiles;
import dev.gridbot.engine.RunDefinition;
import dev.gridbot.engine.event.InboundType;
import dev.gridbot.engine.event.OutboundType;
import dev.gridbot.engine.model.ClientOrderId;
import dev.gridbot.engine.model.ControlCommand;
import dev.gridbot.engine.model.Instrument;
import dev.gridbot.engine.model.OrderType;
import dev.gridbot.engine.model.Side;
import dev.gridbot.engine.model.TimeInForce;
import dev.gridbot.engine.model.VenueState;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * The sentences of the running engine's recent trade log ({@link RecentEvents}), with the same
 * types as {@code ./gridbot log}: order, fill, info, warn, error. Made on the control endpoint's
 * thread, only when {@code status} asks.
 */
final class RecentLogText {
    private final RunDefinition definition;

    RecentLogText(RunDefinition definition) {
        this.definition = definition;
    }

    /** One formatted entry: time, type, who it concerns, what happened. */
    record Line(String time, String type, String who, String text) {
    }

    Line format(RecentEvents.Entry e) {
        String time = ReportFiles.time(e.timeNanos());
        if (e.kind() >= RecentEvents.OUTBOUND) {
            return outbound(time, e);
        }
        InboundType type = InboundType.of(e.kind());
        long id = e.clientOrderId();
        String order = id == ClientOrderId.NONE ? "an order" : ClientOrderId.toText(id);
        String who = id == ClientOrderId.NONE ? "-" : owner(ClientOrderId.strategy(id));
        return switch (type) {
            case ORDER_REJECTED -> e.b() == 1
                    ? new Line(time, "info", who, "cancel of " + order + " refused: " + e.a()
                    + " (it may have filled or ended already)")
                    : new Line(time, "warn", who, "order " + order + " refused: " + e.a());
            case ORDER_UNKNOWN -> new Line(time, "warn", who, "outcome of " + order + " unknown; it will be queried");
            case CONTROL -> {
                ControlCommand c = ControlCommand.of((int) e.a());
                yield new Line(time, "info", owner((int) e.qtyLots()), "operator: "
                        + (c == null ? "command " + e.a() : c.name().toLowerCase(Locale.ROOT))
                        + (c == ControlCommand.RECONFIGURE ? " to configuration revision " + e.priceTicks() : ""));
            }
            case VENUE_STATUS -> venue(time, e);
            default -> new Line(time, "info", who, type.name().toLowerCase(Locale.ROOT));
        };
    }

    private Line venue(String time, RecentEvents.Entry e) {
        long state = e.qtyLots();
        VenueState s = state >= 0 && state < VenueState.values().length ? VenueState.of((int) state) : null;
        if (s == null) {
            return new Line(time, "info", "venue", "state " + state);
        }
        String type = switch (s) {
            case SAFE_MODE, DISCONNECTED -> "error";
            case THROTTLED, RESYNC -> "warn";
            default -> "info";
        };
        return new Line(time, type, "venue", s.name().toLowerCase(Locale.ROOT).replace('_', ' ')
                + (e.a() != 0 ? " (code " + e.a() + ")" : ""));
    }

    private Line outbound(String time, RecentEvents.Entry e) {
        OutboundType type = OutboundType.of(e.kind() - RecentEvents.OUTBOUND);
        Instrument inst = instrumentOf(e.owner());
        String who = owner(e.owner());
        Side side = Side.values()[e.side()];
        String id = e.clientOrderId() == ClientOrderId.NONE ? "" : " " + ClientOrderId.toText(e.clientOrderId());
        return switch (type) {
            case PLACE -> {
                OrderType orderType = OrderType.values()[(int) (e.a() / 16)];
                TimeInForce tif = TimeInForce.values()[(int) (e.a() % 16 / 2)];
                yield new Line(time, "order", who, "placed " + side + " " + qty(inst, e.qtyLots()) + " "
                        + (orderType == OrderType.MARKET ? "at market" : "@ " + price(inst, e.priceTicks()) + " "
                        + orderType + "/" + tif) + ((e.a() & 1) == 1 ? " reduce-only" : "") + id);
            }
            case CANCEL -> new Line(time, "order", who, "cancel" + id);
            case FILL_REPORT -> new Line(time, "fill", who, side + " " + qty(inst, e.qtyLots()) + " @ "
                    + price(inst, e.priceTicks()) + id + ", fee " + money(inst, e.a()) + ", realized "
                    + money(inst, e.b()));
            case CROSS_REPORT -> new Line(time, "fill", who, "internal cross: " + owner((int) (e.b() / 65_536))
                    + " bought " + qty(inst, e.qtyLots()) + " @ " + price(inst, e.priceTicks()) + " from "
                    + owner((int) (e.b() % 65_536)) + ", fees saved " + money(inst, e.a()));
            case STOP_REPORT -> new Line(time, "warn", who, "stop-loss at " + price(inst, e.b()) + " with position "
                    + qty(inst, e.qtyLots()) + ", closed at " + price(inst, e.priceTicks()));
            default -> new Line(time, "info", who, type.name().toLowerCase(Locale.ROOT));
        };
    }

    /** A strategy's name, or a netting book's account and symbol. */
    private String owner(int id) {
        if (id >= 0 && id < definition.strategyCount()) {
            return definition.strategyName(id);
        }
        int book = id - definition.strategyCount();
        if (book >= 0 && book < definition.bookCount()) {
            return definition.accountName(definition.bookAccount(book)) + "/" + definition.bookInstrument(book).symbol();
        }
        return "-";
    }

    private Instrument instrumentOf(int owner) {
        if (owner >= 0 && owner < definition.strategyCount()) {
            return definition.instrumentOf(owner);
        }
        int book = owner - definition.strategyCount();
        return book >= 0 && book < definition.bookCount() ? definition.bookInstrument(book)
                : definition.instruments().byId(0);
    }

    private static String qty(Instrument inst, long lots) {
        return plain(inst.lotsToQty(lots));
    }

    private static String price(Instrument inst, long ticks) {
        return plain(inst.ticksToPrice(ticks));
    }

    private static String money(Instrument inst, long units) {
        return plain(inst.unitsToQuote(units));
    }

    private static String plain(BigDecimal v) {
        return ReportFiles.plain(v);
    }
}
