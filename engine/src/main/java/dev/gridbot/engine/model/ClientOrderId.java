package dev.gridbot.engine.model;

/**
 * Client order ids: every order the engine sends carries one, and it alone maps an order found on
 * the venue back to its strategy, level and intent.
 *
 * <p>Inside the engine an id is a {@code long}: strategy index (16 bits), level (12 bits), intent
 * (4 bits), sequence (32 bits). Its text form, for venues, is {@code gb<strategy>-<level><intent>-<seq>}
 * in decimal, e.g. {@code gb0-17E-42}: at most 2+5+1+4+1+1+10 = 24 characters, all within
 * Binance's alphabet {@code ^[\.A-Z\:/a-z0-9_-]{1,36}$}.
 */
public final class ClientOrderId {
    public static final int MAX_STRATEGIES = 1 << 16;
    public static final int MAX_LEVELS = 1 << 12;
    /** Level number used by orders that belong to no single level (the stop-loss close). */
    public static final int NO_LEVEL = MAX_LEVELS - 1;
    /** A client order id that no order ever has. */
    public static final long NONE = -1L;

    private ClientOrderId() {
    }

    public static long of(int strategy, int level, Intent intent, long sequence) {
        if (strategy < 0 || strategy >= MAX_STRATEGIES || level < 0 || level >= MAX_LEVELS
                || sequence < 0 || sequence > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("client order id out of range");
        }
        return ((long) strategy << 48) | ((long) level << 36) | ((long) intent.ordinal() << 32) | sequence;
    }

    public static int strategy(long id) {
        return (int) (id >>> 48);
    }

    public static int level(long id) {
        return (int) ((id >>> 36) & 0xFFF);
    }

    public static Intent intent(long id) {
        return Intent.of((int) ((id >>> 32) & 0xF));
    }

    public static long sequence(long id) {
        return id & 0xFFFF_FFFFL;
    }

    /** The venue text form; used at the edges (gateway, reports), never on the handler thread. */
    public static String toText(long id) {
        return "gb" + strategy(id) + "-" + level(id) + intent(id).code() + "-" + sequence(id);
    }

    /** Parses {@link #toText}; returns {@link #NONE} for text that is not one of ours. */
    public static long parse(CharSequence text) {
        int n = text.length();
        if (n < 7 || text.charAt(0) != 'g' || text.charAt(1) != 'b') {
            return NONE;
        }
        int i = 2;
        long strategy = 0;
        int start = i;
        while (i < n && Character.isDigit(text.charAt(i))) {
            strategy = strategy * 10 + (text.charAt(i++) - '0');
        }
        if (i == start || i >= n || text.charAt(i++) != '-') {
            return NONE;
        }
        long level = 0;
        start = i;
        while (i < n && Character.isDigit(text.charAt(i))) {
            level = level * 10 + (text.charAt(i++) - '0');
        }
        if (i == start || i >= n) {
            return NONE;
        }
        Intent intent = Intent.ofCode(text.charAt(i++));
        if (intent == null || i >= n || text.charAt(i++) != '-') {
            return NONE;
        }
        long seq = 0;
        start = i;
        while (i < n && Character.isDigit(text.charAt(i)) && i - start < 11) {
            seq = seq * 10 + (text.charAt(i++) - '0');
        }
        if (i == start || i != n || strategy >= MAX_STRATEGIES || level >= MAX_LEVELS || seq > 0xFFFF_FFFFL) {
            return NONE;
        }
        return of((int) strategy, (int) level, intent, seq);
    }
}
