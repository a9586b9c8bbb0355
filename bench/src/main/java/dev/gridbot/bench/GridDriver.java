package dev.gridbot.bench;

import dev.gridbot.engine.event.InboundEvent;
import dev.gridbot.engine.model.ClientOrderId;
import dev.gridbot.engine.strategy.EngineLogic;

/**
 * Drives one {@link EngineLogic} directly on the calling thread, as the business-logic thread
 * would, with the trades of a {@link GridScenario} (its first book) and the venue's
 * acknowledgements of its cancels.
 * One reused event, no allocation. Owned by the calling thread.
 */
final class GridDriver {
    /** Event time advances by this much per event; nothing in the scenario depends on it. */
    private static final long EVENT_GAP_NANOS = 1_000_000L;

    private final GridScenario scenario;
    private final CountingOrderSink sink = new CountingOrderSink();
    private final EngineLogic logic;
    private final InboundEvent event = new InboundEvent();
    private final long atPivot;
    private final long abovePivot;
    private final long quietLow;
    private final long quietHigh;
    private final int instrumentId;
    private long sequence;
    private long nowNanos;
    private long venueSequence;
    private boolean quietHighNext;

    /** A fresh logic for the scenario's configuration, after the reference trade. */
    GridDriver(GridScenario scenario) {
        this.scenario = scenario;
        this.logic = scenario.definition().newLogic(sink);
        this.atPivot = scenario.atPivotTicks();
        this.abovePivot = scenario.abovePivotTicks();
        this.quietLow = scenario.quietLowTicks();
        this.quietHigh = scenario.quietHighTicks();
        this.instrumentId = scenario.instrumentId(0);
        trade(scenario.referenceTicks());
    }

    CountingOrderSink sink() {
        return sink;
    }

    EngineLogic logic() {
        return logic;
    }

    /** One market trade at {@code priceTicks}. */
    void trade(long priceTicks) {
        nowNanos += EVENT_GAP_NANOS;
        logic.onEvent(event.setTrade(nowNanos, instrumentId, priceTicks, 1, ++venueSequence), sequence++, true);
    }

    /** The venue confirms the last cancel the strategies sent. */
    void ackLastCancel() {
        long id = sink.lastCanceledId();
        if (id == ClientOrderId.NONE) {
            throw new IllegalStateException("no cancel to acknowledge");
        }
        nowNanos += EVENT_GAP_NANOS;
        logic.onEvent(event.setCanceled(nowNanos, instrumentId, id, sink.lastCanceledSide(), scenario.qtyLots()),
                sequence++, true);
    }

    /**
     * A trade at the pivot (one CANCEL), the venue's cancel acknowledgement, a trade one tick above
     * the pivot (one PLACE): three events, two decisions. Returns the order count so far.
     */
    long decidingRound() {
        trade(atPivot);
        ackLastCancel();
        trade(abovePivot);
        return sink.orders();
    }

    /** One trade between two levels, alternately low and high; decides nothing. Returns the order count. */
    long quietTrade() {
        trade(quietHighNext ? quietHigh : quietLow);
        quietHighNext = !quietHighNext;
        return sink.orders();
    }

    /**
     * Fails unless a deciding round emits exactly one cancel and one place and quiet trades emit
     * nothing, so a benchmark never silently measures a path that decides nothing.
     */
    void verifyScenario() {
        long places = sink.places();
        long cancels = sink.cancels();
        decidingRound();
        if (sink.places() != places + 1 || sink.cancels() != cancels + 1) {
            throw new IllegalStateException(scenario.configFile() + ": a deciding round emitted "
                    + (sink.places() - places) + " places and " + (sink.cancels() - cancels)
                    + " cancels, expected one of each");
        }
        long orders = sink.orders();
        quietTrade();
        quietTrade();
        if (sink.orders() != orders) {
            throw new IllegalStateException(scenario.configFile() + ": quiet trades emitted "
                    + (sink.orders() - orders) + " orders, expected none");
        }
    }
}
