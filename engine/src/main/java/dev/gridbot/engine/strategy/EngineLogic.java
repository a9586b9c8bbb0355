package dev.gridbot.engine.strategy;

import com.lmax.disruptor.EventHandler;
import dev.gridbot.engine.ConfigRevisions;
import dev.gridbot.engine.RunDefinition;
import dev.gridbot.engine.event.InboundEvent;
import dev.gridbot.engine.event.InboundType;
import dev.gridbot.engine.model.ClientOrderId;
import dev.gridbot.engine.model.ControlCommand;
import dev.gridbot.engine.model.VenueState;
import dev.gridbot.engine.netting.NettingBook;

import java.util.List;

/**
 * The business logic: routes each inbound event to the strategies it concerns, in sequence order,
 * through the netting book of their account and instrument ({@link NettingBook}), and keeps the
 * run's net PnL drawdown. A pure function of the event sequence: it reads time only
 * from events, uses no threads, no randomness and no hash-ordered iteration.
 *
 * <p>Runs on the business-logic thread only (the consumer of the inbound ring, after the journal).
 */
public final class EngineLogic implements EventHandler<InboundEvent> {
    private final Strategy[] strategies;
    private final NettingBook[] books;
    private final NettingBook[] bookOfStrategy;
    private final int[][] strategiesByInstrument;
    private final NettingBook[][] booksByInstrument;
    private final Strategy[][] membersOfBook;
    private final RunAccount runAccount;
    private final long[] maxAbsNetLots;
    private final VenueView venue;
    private final StatusBoard board;
    private final ConfigRevisions revisions;
    /** Per strategy, the configuration revision it runs with. */
    private final int[] revisionOf;
    private long eventsHandled;
    private long foreignEvents;
    private long controlsApplied;
    private long controlsRefused;

