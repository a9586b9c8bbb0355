package dev.gridbot.gateway.binance;

import com.fasterxml.jackson.core.JsonToken;
import dev.gridbot.engine.event.InboundEvent;
import dev.gridbot.engine.model.ClientOrderId;
import dev.gridbot.engine.model.Instruments;
import dev.gridbot.engine.model.Side;
import dev.gridbot.engine.pipeline.InboundPublisher;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Decodes Binance USDT-M futures WebSocket frames (market streams and the user-data stream, raw or
 * combined {@code {"stream":…,"data":{…}}}) straight into inbound ring slots, stamped with the
 * receive time the caller passes. aggTrade → TRADE, bookTicker → BOOK_TICKER, markPriceUpdate →
 * MARK_PRICE, ORDER_TRADE_UPDATE → ACCEPTED / FILLED / CANCELED / REJECTED by execution type,
 * ACCOUNT_UPDATE → one POSITION per position of a run instrument; listenKeyExpired is returned to
 * the caller. Prices become ticks (half-up), quantities lots (truncated), commissions in the quote
 * asset money units (exactly; a commission finer than the unit is rounded half-up and counted).
 *
 * <p>A frame is read whole with jackson-core's streaming parser (one non-blocking parser per
 * decoder, fed every frame in turn) and checked to be well-formed JSON before anything is
 * published, so a broken frame publishes nothing; {@link #decode} never throws on bad input and
 * reports what the frame was. Steady state allocates nothing. Only a malformed frame may allocate
 * (jackson's exception, a new parser): one cut between two tokens does not, see {@code JsonFeed}.
 *
 * <p>Threading: one instance per connection, called only by that connection's I/O thread (it owns
 * the {@link InboundPublisher}). The counters may be read from any thread.
 */
public final class BinanceStreamDecoder {
    private static final int FRAME_KINDS = BinanceFrame.values().length;
    private static final int UNKNOWN_SYMBOLS = FRAME_KINDS;
    private static final int IGNORED_EXECUTIONS = FRAME_KINDS + 1;
    private static final int COMMISSIONS_NOT_IN_QUOTE = FRAME_KINDS + 2;
    private static final int ROUNDED_COMMISSIONS = FRAME_KINDS + 3;

    private final InboundPublisher publisher;
    private final SymbolTable symbols;
    private final PositionBatch positions;
    private final StreamReader reader;
    private final FrameFields fields;
    private final CharView idText = new CharView();
    private final AtomicLongArray counters = new AtomicLongArray(FRAME_KINDS + 4);
    private byte[] scratch = new byte[0];

    /** A decoder for a run whose instruments are all quoted (and pay fees) in USDT. */
    public BinanceStreamDecoder(Instruments instruments, InboundPublisher publisher) {
        this(instruments, null, publisher);
    }

    /** {@code quoteAssets} by instrument id (e.g. USDC for BTCUSDC); null means USDT for all. */
    public BinanceStreamDecoder(Instruments instruments, List<String> quoteAssets, InboundPublisher publisher) {
        this.publisher = publisher;
        this.symbols = new SymbolTable(instruments, quoteAssets);
        this.positions = new PositionBatch(symbols);
        this.reader = new StreamReader(positions);
        this.fields = reader.fields();
    }

    /** Decodes the UTF-8 text frame {@code frame[offset, offset + length)} received at {@code receiveNanos}. */
    public BinanceFrame decode(byte[] frame, int offset, int length, long receiveNanos) {
        BinanceFrame kind = frame == null ? BinanceFrame.MALFORMED : decodeFrame(frame, offset, length, receiveNanos);
        increment(kind.ordinal());
        return kind;
    }

    /** Decodes the frame's remaining bytes; the buffer's position is left where it was. */
    public BinanceFrame decode(ByteBuffer frame, long receiveNanos) {
        if (frame == null) {
            return decode(null, 0, 0, receiveNanos);
        }
        int length = frame.remaining();
        if (frame.hasArray()) {
            return decode(frame.array(), frame.arrayOffset() + frame.position(), length, receiveNanos);
        }
        if (scratch.length < length) {
            scratch = new byte[Math.max(length, 2 * scratch.length)];
        }
        frame.get(frame.position(), scratch, 0, length);
        return decode(scratch, 0, length, receiveNanos);
    }

    /** Frames decoded as {@code kind} so far. */
    public long count(BinanceFrame kind) {
        return counters.get(kind.ordinal());
    }

    /** Events (or account positions) about symbols outside the run. */
    public long unknownSymbols() {
        return counters.get(UNKNOWN_SYMBOLS);
    }

    /** Order updates of an execution type the engine does not act on (AMENDMENT, CALCULATED…). */
    public long ignoredExecutions() {
        return counters.get(IGNORED_EXECUTIONS);
    }

    /** Fills whose commission was not paid in the quote asset (or not stated): booked with fee 0. */
    public long commissionsNotInQuote() {
        return counters.get(COMMISSIONS_NOT_IN_QUOTE);
    }

    /** Fills whose commission was finer than the instrument's money unit (rounded half-up). */
    public long roundedCommissions() {
        return counters.get(ROUNDED_COMMISSIONS);
    }

    private BinanceFrame decodeFrame(byte[] frame, int offset, int length, long receiveNanos) {
        int read = reader.read(frame, offset, length);
        if (read != StreamReader.OBJECT) {
            return read == StreamReader.NOT_AN_OBJECT ? BinanceFrame.IGNORED : BinanceFrame.MALFORMED;
        }
        return interpret(receiveNanos);
    }

    private BinanceFrame interpret(long ts) {
        if (!fields.isString(StreamReader.EVENT)) {
            return BinanceFrame.IGNORED;
        }
        if (fields.stringIs(StreamReader.EVENT, BinanceText.AGG_TRADE)) {
            return trade(ts);
        } else if (fields.stringIs(StreamReader.EVENT, BinanceText.BOOK_TICKER)) {
            return bookTicker(ts);
        } else if (fields.stringIs(StreamReader.EVENT, BinanceText.MARK_PRICE_UPDATE)) {
            return markPrice(ts);
        } else if (fields.stringIs(StreamReader.EVENT, BinanceText.ORDER_TRADE_UPDATE)) {
            return reader.orderSeen() ? order(ts) : BinanceFrame.MALFORMED;
        } else if (fields.stringIs(StreamReader.EVENT, BinanceText.ACCOUNT_UPDATE)) {
            return account(ts);
        } else if (fields.stringIs(StreamReader.EVENT, BinanceText.LISTEN_KEY_EXPIRED)) {
            return BinanceFrame.LISTEN_KEY_EXPIRED;
        }
        return BinanceFrame.IGNORED;
    }

    private BinanceFrame trade(long ts) {
        int id = fields.instrument(StreamReader.SYMBOL, symbols);
        if (id < 0) {
            return symbolProblem(id);
        }
        long price = fields.decimal(StreamReader.PRICE, symbols.ticks(id), true);
        long qty = fields.decimal(StreamReader.QTY, symbols.lots(id), false);
        long aggregateId = fields.whole(StreamReader.A);
        if (price < 0 || qty < 0 || aggregateId < 0) {
            return BinanceFrame.MALFORMED;
        }
        InboundEvent event = publisher.claim();
        if (event != null) {
            event.setTrade(ts, id, price, qty, aggregateId);
            publisher.publish();
        }
        return BinanceFrame.MARKET;
    }

    private BinanceFrame bookTicker(long ts) {
        int id = fields.instrument(StreamReader.SYMBOL, symbols);
        if (id < 0) {
            return symbolProblem(id);
        }
        long bid = fields.decimal(StreamReader.BID, symbols.ticks(id), true);
        long ask = fields.decimal(StreamReader.A, symbols.ticks(id), true);
        long updateId = fields.whole(StreamReader.UPDATE_ID);
        if (bid < 0 || ask < 0 || updateId < 0) {
            return BinanceFrame.MALFORMED;
        }
        InboundEvent event = publisher.claim();
        if (event != null) {
            event.setBookTicker(ts, id, bid, ask, updateId);
            publisher.publish();
        }
        return BinanceFrame.MARKET;
    }

    private BinanceFrame markPrice(long ts) {
        int id = fields.instrument(StreamReader.SYMBOL, symbols);
        if (id < 0) {
            return symbolProblem(id);
        }
        long mark = fields.decimal(StreamReader.PRICE, symbols.ticks(id), true);
        if (mark < 0) {
            return BinanceFrame.MALFORMED;
        }
        InboundEvent event = publisher.claim();
        if (event != null) {
            event.setMarkPrice(ts, id, mark);
            publisher.publish();
        }
        return BinanceFrame.MARKET;
    }

    private BinanceFrame order(long ts) {
        int id = fields.instrument(StreamReader.O_SYMBOL, symbols);
        if (id < 0) {
            return symbolProblem(id);
        }
        if (!fields.isString(StreamReader.O_CLIENT_ID) || !fields.isString(StreamReader.O_SIDE)
                || !fields.isString(StreamReader.O_EXECUTION)) {
            return BinanceFrame.MALFORMED;
        }
        char[] text = fields.chars();
        Side side = BinanceText.side(text, fields.start(StreamReader.O_SIDE), fields.end(StreamReader.O_SIDE));
        if (side == null) {
            return BinanceFrame.MALFORMED;
        }
        long clientOrderId = ClientOrderId.parse(
                idText.wrap(text, fields.start(StreamReader.O_CLIENT_ID), fields.end(StreamReader.O_CLIENT_ID)));
        if (clientOrderId == ClientOrderId.NONE) {
            return BinanceFrame.FOREIGN_ORDER;
        }
        long qty = fields.decimal(StreamReader.O_QTY, symbols.lots(id), false);
        long filled = fields.decimal(StreamReader.O_FILLED_QTY, symbols.lots(id), false);
        if (qty < 0 || filled < 0 || filled > qty) {
            return BinanceFrame.MALFORMED;
        }
        long leaves = qty - filled;
        int x = BinanceText.execution(text, fields.start(StreamReader.O_EXECUTION),
                fields.end(StreamReader.O_EXECUTION));
        if (x == BinanceText.X_OTHER) {
            increment(IGNORED_EXECUTIONS);
            return BinanceFrame.IGNORED;
        }
        if (x == BinanceText.X_TRADE) {
            return fill(ts, id, clientOrderId, side, leaves);
        }
        long price = x == BinanceText.X_NEW ? fields.decimal(StreamReader.O_PRICE, symbols.ticks(id), true) : 0;
        if (price < 0) {
            return BinanceFrame.MALFORMED;
        }
        InboundEvent event = publisher.claim();
        if (event != null) {
            if (x == BinanceText.X_NEW) {
                event.setAccepted(ts, id, clientOrderId, side, price, leaves);
            } else if (x == BinanceText.X_CANCELED) {
                event.setCanceled(ts, id, clientOrderId, side, leaves);
            } else {
                event.setRejected(ts, id, clientOrderId, side, BinanceCodes.STREAM_REJECTED);
            }
            publisher.publish();
        }
        return BinanceFrame.ORDER;
    }

    private BinanceFrame fill(long ts, int id, long clientOrderId, Side side, long leaves) {
        long price = fields.decimal(StreamReader.O_LAST_PRICE, symbols.ticks(id), true);
        long qty = fields.decimal(StreamReader.O_LAST_QTY, symbols.lots(id), false);
        long tradeId = fields.whole(StreamReader.O_TRADE_ID);
        JsonToken maker = fields.token(StreamReader.O_MAKER);
        boolean flag = maker == JsonToken.VALUE_TRUE || maker == JsonToken.VALUE_FALSE;
        if (price < 0 || qty < 0 || tradeId < 0 || !flag) {
            return BinanceFrame.MALFORMED;
        }
        long fee = 0;
        boolean inQuote = fields.isString(StreamReader.O_COMMISSION_ASSET)
                && fields.token(StreamReader.O_COMMISSION) != null
                && symbols.isQuoteAsset(id, fields.chars(), fields.start(StreamReader.O_COMMISSION_ASSET),
                fields.end(StreamReader.O_COMMISSION_ASSET));
        if (inQuote) {
            DecimalUnits money = symbols.money(id);
            fee = fields.decimal(StreamReader.O_COMMISSION, money, true);
            if (fee == DecimalUnits.INVALID) {
                return BinanceFrame.MALFORMED;
            }
            if (!money.lastExact()) {
                increment(ROUNDED_COMMISSIONS);
            }
        } else {
            increment(COMMISSIONS_NOT_IN_QUOTE);
        }
        InboundEvent event = publisher.claim();
        if (event != null) {
            event.setFilled(ts, id, clientOrderId, side, price, qty, leaves, fee, maker == JsonToken.VALUE_TRUE,
                    tradeId);
            publisher.publish();
        }
        return BinanceFrame.ORDER;
    }

    private BinanceFrame account(long ts) {
        if (!reader.accountSeen() || positions.malformed()) {
            return BinanceFrame.MALFORMED;
        }
        for (int i = positions.unknownSymbols(); i > 0; i--) {
            increment(UNKNOWN_SYMBOLS);
        }
        positions.publish(publisher, ts);
        return BinanceFrame.ACCOUNT;
    }

    private BinanceFrame symbolProblem(int instrument) {
        if (instrument == FrameFields.UNKNOWN_SYMBOL) {
            increment(UNKNOWN_SYMBOLS);
            return BinanceFrame.UNKNOWN_SYMBOL;
        }
        return BinanceFrame.MALFORMED;
    }

    private void increment(int counter) {
        counters.setRelease(counter, counters.getPlain(counter) + 1);
    }
}
