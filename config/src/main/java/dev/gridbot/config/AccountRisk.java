package dev.gridbot.config;

import java.math.BigDecimal;

/**
 * An account's own limits, over and above each strategy's: a cap on its net position and how many
 * orders it may have open and send. The rate limits sit below the venue's so that the account,
 * not the venue, is the one that says no.
 *
 * <p>Immutable; built by {@link ConfigLoader} and shared read-only. The loader guarantees the
 * ranges below; a record built by hand carries no such guarantee.
 *
 * @param maxPosition     cap on the account's net position in each instrument, in base units; null
 *                        for no account-level cap (each strategy's own cap still holds)
 * @param maxOpenOrders   orders the account may have resting at once, 1 to 10000
 * @param ordersPer10s    orders (and cancels) it may send in any 10 seconds, at least 1
 * @param ordersPerMinute orders (and cancels) it may send in any minute, at least 1
 */
public record AccountRisk(BigDecimal maxPosition, int maxOpenOrders, int ordersPer10s, int ordersPerMinute) {

    /** No position cap; 200 open orders, 300 per 10 seconds, 1200 per minute. */
    public static final AccountRisk DEFAULT = new AccountRisk(null, 200, 300, 1200);
}
