package dev.gridbot.engine.strategy;

import com.lmax.disruptor.EventHandler;
import dev.gridbot.engine.event.InboundEvent;
import dev.gridbot.engine.event.InboundType;
import dev.gridbot.engine.model.ClientOrderId;
import dev.gridbot.engine.model.VenueState;

import java.util.List;

/**
 * The business logic: routes each inbound event to the strategies it concerns, in sequence order,
 * and keeps the run's net PnL drawdown. A pure function of the event sequence: it reads time only
 * from events, uses no threads, no randomness and no hash-ordered iteration.
 *
 * <p>Runs on the business-logic thread only (the consumer of the inbound ring, after the journal).
 */
public final class EngineLogic implements EventHandler<InboundEvent> {
    private final Strategy[] strategies;
    private final int[][] strategiesByInstrument;
    private final RunAccount runAccount;
    private final long[] maxAbsNetLots;
    private final VenueView venue;
    private final StatusBoard board;
    private long eventsHandled;
    private long foreignEvents;

    /**
     * @param strategies        the run's strategies; strategy {@code i} must have id {@code i}
     * @param instrumentCount   number of instruments (ids 0..n-1)
     * @param unitMultipliers   per strategy, its money unit in the run's common money unit
     */
    public EngineLogic(List<? extends Strategy> strategies, int instrumentCount, long[] unitMultipliers) {
        this.strategies = strategies.toArray(new Strategy[0]);
        for (int i = 0; i < this.strategies.length; i++) {
            if (this.strategies[i].id() != i) {
                throw new IllegalArgumentException("strategy " + this.strategies[i].name() + " must have id " + i);
            }
        }
        int[] counts = new int[instrumentCount];
        for (Strategy s : this.strategies) {
            counts[s.instrumentId()]++;
        }
        strategiesByInstrument = new int[instrumentCount][];
        for (int i = 0; i < instrumentCount; i++) {
            strategiesByInstrument[i] = new int[counts[i]];
            counts[i] = 0;
        }
        for (Strategy s : this.strategies) {
            strategiesByInstrument[s.instrumentId()][counts[s.instrumentId()]++] = s.id();
        }
        this.runAccount = new RunAccount(this.strategies, unitMultipliers);
        this.maxAbsNetLots = new long[instrumentCount];
        this.venue = new VenueView(instrumentCount);
        this.board = new StatusBoard(this.strategies.length);
    }

    @Override
    public void onEvent(InboundEvent event, long sequence, boolean endOfBatch) {
        eventsHandled++;
        int instrumentId = event.instrumentId();
        if (instrumentId < 0 || instrumentId >= strategiesByInstrument.length) {
            foreignEvents++;
            return;
        }
        switch (event.type()) {
            case TRADE -> {
                for (int id : strategiesByInstrument[instrumentId]) {
                    strategies[id].onTrade(event);
                    board.publish(id, strategies[id], event.timestampNanos());
                }
                runAccount.sample();
                if (venue.onTrade(instrumentId, netLots(instrumentId), event.timestampNanos())
                        && strategiesByInstrument[instrumentId].length == 1) {
                    int id = strategiesByInstrument[instrumentId][0];
                    strategies[id].adoptVenuePosition(venue.positionLots(instrumentId, VenueView.BOTH),
                            event.timestampNanos());
                    board.publish(id, strategies[id], event.timestampNanos());
                }
                board.publishPositionMismatches(venue.positionMismatches());
            }
            case ORDER_ACCEPTED, ORDER_REJECTED, ORDER_FILLED, ORDER_CANCELED, ORDER_UNKNOWN, ORDER_STATUS ->
                    onOrderEvent(event);
            case POSITION -> {
                venue.onPosition(event, netLots(instrumentId));
                board.publishPositionMismatches(venue.positionMismatches());
            }
            case MARK_PRICE -> venue.onMarkPrice(event);
            case BOOK_TICKER -> venue.onBookTicker(event);
            case VENUE_STATUS -> onVenueStatus(event);
            default -> foreignEvents++;
        }
    }

    private void onVenueStatus(InboundEvent event) {
        venue.onStatus(event);
        long state = event.qtyLots();
        if (state == VenueState.THROTTLED.ordinal()) {
            for (int id = 0; id < strategies.length; id++) {
                strategies[id].onThrottled(event.timestampNanos(), event.priceTicks());
            }
        } else if (state == VenueState.RESYNC.ordinal() || state == VenueState.SAFE_MODE.ordinal()) {
            VenueState s = VenueState.of((int) state);
            for (int id = 0; id < strategies.length; id++) {
                strategies[id].onVenueState(s, event.timestampNanos());
                board.publish(id, strategies[id], event.timestampNanos());
            }
        }
    }

    private void onOrderEvent(InboundEvent event) {
        long id = event.clientOrderId();
        int strategyId = ClientOrderId.strategy(id);
        if (id == ClientOrderId.NONE || strategyId >= strategies.length
                || strategies[strategyId].instrumentId() != event.instrumentId()) {
            foreignEvents++;
            return;
        }
        strategies[strategyId].onOrderEvent(event);
        board.publish(strategyId, strategies[strategyId], event.timestampNanos());
        if (event.type() == InboundType.ORDER_FILLED || event.type() == InboundType.ORDER_STATUS) {
            trackNetPosition(event.instrumentId());
        }
    }

    /** Sum of the strategies' net positions on an instrument, in lots. */
    public long netLots(int instrumentId) {
        long net = 0;
        for (int id : strategiesByInstrument[instrumentId]) {
            net += strategies[id].account().netLots();
        }
        return net;
    }

    /** Events that named no strategy or instrument of this run (foreign orders, unknown symbols). */
    public long foreignEvents() {
        return foreignEvents;
    }

    /** The status snapshot other threads may read. */
    public StatusBoard statusBoard() {
        return board;
    }

    /** What the venue last said about positions, prices and the connection. */
    public VenueView venue() {
        return venue;
    }

    private void trackNetPosition(int instrumentId) {
        long abs = Math.abs(netLots(instrumentId));
        if (abs > maxAbsNetLots[instrumentId]) {
            maxAbsNetLots[instrumentId] = abs;
        }
    }

    /** The largest |sum of the strategies' net positions| seen on an instrument, in lots. */
    public long maxAbsNetLots(int instrumentId) {
        return maxAbsNetLots[instrumentId];
    }

    /** How many instruments have at least one strategy. */
    public int instrumentsTraded() {
        int n = 0;
        for (int[] ids : strategiesByInstrument) {
            if (ids.length > 0) {
                n++;
            }
        }
        return n;
    }

    public long eventsHandled() {
        return eventsHandled;
    }

    public int strategyCount() {
        return strategies.length;
    }

    public Strategy strategy(int id) {
        return strategies[id];
    }

    public RunAccount runAccount() {
        return runAccount;
    }

    /** Hash of every strategy's state: equal hashes after replay mean equal decisions and books. */
    public long stateHash() {
        long h = 0x6772696462L;
        for (Strategy s : strategies) {
            h = s.stateHash(h);
        }
        h = venue.stateHash(h);
        h = StateHash.mix(h, foreignEvents);
        return StateHash.mix(h, eventsHandled);
    }
}
