package dev.gridbot.app.analysis;

import dev.gridbot.engine.RunDefinition;
import dev.gridbot.engine.grid.GridSpec;
import dev.gridbot.engine.model.ClientOrderId;
import dev.gridbot.engine.model.Instrument;
import dev.gridbot.engine.model.Intent;

/**
 * Who owns what in a run: the strategies (ids {@code 0…n-1}) and the netting books (ids {@code n…}),
 * whose ids are the strategy part of client order ids; their names, instruments and kinds; and how
 * reports spell an order's level and intent. Immutable.
 */
final class Owners {
    private final RunDefinition definition;
    private final int strategies;
    private final String[] names;

    Owners(RunDefinition definition) {
        this.definition = definition;
        this.strategies = definition.strategyCount();
        this.names = new String[definition.ownerCount()];
        for (int i = 0; i < names.length; i++) {
            names[i] = i < strategies ? definition.strategyName(i)
                    : "book " + definition.accountName(definition.bookAccount(i - strategies)) + "/"
                    + definition.bookInstrument(i - strategies).symbol();
        }
    }

    RunDefinition definition() {
        return definition;
    }

    /** Strategies and books. */
    int count() {
        return names.length;
    }

    int strategies() {
        return strategies;
    }

    /** True for an id that names a strategy or a book of this run. */
    boolean known(int owner) {
        return owner >= 0 && owner < names.length;
    }

    String name(int owner) {
        return known(owner) ? names[owner] : "owner " + owner;
    }

    /** The name of the owner of a client order id; "-" for none. */
    String nameOfOrder(long clientOrderId) {
        return clientOrderId == ClientOrderId.NONE ? "-" : name(ClientOrderId.strategy(clientOrderId));
    }

    Instrument instrument(int owner) {
        return owner < strategies ? definition.instrumentOf(owner) : definition.bookInstrument(owner - strategies);
    }

    /** The instrument of the owner of {@code clientOrderId}, or null when no owner of this run has it. */
    Instrument instrumentOfOrder(long clientOrderId) {
        int owner = ClientOrderId.strategy(clientOrderId);
        return clientOrderId == ClientOrderId.NONE || !known(owner) ? null : instrument(owner);
    }

    /** The grid spec of a strategy, or null for a target strategy or a book. */
    GridSpec grid(int owner) {
        return owner < strategies ? definition.gridSpec(owner) : null;
    }

    /** grid (with its mode), a target strategy's type, or book. */
    String kind(int owner) {
        if (owner >= strategies) {
            return "book";
        }
        GridSpec grid = grid(owner);
        if (grid != null) {
            return "grid " + grid.mode().name().toLowerCase(java.util.Locale.ROOT);
        }
        return definition.strategyConfig(owner).type();
    }

    /** The level of an order as reports print it: empty for none (stop-loss, book orders, crosses). */
    static String levelText(long clientOrderId) {
        if (clientOrderId == ClientOrderId.NONE) {
            return "";
        }
        int level = ClientOrderId.level(clientOrderId);
        return level == ClientOrderId.NO_LEVEL ? "" : Integer.toString(level);
    }

    /**
     * The intent of an order as reports print it: ENTRY, EXIT, STOP, TARGET, or CROSS for a fill that
     * no venue order made (a target strategy's internal cross, whose client order id is NONE).
     */
    static String intentText(long clientOrderId) {
        return clientOrderId == ClientOrderId.NONE ? "CROSS" : ClientOrderId.intent(clientOrderId).name();
    }

    /** The venue text of a client order id; empty for none. */
    static String idText(long clientOrderId) {
        return clientOrderId == ClientOrderId.NONE ? "" : ClientOrderId.toText(clientOrderId);
    }

    /** True for the fills a grid books when it follows the venue's position (sequence 0, no venue order). */
    static boolean isAdjustment(long clientOrderId) {
        return clientOrderId != ClientOrderId.NONE && ClientOrderId.sequence(clientOrderId) == 0
                && (ClientOrderId.intent(clientOrderId) == Intent.ENTRY || ClientOrderId.intent(clientOrderId) == Intent.EXIT);
    }
}
