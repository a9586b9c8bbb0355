package dev.gridbot.app.analysis;

import dev.gridbot.app.report.ReportFiles;
import dev.gridbot.engine.event.InboundEvent;
import dev.gridbot.engine.event.InboundType;
import dev.gridbot.engine.event.OutboundEvent;
import dev.gridbot.engine.model.ClientOrderId;
import dev.gridbot.engine.model.ControlCommand;
import dev.gridbot.engine.model.Instrument;
import dev.gridbot.engine.model.OrderStatus;
import dev.gridbot.engine.model.VenueCodes;
import dev.gridbot.engine.model.VenueState;
import dev.gridbot.engine.strategy.EngineLogic;
import dev.gridbot.engine.strategy.VenueView;
import dev.gridbot.journal.Playback;

import java.math.BigDecimal;
import java.util.function.Consumer;

/**
 * Turns the journal's events of interest into trade-log entries, one per event, in the order the
 * engine handled them: orders sent and ended, fills, internal crosses, stop-losses, refusals with the
 * venue's code, unknown outcomes, the venue's state (connected, re-sync, safe mode, throttled), its
 * position reports, operators' commands (pause, resume, stop, start), and lasting position mismatches.
 * Market data and routine acknowledgements are not logged. Used on the analysis thread;
 * {@link OrderTracker} must see each event first.
 */
final class TradeLog implements Playback.Listener {
    private static final String VENUE = "venue";

    private final Owners owners;
    private final TimeWindow window;
    private final OrderTracker orders;
    private final Consumer<LogEntry> sink;
    private long mismatches;
    private long controlsApplied;
    private long controlsRefused;

    TradeLog(Owners owners, TimeWindow window, OrderTracker orders, Consumer<LogEntry> sink) {
        this.owners = owners;
        this.window = window;
        this.orders = orders;
        this.sink = sink;
    }

    @Override
    public void onInbound(InboundEvent e) {
        if (!window.contains(e.timestampNanos())) {
            return;
        }
        long t = e.timestampNanos();
        long id = e.clientOrderId();
        String who = owners.nameOfOrder(id);
        switch (e.type()) {
            case ORDER_REJECTED -> {
                if (e.cancelRequest()) {
                    emit(t, LogType.INFO, who, "cancel of " + order(id) + " refused: " + code(e.code())
                            + " (it may have filled or ended already)");
                } else {
                    emit(t, LogType.WARN, who, "order " + order(id) + " refused: " + code(e.code()));
                }
            }
            case ORDER_CANCELED -> {
                OrderRecord o = orders.order(id);
                Instrument inst = owners.instrumentOfOrder(id);
                String rest = inst == null ? "" : ", " + plain(inst.lotsToQty(e.qtyLots())) + " unfilled";
                boolean asked = o != null && o.cancelRequestNanos != 0;
                // The tracker has seen this event already: an earlier cancellation is a repeat.
                boolean again = o != null && o.canceledNanos != 0 && o.canceledNanos != t;
                emit(t, LogType.ORDER, who, (asked ? "cancelled " : "ended by the venue ") + order(id) + rest
                        + (again ? " (reported again)" : ""));
            }
            case ORDER_UNKNOWN -> emit(t, LogType.WARN, who, "the outcome of a request about " + order(id)
                    + " is unknown (" + e.code() + "): the engine queries it");
            case ORDER_STATUS -> {
                Instrument inst = owners.instrumentOfOrder(id);
                String status = e.code() >= 0 && e.code() < OrderStatus.values().length
                        ? OrderStatus.of(e.code()).name() : "status " + e.code();
                emit(t, LogType.INFO, who, "the venue says " + order(id) + " is " + status
                        + (inst == null ? "" : " (filled " + plain(inst.lotsToQty(e.qtyLots())) + ", open "
                        + plain(inst.lotsToQty(e.leavesLots())) + ")"));
            }
            case POSITION -> {
                Instrument inst = instrument(e.instrumentId());
                if (inst != null) {
                    String leg = e.code() == VenueView.LONG ? " (long leg)" : e.code() == VenueView.SHORT ? " (short leg)" : "";
                    emit(t, LogType.INFO, VENUE, "position on " + inst.symbol() + leg + ": "
                            + plain(inst.lotsToQty(e.qtyLots())) + " at " + plain(inst.ticksToPrice(e.priceTicks())));
                }
            }
            case VENUE_STATUS -> venueStatus(e);
            default -> {
            }
        }
    }

