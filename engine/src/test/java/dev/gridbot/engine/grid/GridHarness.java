package dev.gridbot.engine.grid;

import dev.gridbot.config.GridMode;
import dev.gridbot.engine.event.InboundEvent;
import dev.gridbot.engine.event.OutboundEvent;
import dev.gridbot.engine.event.OutboundType;
import dev.gridbot.engine.model.Instrument;
import dev.gridbot.engine.model.Side;
import dev.gridbot.engine.netting.AccountLimits;
import dev.gridbot.engine.netting.NettingBook;
import dev.gridbot.engine.strategy.Strategy;
import dev.gridbot.engine.model.TimeInForce;
import dev.gridbot.engine.support.CapturingSink;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Drives one GridStrategy by hand, playing the venue: trades, acceptances, fills, cancels, rejects.
 * The grid trades through a one-way netting book of its own, as in a run: what the sink captures
 * is what the venue would be sent.
 * Levels are 1000, 1100, … 2000 ticks (11 levels) unless a test says otherwise; time in seconds.
 */
final class GridHarness {
    static final long SEC = 1_000_000_000L;

    final CapturingSink sink = new CapturingSink();
    final GridStrategy grid;
    private final NettingBook book;
    private final InboundEvent event = new InboundEvent();
    private long now;

    private GridHarness(GridSpec spec) {
        Instrument instrument = new Instrument(0, "TEST", BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE,
                BigDecimal.ZERO, 200, 500);
        this.book = new NettingBook(1, instrument, false, new AccountLimits("test", 200, 300, 1200),
                Long.MAX_VALUE, sink);
        this.grid = new GridStrategy(spec, book);
        book.attach(new Strategy[] {grid}, new Strategy[] {grid});
    }

    /** An order event reaches the grid through its book, as in a run. */
    private void toGrid(InboundEvent e) {
        book.onStrategyOrderEvent(e);
        book.drain();
    }

    static Builder grid(GridMode mode) {
        return new Builder(mode);
    }

    static final class Builder {
        private final GridMode mode;
        private long[] levels = {1000, 1100, 1200, 1300, 1400, 1500, 1600, 1700, 1800, 1900, 2000};
        private long qty = 10;
        private long max = 1_000;
        private TimeInForce tif = TimeInForce.GTX;
        private long partialTimeoutSec = 600;
        private long cooldownSec = 5;
        private long stopLow = 995;
        private long stopHigh = 2010;

        Builder(GridMode mode) {
            this.mode = mode;
        }

        Builder maxPosition(long lots) {
            this.max = lots;
            return this;
        }

        Builder quantity(long lots) {
            this.qty = lots;
            return this;
        }

        Builder levels(long... priceTicks) {
            this.levels = priceTicks.clone();
            return this;
        }

        Builder tif(TimeInForce tif) {
            this.tif = tif;
            return this;
        }

        Builder partialFillTimeoutSec(long s) {
            this.partialTimeoutSec = s;
            return this;
        }

        Builder stops(long low, long high) {
            this.stopLow = low;
            this.stopHigh = high;
            return this;
        }

        GridSpec spec() {
            return new GridSpec(0, "test", 0, mode, levels, qty, max, tif, partialTimeoutSec * SEC,
                    cooldownSec * SEC, stopLow, stopHigh, 200);
        }

        GridHarness build() {
            return new GridHarness(spec());
        }
    }

    GridHarness at(long seconds) {
        now = seconds * SEC;
        return this;
    }

    long now() {
        return now;
    }

    List<OutboundEvent> trade(long priceTicks) {
        grid.onTrade(event.setTrade(now, 0, priceTicks, 1_000, 0));
        book.onTrade(now, priceTicks);
        book.drain();
        return sink.take();
    }

    /** An operator's command; returns what the grid sent, and records whether it was applied in {@link #applied}. */
    List<OutboundEvent> control(dev.gridbot.engine.model.ControlCommand command) {
        applied = grid.onControl(command, now);
        book.drain();
        return sink.take();
    }

    boolean applied;

