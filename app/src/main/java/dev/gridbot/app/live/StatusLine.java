package dev.gridbot.app.live;

import dev.gridbot.engine.RunDefinition;
import dev.gridbot.engine.grid.GridState;
import dev.gridbot.engine.model.Instrument;
import dev.gridbot.engine.strategy.StatusBoard;
import dev.gridbot.engine.strategy.Strategy;
import dev.gridbot.journal.Journal;

import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Formats the status line a live run prints every few seconds: time, last price, and per strategy
 * its state, position, working orders, realized and unrealized PnL, safe mode or throttling; per
 * netting book (account and symbol) the venue position beside its strategies' virtual positions;
 * then the venue connection, a position that disagrees with the venue, and a journal that cannot
 * write.
 * Reads the engine's {@link StatusBoard} only; runs on the status thread.
 */
final class StatusLine {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    private final RunDefinition definition;
    private final StatusBoard board;
    private final BooleanSupplier connected;
    private final Journal journal;

    StatusLine(RunDefinition definition, StatusBoard board, BooleanSupplier connected, Journal journal) {
        this.definition = definition;
        this.board = board;
        this.connected = connected;
        this.journal = journal;
    }

    String format(long wallMillis) {
        StringBuilder b = new StringBuilder(160);
        b.append('[').append(TIME.format(Instant.ofEpochMilli(wallMillis))).append(']');
        for (int id = 0; id < definition.strategyCount(); id++) {
            Instrument inst = definition.instrumentOf(id);
            if (id == 0) {
                b.append(' ').append(inst.symbol()).append(' ')
                        .append(board.lastPriceTicks(id) == 0 ? "-" : inst.ticksToPrice(board.lastPriceTicks(id))
                                .toPlainString());
            }
            b.append(" | ").append(definition.strategyName(id)).append(' ')
                    .append(GridState.values()[board.state(id)])
                    .append(" pos ").append(inst.lotsToQty(board.netLots(id)).stripTrailingZeros().toPlainString())
                    .append(" orders ").append(board.workingOrders(id))
                    .append(" rPnL ").append(money(inst, board.realizedUnits(id)))
                    .append(" uPnL ").append(money(inst, board.unrealizedUnits(id)));
            int conditions = board.conditions(id);
            if ((conditions & Strategy.SAFE_MODE) != 0) {
                b.append(" SAFE MODE");
            }
            if ((conditions & Strategy.THROTTLED) != 0) {
                b.append(" THROTTLED");
            }
            if (board.rejects(id) > 0) {
                b.append(" rejects ").append(board.rejects(id)).append(" (last ").append(board.lastRejectCode(id))
                        .append(')');
            }
        }
        for (int book = 0; book < definition.bookCount(); book++) {
            appendBook(b, book);
        }
        b.append(" | venue ").append(connected.getAsBoolean() ? "connected" : "DISCONNECTED");
        if (board.positionMismatches() > 0) {
            b.append(" POSITION MISMATCH x").append(board.positionMismatches());
        }
        if (journal.degraded() || journal.droppedEvents() > 0) {
            b.append(" | JOURNAL DEGRADED: ").append(journal.bufferedEvents()).append(" waiting, ")
                    .append(journal.droppedEvents()).append(" dropped");
        }
        return b.toString();
    }

    private void appendBook(StringBuilder b, int book) {
        StatusBoard.BookPositions positions = board.bookPositions(book);
        long venue = positions.venueLots();
        long virtual = positions.virtualLots();
        List<String> names = new ArrayList<>();
        List<Long> lots = new ArrayList<>();
        for (int id = 0; id < definition.strategyCount(); id++) {
            if (definition.bookOf(id) == book) {
                names.add(definition.strategyName(id));
                lots.add(board.netLots(id));
            }
        }
        appendBook(b, definition.accountName(definition.bookAccount(book)), definition.bookInstrument(book), venue,
                virtual, names, lots);
    }

    /**
     * One netting book: {@code " | desk BTCUSDT venue 0.300 = virtual 0.300 (grid -0.150 meanrev 0.450)"},
     * the strategies listed when there are several; {@code MISMATCH} when the venue position the
     * book's fills built differs from the sum of its strategies' virtual positions.
     */
    static void appendBook(StringBuilder b, String account, Instrument inst, long venueLots, long virtualLots,
                           List<String> strategies, List<Long> strategyLots) {
        b.append(" | ").append(account).append(' ').append(inst.symbol())
                .append(" venue ").append(inst.lotsToQty(venueLots).toPlainString())
                .append(venueLots == virtualLots ? " = " : " != ")
                .append("virtual ").append(inst.lotsToQty(virtualLots).toPlainString());
        if (strategies.size() > 1) {
            b.append(" (");
            for (int i = 0; i < strategies.size(); i++) {
                b.append(i == 0 ? "" : " ").append(strategies.get(i)).append(' ')
                        .append(inst.lotsToQty(strategyLots.get(i)).toPlainString());
            }
            b.append(')');
        }
        if (venueLots != virtualLots) {
            b.append(" MISMATCH");
        }
    }

    private static String money(Instrument inst, long units) {
        return inst.unitsToQuote(units).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }
}