    private void venueStatus(InboundEvent e) {
        long t = e.timestampNanos();
        long state = e.qtyLots();
        if (state < 0 || state >= VenueState.values().length) {
            emit(t, LogType.WARN, VENUE, "unknown venue state " + state + " (code " + e.code() + ")");
            return;
        }
        switch (VenueState.of((int) state)) {
            case CONNECTED -> emit(t, LogType.INFO, VENUE, "connected");
            case DISCONNECTED -> emit(t, LogType.WARN, VENUE, "disconnected" + (e.code() != 0 ? " (" + e.code() + ")" : ""));
            case NOTICE -> emit(t, LogType.WARN, VENUE, "notice: " + code(e.code()));
            case RESYNC -> emit(t, LogType.INFO, VENUE, "re-sync: open orders and positions re-read, working orders queried");
            case SAFE_MODE -> emit(t, LogType.ERROR, VENUE, "SAFE MODE: the venue could not be reached within the "
                    + "retry budget; working orders cancelled, nothing new placed until a re-sync");
            case THROTTLED -> emit(t, LogType.WARN, VENUE, "throttled (HTTP " + e.code() + "): nothing sent until "
                    + ReportFiles.time(e.priceTicks()));
        }
    }

    @Override
    public void onOutbound(OutboundEvent e, InboundEvent cause) {
        long t = e.timestampNanos();
        if (!window.contains(t)) {
            return;
        }
        switch (e.type()) {
            case PLACE -> {
                Instrument inst = owners.instrument(e.strategyId());
                String price = e.priceTicks() == 0 ? "at market" : "@ " + plain(inst.ticksToPrice(e.priceTicks()));
                emit(t, LogType.ORDER, owners.name(e.strategyId()), "placed " + e.side() + " "
                        + plain(inst.lotsToQty(e.qtyLots())) + " " + price + " " + e.orderType()
                        + (e.orderType() == dev.gridbot.engine.model.OrderType.LIMIT ? "/" + e.timeInForce() : "")
                        + (e.reduceOnly() ? " reduce-only" : "") + where(e.clientOrderId()) + " "
                        + Owners.idText(e.clientOrderId()));
            }
            case FILL_REPORT -> {
                Instrument inst = owners.instrument(e.strategyId());
                OrderTracker.Liquidity liquidity = orders.lastLiquidity();
                String what = liquidity == OrderTracker.Liquidity.ADJUSTMENT ? "books follow the venue: " : "";
                emit(t, LogType.FILL, owners.name(e.strategyId()), what + e.side() + " "
                        + plain(inst.lotsToQty(e.qtyLots())) + " @ " + plain(inst.ticksToPrice(e.priceTicks()))
                        + where(e.clientOrderId())
                        + (e.clientOrderId() == ClientOrderId.NONE ? "" : " " + Owners.idText(e.clientOrderId()))
                        + ", " + liquidity.text() + ", fee " + plain(inst.unitsToQuote(e.feeUnits()))
                        + ", realized " + plain(inst.unitsToQuote(e.pnlUnits())));
            }
            case CROSS_REPORT -> {
                Instrument inst = owners.instrument(e.strategyId());
                emit(t, LogType.FILL, owners.name(e.strategyId()), "internal cross: " + owners.name(e.crossBuyer())
                        + " bought " + plain(inst.lotsToQty(e.qtyLots())) + " @ "
                        + plain(inst.ticksToPrice(e.priceTicks())) + " from " + owners.name(e.crossSeller())
                        + ", venue fees saved " + plain(inst.unitsToQuote(e.feeUnits())));
            }
            case STOP_REPORT -> {
                Instrument inst = owners.instrument(e.strategyId());
                emit(t, LogType.WARN, owners.name(e.strategyId()), "stop-loss: a trade at "
                        + plain(inst.ticksToPrice(e.refPriceTicks())) + " at " + ReportFiles.time(e.refTimestampNanos())
                        + " triggered it with position " + plain(inst.lotsToQty(e.qtyLots())) + "; closed at "
                        + plain(inst.ticksToPrice(e.priceTicks())) + "; the strategy is stopped");
            }
            default -> {
            }
        }
    }

