package dev.gridbot.gateway.binance;

import dev.gridbot.engine.event.InboundEvent;
import dev.gridbot.engine.model.Instruments;
import dev.gridbot.engine.model.OrderStatus;
import dev.gridbot.engine.model.Side;
import dev.gridbot.engine.model.VenueState;
import dev.gridbot.engine.pipeline.InboundPublisher;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Decodes Binance USDT-M REST responses into inbound events, given what was asked (endpoint,
 * instrument, client order id, side: the caller remembers them per request) and the HTTP status.
 *
 * <ul>
 *   <li>New order: 2xx → ORDER_ACCEPTED, even for an order that filled at once (fills come from
 *       the user-data stream); an error payload → ORDER_REJECTED with its code.</li>
 *   <li>Cancel: 2xx → ORDER_CANCELED when the order was cancelled with nothing filled, else
 *       nothing (the stream brings the fills, then the cancel, in order); an error → ORDER_REJECTED
 *       with its code (-2011: the engine then queries).</li>
 *   <li>Query order: 2xx → ORDER_STATUS (status, executedQty, origQty − executedQty, price or, for
 *       a market order, avgPrice); -2013 → ORDER_STATUS NOT_FOUND.</li>
 *   <li>Position risk: one POSITION per entry of a run instrument. Cancel-all: nothing on success.</li>
 *   <li>Outcomes that are not known are never rejections: any 5xx, a venue code that says the
 *       execution status is unknown (-1000, -1006, -1007, or such a message), a body that cannot be
 *       read, or no response at all ({@link #noResponse}) → ORDER_UNKNOWN. Its reason code is the
 *       venue's (negative) code when the body had one, else the (positive) HTTP status, 0 without
 *       a response. A failed request not about one order publishes VENUE_STATUS NOTICE with the
 *       same kind of code.</li>
 * </ul>
 *
 * <p>These decoders read bodies with jackson-core's streaming parser (one non-blocking parser per
 * instance, fed every body in turn) and allocate nothing in steady state; only a malformed body
 * may (see {@code JsonFeed}). The static methods decode startup answers (server time,
 * exchangeInfo, listenKey, open orders, position mode, klines, error payloads); they allocate and
 * throw {@link IllegalArgumentException} on a body they cannot read.
 *
 * <p>Threading: an instance belongs to the thread that receives the responses (it owns the
 * publisher); counters may be read from any thread. The static methods are thread-safe.
 */
public final class BinanceResponses {
    private static final String UNKNOWN_ERROR = "UNKNOWN ERROR, PLEASE CHECK YOUR REQUEST";
    private static final String STATUS_UNKNOWN = "EXECUTION STATUS UNKNOWN";
    private static final int OUTCOMES = BinanceResponseOutcome.values().length;
    private static final int UNREADABLE = OUTCOMES;

    private final InboundPublisher publisher;
    private final SymbolTable symbols;
    private final PositionBatch positions;
    private final ResponseReader reader;
    private final FrameFields fields;
    private final AtomicLongArray counters = new AtomicLongArray(OUTCOMES + 1);
    private byte[] scratch = new byte[0];

    public BinanceResponses(Instruments instruments, InboundPublisher publisher) {
        this.publisher = publisher;
        this.symbols = new SymbolTable(instruments, null);
        this.positions = new PositionBatch(symbols);
        this.reader = new ResponseReader(positions);
        this.fields = reader.fields();
    }

    /**
     * Decodes the response to a request to {@code endpoint} (NEW_ORDER, CANCEL_ORDER, QUERY_ORDER,
     * POSITION_RISK or CANCEL_ALL_OPEN_ORDERS) about {@code instrumentId} / {@code clientOrderId} /
     * {@code side}; the body is {@code body[offset, offset + length)}.
     *
     * @throws IllegalArgumentException for another endpoint: use the static decoders
     */
    public BinanceResponseOutcome decode(BinanceEndpoint endpoint, int instrumentId, long clientOrderId, Side side,
                                         int httpStatus, byte[] body, int offset, int length, long receiveNanos) {
        int read = reader.read(body, offset, length);
        if (read == ResponseReader.MALFORMED) {
            increment(UNREADABLE);
        }
        boolean success = httpStatus >= 200 && httpStatus < 300;
        BinanceResponseOutcome outcome = switch (endpoint) {
            case NEW_ORDER -> success ? newOrder(read, instrumentId, clientOrderId, side, httpStatus, receiveNanos)
                    : refused(instrumentId, clientOrderId, side, httpStatus, receiveNanos, false);
            case CANCEL_ORDER -> success ? cancel(read, instrumentId, clientOrderId, side, httpStatus, receiveNanos)
                    : refused(instrumentId, clientOrderId, side, httpStatus, receiveNanos, true);
            case QUERY_ORDER -> success ? query(read, instrumentId, clientOrderId, side, httpStatus, receiveNanos)
                    : queryError(instrumentId, clientOrderId, side, httpStatus, receiveNanos);
            case POSITION_RISK -> success && read == ResponseReader.ARRAY && !positions.malformed()
                    ? positions(receiveNanos) : venueError(httpStatus, receiveNanos);
            case CANCEL_ALL_OPEN_ORDERS -> success && read != ResponseReader.MALFORMED
                    ? BinanceResponseOutcome.OK : venueError(httpStatus, receiveNanos);
            default -> throw new IllegalArgumentException(endpoint + " is decoded by the static decoders");
        };
        increment(outcome.ordinal());
        return outcome;
    }

    /** {@link #decode(BinanceEndpoint, int, long, Side, int, byte[], int, int, long)} of a buffer's remaining bytes. */
    public BinanceResponseOutcome decode(BinanceEndpoint endpoint, int instrumentId, long clientOrderId, Side side,
                                         int httpStatus, ByteBuffer body, long receiveNanos) {
        int length = body.remaining();
        if (body.hasArray()) {
            return decode(endpoint, instrumentId, clientOrderId, side, httpStatus, body.array(),
                    body.arrayOffset() + body.position(), length, receiveNanos);
        }
        if (scratch.length < length) {
            scratch = new byte[Math.max(length, 2 * scratch.length)];
        }
        body.get(body.position(), scratch, 0, length);
        return decode(endpoint, instrumentId, clientOrderId, side, httpStatus, scratch, 0, length, receiveNanos);
    }

    /**
     * The request got no answer (timeout, connection lost before the response): for a request about
     * an order, ORDER_UNKNOWN with reason 0; for others, VENUE_STATUS NOTICE with code 0.
     */
    public BinanceResponseOutcome noResponse(BinanceEndpoint endpoint, int instrumentId, long clientOrderId, Side side,
                                             long receiveNanos) {
        BinanceResponseOutcome outcome;
        if (endpoint == BinanceEndpoint.NEW_ORDER || endpoint == BinanceEndpoint.CANCEL_ORDER
                || endpoint == BinanceEndpoint.QUERY_ORDER) {
            outcome = unknown(instrumentId, clientOrderId, side, 0, receiveNanos);
        } else {
            outcome = notice(0, receiveNanos);
        }
        increment(outcome.ordinal());
        return outcome;
    }

    /** Responses decoded with this outcome so far. */
    public long count(BinanceResponseOutcome outcome) {
        return counters.get(outcome.ordinal());
    }

    /** Bodies that were not well-formed JSON. */
    public long unreadableBodies() {
        return counters.get(UNREADABLE);
    }

    private BinanceResponseOutcome newOrder(int read, int instrumentId, long clientOrderId, Side side, int httpStatus,
                                            long ts) {
        long price = fields.decimal(ResponseReader.PRICE, symbols.ticks(instrumentId), true);
        long qty = fields.decimal(ResponseReader.ORIG_QTY, symbols.lots(instrumentId), false);
        long executed = fields.decimal(ResponseReader.EXECUTED_QTY, symbols.lots(instrumentId), false);
        if (read != ResponseReader.OBJECT || price < 0 || qty < 0 || executed < 0 || executed > qty) {
            return unknown(instrumentId, clientOrderId, side, httpStatus, ts);
        }
        InboundEvent event = publisher.claim();
        if (event != null) {
            event.setAccepted(ts, instrumentId, clientOrderId, side, price, qty - executed);
            publisher.publish();
        }
        return BinanceResponseOutcome.ACCEPTED;
    }

    private BinanceResponseOutcome cancel(int read, int instrumentId, long clientOrderId, Side side, int httpStatus,
                                          long ts) {
        OrderStatus status = status();
        long qty = fields.decimal(ResponseReader.ORIG_QTY, symbols.lots(instrumentId), false);
        long executed = fields.decimal(ResponseReader.EXECUTED_QTY, symbols.lots(instrumentId), false);
        if (read != ResponseReader.OBJECT || status == null || qty < 0 || executed < 0 || executed > qty) {
            return unknown(instrumentId, clientOrderId, side, httpStatus, ts);
        }
        if (status != OrderStatus.CANCELED || executed != 0) {
            return BinanceResponseOutcome.OK;
        }
        InboundEvent event = publisher.claim();
        if (event != null) {
            event.setCanceled(ts, instrumentId, clientOrderId, side, qty);
            publisher.publish();
        }
        return BinanceResponseOutcome.CANCELED;
    }

    private BinanceResponseOutcome query(int read, int instrumentId, long clientOrderId, Side side, int httpStatus,
                                         long ts) {
        OrderStatus status = status();
        long price = fields.decimal(ResponseReader.PRICE, symbols.ticks(instrumentId), true);
        if (price == 0 && fields.token(ResponseReader.AVG_PRICE) != null) {
            price = fields.decimal(ResponseReader.AVG_PRICE, symbols.ticks(instrumentId), true);
        }
        long qty = fields.decimal(ResponseReader.ORIG_QTY, symbols.lots(instrumentId), false);
        long executed = fields.decimal(ResponseReader.EXECUTED_QTY, symbols.lots(instrumentId), false);
        if (read != ResponseReader.OBJECT || status == null || price < 0 || qty < 0 || executed < 0
                || executed > qty) {
            return unknown(instrumentId, clientOrderId, side, httpStatus, ts);
        }
        return status(instrumentId, clientOrderId, side, price, executed, qty - executed, status, ts);
    }

    private BinanceResponseOutcome queryError(int instrumentId, long clientOrderId, Side side, int httpStatus,
                                              long ts) {
        if (httpStatus < 500 && venueCode() == BinanceCodes.NO_SUCH_ORDER) {
            return status(instrumentId, clientOrderId, side, 0, 0, 0, OrderStatus.NOT_FOUND, ts);
        }
        return unknown(instrumentId, clientOrderId, side, reason(httpStatus), ts);
    }

    /**
     * A refused order ({@code cancel} false) or cancel (true): REJECTED with the venue's code, marked
     * as the cancel's when it was one (the order itself may still be working); an answer that does not
     * say the request failed is an unknown outcome.
     */
    private BinanceResponseOutcome refused(int instrumentId, long clientOrderId, Side side, int httpStatus, long ts,
                                           boolean cancel) {
        int code = venueCode();
        if (httpStatus >= 500 || code == 0 || BinanceCodes.outcomeUnknown(code) || unknownMessage()) {
            return unknown(instrumentId, clientOrderId, side, reason(httpStatus), ts);
        }
        InboundEvent event = publisher.claim();
        if (event != null) {
            if (cancel) {
                event.setCancelRejected(ts, instrumentId, clientOrderId, side, code);
            } else {
                event.setRejected(ts, instrumentId, clientOrderId, side, code);
            }
            publisher.publish();
        }
        return BinanceResponseOutcome.REJECTED;
    }

    private BinanceResponseOutcome positions(long ts) {
        positions.publish(publisher, ts);
        return BinanceResponseOutcome.POSITIONS;
    }

    private BinanceResponseOutcome venueError(int httpStatus, long ts) {
        return notice(reason(httpStatus), ts);
    }

    private BinanceResponseOutcome status(int instrumentId, long clientOrderId, Side side, long price, long filled,
                                          long leaves, OrderStatus status, long ts) {
        InboundEvent event = publisher.claim();
        if (event != null) {
            event.setOrderStatus(ts, instrumentId, clientOrderId, side, price, filled, leaves, status.ordinal());
            publisher.publish();
        }
        return BinanceResponseOutcome.STATUS;
    }

    private BinanceResponseOutcome unknown(int instrumentId, long clientOrderId, Side side, int reason, long ts) {
        InboundEvent event = publisher.claim();
        if (event != null) {
            event.setUnknown(ts, instrumentId, clientOrderId, side, reason);
            publisher.publish();
        }
        return BinanceResponseOutcome.UNKNOWN;
    }

    private BinanceResponseOutcome notice(int code, long ts) {
        InboundEvent event = publisher.claim();
        if (event != null) {
            event.setVenueStatus(ts, VenueState.NOTICE.ordinal(), code);
            publisher.publish();
        }
        return BinanceResponseOutcome.VENUE_ERROR;
    }

    /** The error payload's code: a negative int, or 0 when the body has none. */
    private int venueCode() {
        if (!fields.isNumber(ResponseReader.CODE)) {
            return 0;
        }
        long code = fields.whole(ResponseReader.CODE);
        return code < 0 && code >= Integer.MIN_VALUE ? (int) code : 0;
    }

    /** The venue's code when the body carried one, else the HTTP status. */
    private int reason(int httpStatus) {
        int code = venueCode();
        return code != 0 ? code : httpStatus;
    }

    private boolean unknownMessage() {
        if (!fields.isString(ResponseReader.MSG)) {
            return false;
        }
        char[] text = fields.chars();
        int s = fields.start(ResponseReader.MSG);
        int e = fields.end(ResponseReader.MSG);
        return Chars.containsIgnoreCase(text, s, e, UNKNOWN_ERROR)
                || Chars.containsIgnoreCase(text, s, e, STATUS_UNKNOWN);
    }

    private OrderStatus status() {
        if (!fields.isString(ResponseReader.STATUS)) {
            return null;
        }
        return BinanceText.orderStatus(fields.chars(), fields.start(ResponseReader.STATUS),
                fields.end(ResponseReader.STATUS));
    }

    private void increment(int counter) {
        counters.setRelease(counter, counters.getPlain(counter) + 1);
    }

    // ---------------------------------------------------------------- startup decoders (allocating)

    /** {@code GET /fapi/v1/time}: the server's time in epoch milliseconds. */
    public static long serverTime(byte[] body) {
        return StartupDecoders.serverTime(body);
    }

    /** {@code GET /fapi/v1/exchangeInfo}: rate limits and per-symbol trading rules, as the venue states them. */
    public static BinanceExchangeInfo exchangeInfo(byte[] body) {
        return StartupDecoders.exchangeInfo(body);
    }

    /** {@code GET /fapi/v1/rateLimit/order}: the account's order rate limits. */
    public static List<BinanceExchangeInfo.RateLimit> rateLimits(byte[] body) {
        return StartupDecoders.rateLimits(body);
    }

    /** {@code POST} or {@code PUT /fapi/v1/listenKey}: the listen key. */
    public static String listenKey(byte[] body) {
        return StartupDecoders.listenKey(body);
    }

    /** {@code GET /fapi/v1/positionSide/dual}: true when the account is in hedge mode. */
    public static boolean hedgeMode(byte[] body) {
        return StartupDecoders.hedgeMode(body);
    }

    /** {@code GET /fapi/v1/openOrders}: the working orders, ours and foreign ones. */
    public static List<BinanceOpenOrder> openOrders(byte[] body) {
        return StartupDecoders.openOrders(body);
    }

    /** {@code GET /fapi/v1/klines}: candles, oldest first. */
    public static List<BinanceKline> klines(byte[] body) {
        return StartupDecoders.klines(body);
    }

    /** An error payload {@code {"code":-1121,"msg":"Invalid symbol."}}. */
    public static BinanceError error(byte[] body) {
        return StartupDecoders.error(body);
    }
}
