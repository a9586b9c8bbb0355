package dev.gridbot.config;

/**
 * Time in force of a grid's entry orders. {@code GTX} is post-only: the venue rejects an entry
 * that would take liquidity, so entries always pay the maker fee. {@code GTC} rests like GTX but
 * may cross the book and pay the taker fee.
 */
public enum EntryTimeInForce {
    GTX,
    GTC
}
