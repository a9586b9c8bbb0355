package dev.gridbot.gateway.data;

/**
 * A trade file that cannot be read: missing, unreadable, or malformed at some line. The message
 * names the source and, where there is one, the line: {@code trades.csv:17: price 'abc' is not a
 * number}. Immutable.
 */
public final class TradeDataException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final long line;

    TradeDataException(String source, long line, String problem) {
        this(source, line, problem, null);
    }

    TradeDataException(String source, long line, String problem, Throwable cause) {
        super(source + (line > 0 ? ":" + line : "") + ": " + problem, cause);
        this.source = source;
        this.line = line;
    }

    /** The file or resource name the message starts with. */
    public String source() {
        return source;
    }

    /** The 1-based line at fault, or 0 when the problem is with the whole source. */
    public long line() {
        return line;
    }
}