    @Override
    public void afterInbound(InboundEvent e, EngineLogic logic) {
        if (e.type() == InboundType.CONTROL) {
            // Whether the engine applied the command shows in its counters once it handled it.
            ControlCommand command = ControlCommand.of(e.code());
            boolean applied = logic.statusBoard().controlsApplied() > controlsApplied;
            boolean refused = logic.statusBoard().controlsRefused() > controlsRefused;
            controlsApplied = logic.statusBoard().controlsApplied();
            controlsRefused = logic.statusBoard().controlsRefused();
            String who = e.qtyLots() >= 0 && e.qtyLots() < owners.strategies() ? owners.name((int) e.qtyLots()) : "-";
            if (window.contains(e.timestampNanos())) {
                String what = "operator: " + (command == null ? "command " + e.code()
                        : command.name().toLowerCase(java.util.Locale.ROOT))
                        + (command == ControlCommand.RECONFIGURE ? " to configuration revision " + e.priceTicks() : "");
                emit(e.timestampNanos(), applied ? LogType.INFO : LogType.WARN, who, what + (applied ? ", applied"
                        : refused ? ", refused: the strategy's state does not allow it" : ", ignored: no such strategy"));
            }
        }
        long seen = logic.venue().positionMismatches();
        if (seen > mismatches) {
            mismatches = seen;
            Instrument inst = instrument(e.instrumentId());
            if (inst != null && window.contains(e.timestampNanos())) {
                emit(e.timestampNanos(), LogType.ERROR, VENUE, "POSITION MISMATCH on " + inst.symbol() + ": the venue "
                        + "holds " + plain(inst.lotsToQty(logic.venue().positionLots(inst.id(), VenueView.BOTH)))
                        + ", the strategies " + plain(inst.lotsToQty(logic.netLots(inst.id())))
                        + " (lasting); a sole strategy's books follow the venue");
            }
        }
    }

    /** Adds the entries only the end of the playback knows: an engine halt, a replay that differs. */
    void finish(Playback.Result result, String replayLine, long endNanos) {
        if (result.engineFailure() != null || !result.verified()) {
            emit(endNanos, LogType.ERROR, "-", replayLine);
        }
    }

    private Instrument instrument(int id) {
        return id >= 0 && id < owners.definition().instruments().size()
                ? owners.definition().instruments().byId(id) : null;
    }

    /** An order as the log names it: side, quantity, price, level and intent, and its id. */
    private String order(long id) {
        OrderRecord o = orders.order(id);
        Instrument inst = owners.instrumentOfOrder(id);
        if (o == null || inst == null) {
            return Owners.idText(id).isEmpty() ? "an order" : Owners.idText(id);
        }
        return Owners.idText(id) + " (" + o.side + " " + plain(inst.lotsToQty(o.qtyLots)) + " "
                + (o.priceTicks == 0 ? "at market" : "@ " + plain(inst.ticksToPrice(o.priceTicks))) + where(id) + ")";
    }

    /** " level 17 ENTRY", or the intent alone when the order has no level. */
    private static String where(long id) {
        String level = Owners.levelText(id);
        return level.isEmpty() ? " " + Owners.intentText(id) : " level " + level + " " + Owners.intentText(id);
    }

    private void emit(long t, LogType type, String who, String text) {
        sink.accept(new LogEntry(t, type, who, text));
    }

    private static String plain(BigDecimal v) {
        return ReportFiles.plain(v);
    }

    /** A venue code with what it means, where the engine knows. */
    static String code(int code) {
        String meaning = switch (code) {
            case VenueCodes.POST_ONLY_WOULD_TAKE -> "post-only order would have taken liquidity";
            case VenueCodes.REDUCE_ONLY_REJECTED -> "reduce-only order would increase the position";
            case VenueCodes.UNKNOWN_ORDER -> "unknown order";
            case VenueCodes.MARGIN_INSUFFICIENT -> "margin is insufficient";
            case VenueCodes.TIMESTAMP_OUTSIDE_RECV_WINDOW -> "timestamp outside the receive window";
            case VenueCodes.ORDER_DOES_NOT_EXIST -> "order does not exist";
            case VenueCodes.BAD_PRECISION -> "bad precision";
            case VenueCodes.PRICE_NOT_ON_TICK -> "price not on the tick";
            case VenueCodes.QTY_NOT_ON_STEP -> "quantity not on the step";
            case VenueCodes.RISK_ACCOUNT_POSITION -> "account position cap (local risk)";
            case VenueCodes.RISK_OPEN_ORDERS -> "account open-order limit (local risk)";
            case VenueCodes.RISK_ORDER_RATE -> "account order-rate budget (local risk)";
            case 429 -> "HTTP 429, too many requests";
            case 418 -> "HTTP 418, banned for too many requests";
            case 503 -> "HTTP 503, execution status unknown";
            default -> null;
        };
        return meaning == null ? Integer.toString(code) : code + " " + meaning;
    }
}