    /**
     * @param strategies        the run's strategies; strategy {@code i} must have id {@code i}
     * @param books             the netting books; book {@code j} must have id {@code strategies + j},
     *                          and every strategy must be a member of exactly one (already attached)
     * @param instrumentCount   number of instruments (ids 0..n-1)
     * @param unitMultipliers   per strategy, its money unit in the run's common money unit
     * @param revisions         the run's configurations: revision 0 built these strategies
     */
    public EngineLogic(List<? extends Strategy> strategies, List<NettingBook> books, int instrumentCount,
                       long[] unitMultipliers, ConfigRevisions revisions) {
        this.revisions = revisions;
        this.strategies = strategies.toArray(new Strategy[0]);
        this.books = books.toArray(new NettingBook[0]);
        this.bookOfStrategy = new NettingBook[this.strategies.length];
        this.membersOfBook = new Strategy[this.books.length][];
        int[] bookCounts = new int[instrumentCount];
        for (int j = 0; j < this.books.length; j++) {
            NettingBook book = this.books[j];
            if (book.bookId() != this.strategies.length + j) {
                throw new IllegalArgumentException("book " + j + " must have id " + (this.strategies.length + j));
            }
            bookCounts[book.instrumentId()]++;
            membersOfBook[j] = book.members();
            for (Strategy member : membersOfBook[j]) {
                if (bookOfStrategy[member.id()] != null) {
                    throw new IllegalArgumentException("strategy " + member.name() + " is in two books");
                }
                bookOfStrategy[member.id()] = book;
            }
        }
        booksByInstrument = new NettingBook[instrumentCount][];
        for (int i = 0; i < instrumentCount; i++) {
            booksByInstrument[i] = new NettingBook[bookCounts[i]];
            bookCounts[i] = 0;
        }
        for (NettingBook book : this.books) {
            booksByInstrument[book.instrumentId()][bookCounts[book.instrumentId()]++] = book;
        }
        for (int i = 0; i < this.strategies.length; i++) {
            if (this.strategies[i].id() != i) {
                throw new IllegalArgumentException("strategy " + this.strategies[i].name() + " must have id " + i);
            }
        }
        int[] counts = new int[instrumentCount];
        for (Strategy s : this.strategies) {
            if (bookOfStrategy[s.id()] == null) {
                throw new IllegalArgumentException("strategy " + s.name() + " trades through no book");
            }
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
        this.board = new StatusBoard(this.strategies, this.books.length);
        this.revisionOf = new int[this.strategies.length];
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
                }
                for (NettingBook book : booksByInstrument[instrumentId]) {
                    book.onTrade(event.timestampNanos(), event.priceTicks());
                    // Publishes every strategy of the book: each strategy of the instrument is in one.
                    settle(book, event.timestampNanos());
                }
                runAccount.sample();
                if (venue.onTrade(instrumentId, netLots(instrumentId), event.timestampNanos())) {
                    // A mismatch was counted (only a trade counts one).
                    board.publishPositionMismatches(venue.positionMismatches());
                    if (strategiesByInstrument[instrumentId].length == 1) {
                        int id = strategiesByInstrument[instrumentId][0];
                        strategies[id].adoptVenuePosition(venue.positionLots(instrumentId, VenueView.BOTH),
                                event.timestampNanos());
                        settle(bookOfStrategy[id], event.timestampNanos());
                    }
                }
            }
            case ORDER_ACCEPTED, ORDER_REJECTED, ORDER_FILLED, ORDER_CANCELED, ORDER_UNKNOWN, ORDER_STATUS ->
                    onOrderEvent(event);
            case POSITION -> venue.onPosition(event, netLots(instrumentId));
            case MARK_PRICE -> venue.onMarkPrice(event);
            case BOOK_TICKER -> {
                venue.onBookTicker(event);
                for (NettingBook book : booksByInstrument[instrumentId]) {
                    book.onBookTicker(event.timestampNanos(), venue.bidTicks(instrumentId), venue.askTicks(instrumentId));
                    settle(book, event.timestampNanos());
                }
            }
            case VENUE_STATUS -> onVenueStatus(event);
            case CONTROL -> onControl(event);
            default -> foreignEvents++;
        }
    }

    private void onVenueStatus(InboundEvent event) {
        venue.onStatus(event);
        long state = event.qtyLots();
        if (state == VenueState.THROTTLED.ordinal()) {
            for (NettingBook book : books) {
                book.onThrottled(event.priceTicks());
            }
            for (int id = 0; id < strategies.length; id++) {
                strategies[id].onThrottled(event.timestampNanos(), event.priceTicks());
            }
        } else if (state == VenueState.RESYNC.ordinal() || state == VenueState.SAFE_MODE.ordinal()) {
            VenueState s = VenueState.of((int) state);
            for (NettingBook book : books) {
                book.onVenueState(s, event.timestampNanos());
            }
            for (int id = 0; id < strategies.length; id++) {
                strategies[id].onVenueState(s, event.timestampNanos());
            }
            for (NettingBook book : books) {
                settle(book, event.timestampNanos());
            }
        }
    }

    /** An operator's command to one strategy; a refused or malformed one changes nothing and is counted. */
    private void onControl(InboundEvent event) {
        long target = event.qtyLots();
        ControlCommand command = ControlCommand.of(event.code());
        if (target < 0 || target >= strategies.length || command == null
                || strategies[(int) target].instrumentId() != event.instrumentId()) {
            foreignEvents++;
            return;
        }
        int id = (int) target;
        boolean applied = command == ControlCommand.RECONFIGURE
                ? reconfigure(id, event.priceTicks(), event.timestampNanos())
                : strategies[id].onControl(command, event.timestampNanos());
        if (applied) {
            controlsApplied++;
        } else {
            controlsRefused++;
        }
        settle(bookOfStrategy[id], event.timestampNanos());
        board.publishControl(controlsApplied, controlsRefused);
    }

    /** Strategy {@code id} takes configuration revision {@code revision}, if there is one and its state allows. */
    private boolean reconfigure(int id, long revision, long now) {
        RunDefinition next = revisions.get(revision);
        if (next == null || !next.reconfigure(strategies[id], revisions.get(revisionOf[id]), bookOfStrategy[id], now)) {
            return false;
        }
        revisionOf[id] = (int) revision;
        board.publishRevision(id, strategies[id], revision);
        return true;
    }

    private void onOrderEvent(InboundEvent event) {
        long id = event.clientOrderId();
        int owner = ClientOrderId.strategy(id);
        if (id == ClientOrderId.NONE || owner >= strategies.length + books.length) {
            foreignEvents++;
            return;
        }
        NettingBook book;
        if (owner < strategies.length) {
            book = bookOfStrategy[owner];
            if (strategies[owner].instrumentId() != event.instrumentId()) {
                foreignEvents++;
                return;
            }
            book.onStrategyOrderEvent(event);
        } else {
            book = books[owner - strategies.length];
            if (book.instrumentId() != event.instrumentId()) {
                foreignEvents++;
                return;
            }
            book.onOwnOrderEvent(event);
        }
        settle(book, event.timestampNanos());
        if (event.type() == InboundType.ORDER_FILLED || event.type() == InboundType.ORDER_STATUS) {
            trackNetPosition(event.instrumentId());
        }
    }

    /** Delivers what the book made up for its strategies, then publishes its strategies' status. */
    private void settle(NettingBook book, long nowNanos) {
        book.drain();
        long virtual = 0;
        for (Strategy s : membersOfBook[book.bookId() - strategies.length]) {
            board.publish(s.id(), s, nowNanos);
            virtual += s.account().netLots();
        }
        board.publishBook(book.bookId() - strategies.length, book.venuePositionLots(), virtual, book.workingOrders());
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

    public int bookCount() {
        return books.length;
    }

    public NettingBook book(int index) {
        return books[index];
    }

    /** The book strategy {@code strategyId} trades through. */
    public NettingBook bookOf(int strategyId) {
        return bookOfStrategy[strategyId];
    }

    /** The run's configurations; register a revision here before publishing an event that names it. */
    public ConfigRevisions revisions() {
        return revisions;
    }

    /** The configuration revision strategy {@code id} runs with (0: the one the run started with). */
    public int revisionOf(int id) {
        return revisionOf[id];
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
        for (NettingBook book : books) {
            h = book.stateHash(h);
        }
        h = venue.stateHash(h);
        for (int id = 0; id < revisionOf.length; id++) {
            if (revisionOf[id] != 0) {
                h = StateHash.mix(h, ((long) id << 32) | revisionOf[id]);
            }
        }
        h = StateHash.mix(h, foreignEvents);
        h = StateHash.mix(h, controlsApplied);
        h = StateHash.mix(h, controlsRefused);
        return StateHash.mix(h, eventsHandled);
    }
}
