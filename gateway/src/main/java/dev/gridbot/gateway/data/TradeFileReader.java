package dev.gridbot.gateway.data;

import dev.gridbot.engine.model.Instrument;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Streams the trades of a historical trade file, one at a time, in the scales of one
 * {@link Instrument}: the price rounded half-up to the tick, the amount floored to the step, both
 * exactly. The {@link TradeFormat} is recognised from the first non-blank line (a header, or the
 * column count of a headerless file). LF or CRLF line ends, a last line without one, and blank
 * lines are all accepted.
 *
 * <p>Anything else is refused with a {@link TradeDataException} naming the line: a wrong column
 * count, a field that is not a number, a negative or zero price, a timestamp before the previous
 * one. After such a failure the reader refuses to go on, so nothing half-read is used.
 *
 * <p>Not thread-safe: one thread owns a reader, from {@code open} to {@link #close()}.
 */
public final class TradeFileReader implements AutoCloseable {
    private static final int BUFFER_CHARS = 1 << 16;

    private final BufferedReader in;
    private final String source;
    private final TradeFormat format;
    private final DecimalText prices;
    private final DecimalText amounts;
    private final String tickSize;
    private final int priceColumn;
    private final int amountColumn;
    private final int timeColumn;
    private final long nanosPerTimeUnit;
    private final int[] starts;
    private final int[] ends;

    private String pendingLine;
    private long lineNumber;
    private boolean failed;
    private long previousTime = Long.MIN_VALUE;
    private long timestampNanos;
    private long priceTicks;
    private long qtyLots;
    private boolean buyerMaker;

    /** Opens {@code file}; the file's path as given names it in error messages. */
    public static TradeFileReader open(Path file, Instrument instrument) {
        InputStream stream;
        try {
            stream = Files.newInputStream(file);
        } catch (IOException e) {
            throw new TradeDataException(file.toString(), 0, "cannot be read: " + e, e);
        }
        return open(stream, file.toString(), instrument);
    }

    /** Reads {@code stream} (UTF-8), named {@code source} in error messages; the reader closes it. */
    public static TradeFileReader open(InputStream stream, String source, Instrument instrument) {
        BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8),
                BUFFER_CHARS);
        try {
            return new TradeFileReader(reader, source, instrument);
        } catch (RuntimeException e) {
            closeQuietly(reader, e);
            throw e;
        }
    }

    private TradeFileReader(BufferedReader in, String source, Instrument instrument) {
        this.in = in;
        this.source = source;
        this.prices = new DecimalText(instrument.tickSize());
        this.amounts = new DecimalText(instrument.stepSize());
        this.tickSize = instrument.tickSize().toPlainString();
        String first = readNonBlankLine();
        if (first != null && first.charAt(0) == '\uFEFF') {
            first = first.substring(1);
        }
        this.format = detect(first);
        this.starts = new int[format.columnCount()];
        this.ends = new int[format.columnCount()];
        this.priceColumn = 1;
        this.amountColumn = 2;
        this.timeColumn = format == TradeFormat.BITSTAMP ? 0 : 5;
        this.nanosPerTimeUnit = format == TradeFormat.BITSTAMP ? 1_000_000_000L : 1_000_000L;
        if (first != null && !isHeader(first, format)) {
            pendingLine = first;
        }
    }

    private TradeFormat detect(String first) {
        if (first == null) {
            return TradeFormat.BITSTAMP;
        }
        for (TradeFormat candidate : TradeFormat.values()) {
            if (isHeader(first, candidate)) {
                return candidate;
            }
        }
        int columns = 1;
        for (int i = 0; i < first.length(); i++) {
            if (first.charAt(i) == ',') {
                columns++;
            }
        }
        for (TradeFormat candidate : TradeFormat.values()) {
            if (candidate.columnCount() == columns) {
                return candidate;
            }
        }
        throw fail("unknown trade file format: expected the header '" + TradeFormat.BITSTAMP.header()
                + "' (Bitstamp) or '" + TradeFormat.BINANCE_AGG_TRADES.header()
                + "' (Binance aggTrades), or their 3 or 7 columns without a header");
    }

    private static boolean isHeader(String line, TradeFormat format) {
        return line.replace(" ", "").equalsIgnoreCase(format.header());
    }

    /** The layout recognised from the first line ({@link TradeFormat#BITSTAMP} for an empty source). */
    public TradeFormat format() {
        return format;
    }

    /**
     * Moves to the next trade. Returns false at the end of the source.
     *
     * @throws TradeDataException if the line is malformed or the source cannot be read
     */
    public boolean next() {
        if (failed) {
            throw new IllegalStateException(source + ": reading already failed");
        }
        String line = pendingLine;
        pendingLine = null;
        if (line == null) {
            line = readNonBlankLine();
        }
        if (line == null) {
            return false;
        }
        parse(line);
        return true;
    }

    private void parse(String line) {
        split(line);
        long time = number(line, timeColumn);
        long price = prices.toUnits(line, starts[priceColumn], ends[priceColumn], true);
        check(price, line, priceColumn);
        if (price == 0) {
            throw fail(format.column(priceColumn) + " '" + field(line, priceColumn) + "' is not positive at tick "
                    + tickSize);
        }
        long qty = amounts.toUnits(line, starts[amountColumn], ends[amountColumn], false);
        check(qty, line, amountColumn);
        boolean maker = false;
        if (format == TradeFormat.BINANCE_AGG_TRADES) {
            number(line, 0);
            number(line, 3);
            number(line, 4);
            maker = bool(line, 6);
        }
        if (time < previousTime) {
            throw fail(format.column(timeColumn) + " " + time + " goes backwards (previous trade: " + previousTime
                    + ")");
        }
        if (time > Long.MAX_VALUE / nanosPerTimeUnit) {
            throw fail(format.column(timeColumn) + " '" + field(line, timeColumn) + "' is out of range");
        }
        previousTime = time;
        timestampNanos = time * nanosPerTimeUnit;
        priceTicks = price;
        qtyLots = qty;
        buyerMaker = maker;
    }

    private void split(String line) {
        int columns = starts.length;
        int column = 0;
        int start = 0;
        int length = line.length();
        for (int i = 0; i <= length; i++) {
            if (i == length || line.charAt(i) == ',') {
                if (column < columns) {
                    int from = start;
                    int to = i;
                    while (from < to && line.charAt(from) == ' ') {
                        from++;
                    }
                    while (to > from && line.charAt(to - 1) == ' ') {
                        to--;
                    }
                    starts[column] = from;
                    ends[column] = to;
                }
                column++;
                start = i + 1;
            }
        }
        if (column != columns) {
            throw fail("expected " + columns + " columns (" + format.header() + "), found " + column);
        }
    }

    private long number(String line, int column) {
        long value = DecimalText.wholeNumber(line, starts[column], ends[column]);
        check(value, line, column);
        return value;
    }

    private void check(long value, String line, int column) {
        if (value >= 0) {
            return;
        }
        String what = value == DecimalText.NOT_A_NUMBER ? "is not a number"
                : value == DecimalText.NEGATIVE ? "is negative" : "is out of range";
        throw fail(format.column(column) + " '" + field(line, column) + "' " + what);
    }

    private boolean bool(String line, int column) {
        int from = starts[column];
        int length = ends[column] - from;
        if (length == 4 && line.regionMatches(true, from, "true", 0, 4)) {
            return true;
        }
        if (length == 5 && line.regionMatches(true, from, "false", 0, 5)) {
            return false;
        }
        throw fail(format.column(column) + " '" + field(line, column) + "' is not true or false");
    }

    private String field(String line, int column) {
        return line.substring(starts[column], ends[column]);
    }

    private String readNonBlankLine() {
        try {
            String line;
            do {
                line = in.readLine();
                lineNumber++;
            } while (line != null && line.isBlank());
            return line;
        } catch (IOException e) {
            failed = true;
            throw new TradeDataException(source, lineNumber + 1, "cannot be read: " + e, e);
        }
    }

    private TradeDataException fail(String problem) {
        failed = true;
        return new TradeDataException(source, lineNumber, problem);
    }

    /** The trade's time: the file's seconds or milliseconds, in nanoseconds since the epoch. */
    public long timestampNanos() {
        return timestampNanos;
    }

    /** The trade's price rounded half-up to the instrument's tick. */
    public long priceTicks() {
        return priceTicks;
    }

    /** The trade's amount floored to the instrument's step; may be 0. */
    public long qtyLots() {
        return qtyLots;
    }

    /** Binance's is_buyer_maker (the seller took); false for formats that do not say. */
    public boolean buyerMaker() {
        return buyerMaker;
    }

    /** The 1-based line of the current trade. */
    public long lineNumber() {
        return lineNumber;
    }

    /** The name used in error messages. */
    public String source() {
        return source;
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new TradeDataException(source, 0, "cannot be closed: " + e, e);
        }
    }

    private static void closeQuietly(BufferedReader reader, RuntimeException pending) {
        try {
            reader.close();
        } catch (IOException e) {
            pending.addSuppressed(e);
        }
    }
}
