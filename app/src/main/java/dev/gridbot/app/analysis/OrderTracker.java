package dev.gridbot.app.analysis;

import dev.gridbot.engine.event.InboundEvent;
import dev.gridbot.engine.event.InboundType;
import dev.gridbot.engine.event.OutboundEvent;
import dev.gridbot.engine.event.OutboundType;
import dev.gridbot.engine.model.ClientOrderId;
import dev.gridbot.engine.model.OrderStatus;
import dev.gridbot.journal.Playback;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Follows every order the engine sent to the venue through the venue's answers and the fills
 * booked against it (a part crossed inside the netting book included), and says where each booked
 * fill came from ({@link Liquidity}). Events after the window's end are ignored: an order looks as
 * the journal had it then.
 *
 * <p>Used on the analysis thread; read once the journal was played.
 */
final class OrderTracker implements Playback.Listener {
    /** Where a booked fill came from. */
    enum Liquidity {
        /** The venue filled a resting order of ours. */
        MAKER,
        /** Our order took liquidity at the venue. */
        TAKER,
        /** The venue filled it; we learned of it from a query, which does not say maker or taker. */
        VENUE,
        /** Crossed inside a netting book against another strategy: no venue order, no fee. */
        INTERNAL,
        /** Booked when a grid's books followed the venue's position after a lasting mismatch. */
        ADJUSTMENT;

        String text() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final TimeWindow window;
    private final Map<Long, OrderRecord> byId = new HashMap<>();
    private final List<OrderRecord> inOrder = new ArrayList<>();
    private Liquidity lastLiquidity = Liquidity.INTERNAL;

    OrderTracker(TimeWindow window) {
        this.window = window;
    }

    @Override
    public void onInbound(InboundEvent e) {
        if (e.timestampNanos() > window.toNanos()) {
            return;
        }
        OrderRecord o = e.clientOrderId() == ClientOrderId.NONE ? null : byId.get(e.clientOrderId());
        if (o == null) {
            return;
        }
        long t = e.timestampNanos();
        switch (e.type()) {
            case ORDER_ACCEPTED -> {
                if (o.acceptedNanos == 0) {
                    o.acceptedNanos = t;
                }
                if (o.status == OrderRecord.Status.SENT || o.status == OrderRecord.Status.UNKNOWN) {
                    o.status = OrderRecord.Status.NEW;
                }
            }
            case ORDER_REJECTED -> {
                if (!e.cancelRequest()) {
                    o.status = OrderRecord.Status.REJECTED;
                    o.rejectCode = e.code();
                }
            }
            case ORDER_FILLED -> o.status = e.leavesLots() == 0 ? OrderRecord.Status.FILLED
                    : OrderRecord.Status.PARTIALLY_FILLED;
            case ORDER_CANCELED -> {
                o.status = OrderRecord.Status.CANCELED;
                if (o.canceledNanos == 0) {
                    o.canceledNanos = t;
                }
            }
            case ORDER_UNKNOWN -> {
                if (o.status.working()) {
                    o.status = OrderRecord.Status.UNKNOWN;
                }
            }
            case ORDER_STATUS -> o.status = statusOf(OrderStatus.of(e.code()), o.status);
            default -> {
            }
        }
    }

    @Override
    public void onOutbound(OutboundEvent e, InboundEvent cause) {
        if (e.timestampNanos() > window.toNanos()) {
            return;
        }
        if (e.type() == OutboundType.PLACE) {
            if (!byId.containsKey(e.clientOrderId())) {
                OrderRecord o = new OrderRecord(e.clientOrderId(), e.strategyId(), e.instrumentId(), e.side(),
                        e.orderType(), e.timeInForce(), e.reduceOnly(), e.priceTicks(), e.qtyLots(), e.timestampNanos());
                byId.put(e.clientOrderId(), o);
                inOrder.add(o);
            }
        } else if (e.type() == OutboundType.CANCEL) {
            OrderRecord o = byId.get(e.clientOrderId());
            if (o != null && o.cancelRequestNanos == 0) {
                o.cancelRequestNanos = e.timestampNanos();
            }
        } else if (e.type() == OutboundType.FILL_REPORT) {
            lastLiquidity = liquidity(e.clientOrderId(), cause);
            OrderRecord o = e.clientOrderId() == ClientOrderId.NONE ? null : byId.get(e.clientOrderId());
            if (o != null && e.timestampNanos() >= o.placedNanos) {
                if (o.fills++ == 0) {
                    o.firstFillNanos = e.timestampNanos();
                }
                o.lastFillNanos = e.timestampNanos();
                o.filledLots += e.qtyLots();
                o.filledTickLots = Math.addExact(o.filledTickLots, Math.multiplyExact(e.priceTicks(), e.qtyLots()));
                o.feeUnits = Math.addExact(o.feeUnits, e.feeUnits());
                o.pnlUnits = Math.addExact(o.pnlUnits, e.pnlUnits());
            }
        }
    }

    /**
     * Where the fill report being handled came from: the venue's fill or query answer of that very
     * order, a book adjustment, or else a cross inside the netting book.
     */
    private static Liquidity liquidity(long clientOrderId, InboundEvent cause) {
        if (clientOrderId == ClientOrderId.NONE) {
            return Liquidity.INTERNAL;
        }
        if (Owners.isAdjustment(clientOrderId)) {
            return Liquidity.ADJUSTMENT;
        }
        if (cause != null && cause.clientOrderId() == clientOrderId) {
            if (cause.type() == InboundType.ORDER_FILLED) {
                return cause.maker() ? Liquidity.MAKER : Liquidity.TAKER;
            }
            if (cause.type() == InboundType.ORDER_STATUS) {
                return Liquidity.VENUE;
            }
        }
        return Liquidity.INTERNAL;
    }

    private static OrderRecord.Status statusOf(OrderStatus venue, OrderRecord.Status current) {
        return switch (venue) {
            case NEW -> OrderRecord.Status.NEW;
            case PARTIALLY_FILLED -> OrderRecord.Status.PARTIALLY_FILLED;
            case FILLED -> OrderRecord.Status.FILLED;
            case CANCELED -> OrderRecord.Status.CANCELED;
            case EXPIRED -> OrderRecord.Status.EXPIRED;
            case REJECTED -> OrderRecord.Status.REJECTED;
            case NOT_FOUND -> current == OrderRecord.Status.SENT || current == OrderRecord.Status.UNKNOWN
                    ? OrderRecord.Status.NOT_FOUND : current;
        };
    }

    /** The liquidity of the fill report last seen (valid right after {@link #onOutbound} handled it). */
    Liquidity lastLiquidity() {
        return lastLiquidity;
    }

    /** The order with this client order id, or null if it was never sent (or not by the window's end). */
    OrderRecord order(long clientOrderId) {
        return byId.get(clientOrderId);
    }

    /** Every order sent by the window's end, in the order they were sent. */
    List<OrderRecord> orders() {
        return Collections.unmodifiableList(inOrder);
    }
}