    /**
     * A changed configuration reaches the grid as the engine hands it over: a fresh grid built from
     * {@code next}, whose parameters the grid takes if its state allows ({@link #applied} says).
     */
    List<OutboundEvent> reconfigure(Builder next) {
        applied = grid.reconfigure(new GridStrategy(next.spec(), book), now);
        book.drain();
        return sink.take();
    }

    List<OutboundEvent> accept(OutboundEvent place) {
        toGrid(event.setAccepted(now, 0, place.clientOrderId(), place.side(), place.priceTicks(),
                place.qtyLots()));
        return sink.take();
    }

    List<OutboundEvent> fill(OutboundEvent place, long priceTicks, long qty, long leaves, long fee) {
        toGrid(event.setFilled(now, 0, place.clientOrderId(), place.side(), priceTicks, qty, leaves, fee,
                true, 0));
        return sink.take();
    }

    List<OutboundEvent> fillAll(OutboundEvent place) {
        return fill(place, place.priceTicks(), place.qtyLots(), 0, 0);
    }

    List<OutboundEvent> canceled(OutboundEvent order, long canceledLots) {
        toGrid(event.setCanceled(now, 0, order.clientOrderId(), order.side(), canceledLots));
        return sink.take();
    }

    List<OutboundEvent> unknown(OutboundEvent order) {
        toGrid(event.setUnknown(now, 0, order.clientOrderId(), order.side(), 503));
        return sink.take();
    }

    List<OutboundEvent> status(OutboundEvent order, dev.gridbot.engine.model.OrderStatus status, long filled) {
        toGrid(event.setOrderStatus(now, 0, order.clientOrderId(), order.side(), order.priceTicks(), filled,
                order.qtyLots() - filled, status.ordinal()));
        return sink.take();
    }

    List<OutboundEvent> venue(dev.gridbot.engine.model.VenueState state) {
        book.onVenueState(state, now);
        grid.onVenueState(state, now);
        book.drain();
        return sink.take();
    }

    List<OutboundEvent> statusOf(long clientOrderId, dev.gridbot.engine.model.Side side,
                                 dev.gridbot.engine.model.OrderStatus status) {
        toGrid(event.setOrderStatus(now, 0, clientOrderId, side, 0, 0, 10, status.ordinal()));
        return sink.take();
    }

    List<OutboundEvent> cancelRejected(OutboundEvent cancel, int code) {
        toGrid(event.setCancelRejected(now, 0, cancel.clientOrderId(), cancel.side(), code));
        return sink.take();
    }

    List<OutboundEvent> rejected(OutboundEvent order, int code) {
        toGrid(event.setRejected(now, 0, order.clientOrderId(), order.side(), code));
        return sink.take();
    }

    /** Accepts every PLACE among {@code events} and confirms every CANCEL (as a fast venue would). */
    List<OutboundEvent> ack(List<OutboundEvent> events) {
        List<OutboundEvent> more = new ArrayList<>();
        for (OutboundEvent e : events) {
            if (e.type() == OutboundType.PLACE) {
                more.addAll(accept(e));
            }
        }
        for (OutboundEvent e : events) {
            if (e.type() == OutboundType.CANCEL) {
                more.addAll(canceled(e, 10));
            }
        }
        return more;
    }

    static List<OutboundEvent> of(List<OutboundEvent> events, OutboundType type) {
        List<OutboundEvent> out = new ArrayList<>();
        for (OutboundEvent e : events) {
            if (e.type() == type) {
                out.add(e);
            }
        }
        return out;
    }

    static List<Long> prices(List<OutboundEvent> events, OutboundType type, Side side) {
        List<Long> out = new ArrayList<>();
        for (OutboundEvent e : events) {
            if (e.type() == type && e.side() == side) {
                out.add(e.priceTicks());
            }
        }
        return out;
    }

    static OutboundEvent placeAt(List<OutboundEvent> events, long priceTicks) {
        for (OutboundEvent e : events) {
            if (e.type() == OutboundType.PLACE && e.priceTicks() == priceTicks) {
                return e;
            }
        }
        throw new AssertionError("no order placed at " + priceTicks + " in " + events);
    }
}
