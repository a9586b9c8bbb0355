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
import java.util.function.BooleanSupplier;

/**
 * Formats the status line a live run prints every few seconds: time, last price, and per strategy
 * its state, position, working orders, realized and unrealized PnL, safe mode or throttling; then the
 * venue connection, a position that disagrees with the venue, and a journal that cannot write.
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

    private static String money(Instrument inst, long units) {
        return inst.unitsToQuote(units).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }
}
