package dev.gridbot.gateway.binance;

import dev.gridbot.engine.event.OutboundEvent;
import dev.gridbot.engine.model.ClientOrderId;
import dev.gridbot.engine.model.Instruments;
import dev.gridbot.engine.model.OrderType;
import dev.gridbot.engine.model.Side;
import dev.gridbot.engine.model.TimeInForce;

import java.nio.charset.StandardCharsets;

/**
 * Builds the parameter strings of Binance USDT-M REST requests into one reusable buffer: the text
 * that goes after {@code ?} (GET, DELETE, PUT) or into the {@code application/x-www-form-urlencoded}
 * body (POST) — one or the other, whole, since the signature covers exactly this text. Signed
 * requests end with {@code recvWindow}, {@code timestamp} and {@code signature}. Each builder
 * returns the endpoint (method and path); the text is {@link #buffer()}[0, {@link #length()}) until
 * the next build.
 *
 * <p>Prices and quantities are written from ticks and lots exactly, as plain decimals without an
 * exponent or trailing zeros ({@code 0.423}, {@code 55.32}, {@code 9000}). Hedge mode sends
 * {@code positionSide} (LONG for buys that open and sells that reduce, SHORT for the others) and
 * never {@code reduceOnly} (Binance refuses the pair with -1106); one-way mode sends
 * {@code reduceOnly=true} when asked.
 *
 * <p>Building allocates nothing itself; the JDK's HMAC ({@code Mac.doFinal}) allocates its 32-byte
 * digest, 48 bytes per signed request on a 64-bit HotSpot (measured by {@code BinanceRestAllocationTest}).
 * Owned by the sending thread.
 */
public final class BinanceRequests {
    /** Pass as the instrument id of {@link #openOrders} and {@link #positionRisk} to ask about every symbol. */
    public static final int ALL_INSTRUMENTS = -1;

    private static final int CAPACITY = 2048;
    private static final byte[] HEX = Bytes.ascii("0123456789ABCDEF");
    private static final byte[] SYMBOL = Bytes.ascii("symbol");
    private static final byte[] SIDE = Bytes.ascii("side");
    private static final byte[] TYPE = Bytes.ascii("type");
    private static final byte[] QUANTITY = Bytes.ascii("quantity");
    private static final byte[] PRICE = Bytes.ascii("price");
    private static final byte[] TIME_IN_FORCE = Bytes.ascii("timeInForce");
    private static final byte[] REDUCE_ONLY = Bytes.ascii("reduceOnly");
    private static final byte[] POSITION_SIDE = Bytes.ascii("positionSide");
    private static final byte[] NEW_CLIENT_ORDER_ID = Bytes.ascii("newClientOrderId");
    private static final byte[] ORIG_CLIENT_ORDER_ID = Bytes.ascii("origClientOrderId");
    private static final byte[] NEW_ORDER_RESP_TYPE = Bytes.ascii("newOrderRespType");
    private static final byte[] DUAL_SIDE_POSITION = Bytes.ascii("dualSidePosition");
    private static final byte[] INTERVAL = Bytes.ascii("interval");
    private static final byte[] LIMIT_PARAM = Bytes.ascii("limit");
    private static final byte[] RECV_WINDOW = Bytes.ascii("recvWindow");
    private static final byte[] TIMESTAMP = Bytes.ascii("timestamp");
    private static final byte[] SIGNATURE = Bytes.ascii("signature");
    private static final byte[] BUY = Bytes.ascii("BUY");
    private static final byte[] SELL = Bytes.ascii("SELL");
    private static final byte[] LIMIT = Bytes.ascii("LIMIT");
    private static final byte[] MARKET = Bytes.ascii("MARKET");
    private static final byte[] LONG = Bytes.ascii("LONG");
    private static final byte[] SHORT = Bytes.ascii("SHORT");
    private static final byte[] ACK = Bytes.ascii("ACK");
    private static final byte[] TRUE = Bytes.ascii("true");
    private static final byte[] FALSE = Bytes.ascii("false");
    private static final byte[][] TIME_IN_FORCE_NAMES = {Bytes.ascii("GTC"), Bytes.ascii("GTX"), Bytes.ascii("IOC")};

    private final SymbolTable symbols;
    private final byte[][] symbolParams;
    private final BinanceSigner signer;
    private final long recvWindowMillis;
    private final boolean hedgeMode;
    private final byte[] buffer = new byte[CAPACITY];
    private int length;
    private BinanceEndpoint endpoint;

    /**
     * @param signer           the account's signer (the secret stays inside it)
     * @param recvWindowMillis sent with every signed request (Binance's default is 5000)
     * @param hedgeMode        the account's position mode: true for hedge (dual side), false for one-way
     */
    public BinanceRequests(Instruments instruments, BinanceSigner signer, long recvWindowMillis, boolean hedgeMode) {
        if (recvWindowMillis <= 0) {
            throw new IllegalArgumentException("recvWindow must be positive: " + recvWindowMillis);
        }
        this.symbols = new SymbolTable(instruments, null);
        this.symbolParams = new byte[symbols.size()][];
        for (int id = 0; id < symbolParams.length; id++) {
            symbolParams[id] = percentEncoded(symbols.instrument(id).symbol());
        }
        this.signer = signer;
        this.recvWindowMillis = recvWindowMillis;
        this.hedgeMode = hedgeMode;
    }

    /** The request for an order command: PLACE, CANCEL, QUERY_ORDER or QUERY_POSITION. */
    public BinanceEndpoint command(OutboundEvent command, long timestampMillis) {
        return switch (command.type()) {
            case PLACE -> newOrder(command.instrumentId(), command.clientOrderId(), command.side(),
                    command.orderType(), command.timeInForce(), command.reduceOnly(), command.priceTicks(),
                    command.qtyLots(), timestampMillis);
            case CANCEL -> cancelOrder(command.instrumentId(), command.clientOrderId(), timestampMillis);
            case QUERY_ORDER -> queryOrder(command.instrumentId(), command.clientOrderId(), timestampMillis);
            case QUERY_POSITION -> positionRisk(command.instrumentId(), timestampMillis);
            default -> throw new IllegalArgumentException("not an order command: " + command.type());
        };
    }

    /**
     * {@code POST /fapi/v1/order}: symbol, side, type, quantity, price and timeInForce (LIMIT only),
     * reduceOnly or positionSide, newClientOrderId (omitted for {@link ClientOrderId#NONE}),
     * newOrderRespType=ACK, recvWindow, timestamp, signature.
     */
    public BinanceEndpoint newOrder(int instrumentId, long clientOrderId, Side side, OrderType type,
                                    TimeInForce timeInForce, boolean reduceOnly, long priceTicks, long qtyLots,
                                    long timestampMillis) {
        if (qtyLots <= 0 || (type == OrderType.LIMIT && priceTicks <= 0)) {
            throw new IllegalArgumentException("order needs a positive quantity (and a positive limit price): "
                    + qtyLots + " lots at " + priceTicks + " ticks");
        }
        begin(BinanceEndpoint.NEW_ORDER, instrumentId);
        name(SIDE).ascii(side == Side.BUY ? BUY : SELL);
        name(TYPE).ascii(type == OrderType.LIMIT ? LIMIT : MARKET);
        name(QUANTITY).units(symbols.lots(instrumentId), qtyLots);
        if (type == OrderType.LIMIT) {
            name(PRICE).units(symbols.ticks(instrumentId), priceTicks);
            name(TIME_IN_FORCE).ascii(TIME_IN_FORCE_NAMES[timeInForce.ordinal()]);
        }
        if (hedgeMode) {
            name(POSITION_SIDE).ascii(side.longLeg(reduceOnly) ? LONG : SHORT);
        } else if (reduceOnly) {
            name(REDUCE_ONLY).ascii(TRUE);
        }
        if (clientOrderId != ClientOrderId.NONE) {
            name(NEW_CLIENT_ORDER_ID).clientOrderId(clientOrderId);
        }
        name(NEW_ORDER_RESP_TYPE).ascii(ACK);
        return signed(timestampMillis);
    }

    /** {@code DELETE /fapi/v1/order}: symbol, origClientOrderId, recvWindow, timestamp, signature. */
    public BinanceEndpoint cancelOrder(int instrumentId, long clientOrderId, long timestampMillis) {
        begin(BinanceEndpoint.CANCEL_ORDER, instrumentId);
        name(ORIG_CLIENT_ORDER_ID).clientOrderId(clientOrderId);
        return signed(timestampMillis);
    }

    /** {@code GET /fapi/v1/order}: symbol, origClientOrderId, recvWindow, timestamp, signature. */
    public BinanceEndpoint queryOrder(int instrumentId, long clientOrderId, long timestampMillis) {
        begin(BinanceEndpoint.QUERY_ORDER, instrumentId);
        name(ORIG_CLIENT_ORDER_ID).clientOrderId(clientOrderId);
        return signed(timestampMillis);
    }

    /** {@code DELETE /fapi/v1/allOpenOrders}: symbol, recvWindow, timestamp, signature. */
    public BinanceEndpoint cancelAllOpenOrders(int instrumentId, long timestampMillis) {
        begin(BinanceEndpoint.CANCEL_ALL_OPEN_ORDERS, instrumentId);
        return signed(timestampMillis);
    }

    /** {@code GET /fapi/v1/openOrders}: symbol (unless {@link #ALL_INSTRUMENTS}), recvWindow, timestamp, signature. */
    public BinanceEndpoint openOrders(int instrumentId, long timestampMillis) {
        begin(BinanceEndpoint.OPEN_ORDERS, instrumentId);
        return signed(timestampMillis);
    }

    /** {@code GET /fapi/v3/positionRisk}: symbol (unless {@link #ALL_INSTRUMENTS}), recvWindow, timestamp, signature. */
    public BinanceEndpoint positionRisk(int instrumentId, long timestampMillis) {
        begin(BinanceEndpoint.POSITION_RISK, instrumentId);
        return signed(timestampMillis);
    }

    /** {@code GET /fapi/v3/account}: recvWindow, timestamp, signature. */
    public BinanceEndpoint account(long timestampMillis) {
        begin(BinanceEndpoint.ACCOUNT, ALL_INSTRUMENTS);
        return signed(timestampMillis);
    }

    /** {@code GET /fapi/v3/balance}: recvWindow, timestamp, signature. */
    public BinanceEndpoint balance(long timestampMillis) {
        begin(BinanceEndpoint.BALANCE, ALL_INSTRUMENTS);
        return signed(timestampMillis);
    }

    /** {@code GET /fapi/v1/positionSide/dual}: recvWindow, timestamp, signature. */
    public BinanceEndpoint positionMode(long timestampMillis) {
        begin(BinanceEndpoint.POSITION_MODE, ALL_INSTRUMENTS);
        return signed(timestampMillis);
    }

    /** {@code POST /fapi/v1/positionSide/dual}: dualSidePosition (true for hedge mode), recvWindow, timestamp, signature. */
    public BinanceEndpoint changePositionMode(boolean hedge, long timestampMillis) {
        begin(BinanceEndpoint.CHANGE_POSITION_MODE, ALL_INSTRUMENTS);
        name(DUAL_SIDE_POSITION).ascii(hedge ? TRUE : FALSE);
        return signed(timestampMillis);
    }

    /** {@code GET /fapi/v1/klines} (unsigned): symbol, interval (such as {@code 1m}, {@code 1h}), limit. */
    public BinanceEndpoint klines(int instrumentId, CharSequence interval, int limit) {
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        begin(BinanceEndpoint.KLINES, instrumentId);
        name(INTERVAL);
        for (int i = 0; i < interval.length(); i++) {
            char c = interval.charAt(i);
            if (c > 0x7F) {
                throw new IllegalArgumentException("interval must be ASCII: " + interval);
            }
            encode((byte) c);
        }
        name(LIMIT_PARAM);
        length = Bytes.writeLong(limit, buffer, length);
        return endpoint;
    }

    /** An endpoint without parameters: server time, exchangeInfo, the listenKey calls. */
    public BinanceEndpoint withoutParameters(BinanceEndpoint withoutParameters) {
        if (withoutParameters.security() == BinanceEndpoint.Security.SIGNED
                || withoutParameters == BinanceEndpoint.KLINES) {
            throw new IllegalArgumentException(withoutParameters + " takes parameters");
        }
        begin(withoutParameters, ALL_INSTRUMENTS);
        return endpoint;
    }

    /** The request text, valid until the next build. */
    public byte[] buffer() {
        return buffer;
    }

    /** Bytes of request text in {@link #buffer()}. */
    public int length() {
        return length;
    }

    /** The endpoint of the last request built. */
    public BinanceEndpoint endpoint() {
        return endpoint;
    }

    /** The request text as a String (allocates: tests and cold paths). */
    public String text() {
        return new String(buffer, 0, length, StandardCharsets.US_ASCII);
    }

    /** The last request's path with its parameters, as an HTTP client sends it (allocates one String). */
    public String pathAndQuery() {
        return length == 0 ? endpoint.path() : endpoint.path() + '?' + text();
    }

    private void begin(BinanceEndpoint next, int instrumentId) {
        if (instrumentId != ALL_INSTRUMENTS && (instrumentId < 0 || instrumentId >= symbolParams.length)) {
            throw new IllegalArgumentException("no instrument " + instrumentId);
        }
        endpoint = next;
        length = 0;
        if (instrumentId != ALL_INSTRUMENTS) {
            name(SYMBOL).ascii(symbolParams[instrumentId]);
        }
    }

    /** Appends {@code &name=} (no {@code &} first). */
    private BinanceRequests name(byte[] name) {
        ensure(name.length + 2);
        if (length > 0) {
            buffer[length++] = '&';
        }
        System.arraycopy(name, 0, buffer, length, name.length);
        length += name.length;
        buffer[length++] = '=';
        return this;
    }

    private void ascii(byte[] value) {
        ensure(value.length);
        System.arraycopy(value, 0, buffer, length, value.length);
        length += value.length;
    }

    /** The text form of {@link ClientOrderId#toText}: {@code gb<strategy>-<level><intent>-<sequence>}. */
    private void clientOrderId(long id) {
        if (id == ClientOrderId.NONE) {
            throw new IllegalArgumentException("an order request needs a client order id");
        }
        ensure(40);
        buffer[length++] = 'g';
        buffer[length++] = 'b';
        length = Bytes.writeLong(ClientOrderId.strategy(id), buffer, length);
        buffer[length++] = '-';
        length = Bytes.writeLong(ClientOrderId.level(id), buffer, length);
        buffer[length++] = (byte) ClientOrderId.intent(id).code();
        buffer[length++] = '-';
        length = Bytes.writeLong(ClientOrderId.sequence(id), buffer, length);
    }

    private BinanceEndpoint signed(long timestampMillis) {
        name(RECV_WINDOW);
        ensure(40);
        length = Bytes.writeLong(recvWindowMillis, buffer, length);
        name(TIMESTAMP);
        length = Bytes.writeLong(timestampMillis, buffer, length);
        int signed = length;
        name(SIGNATURE);
        ensure(BinanceSigner.SIGNATURE_LENGTH);
        signer.sign(buffer, 0, signed, buffer, length);
        length += BinanceSigner.SIGNATURE_LENGTH;
        return endpoint;
    }

    private void units(DecimalUnits units, long value) {
        ensure(40);
        length = units.format(value, buffer, length);
    }

    private void encode(byte b) {
        ensure(3);
        if (unreserved(b)) {
            buffer[length++] = b;
        } else {
            buffer[length++] = '%';
            buffer[length++] = HEX[(b >> 4) & 0xF];
            buffer[length++] = HEX[b & 0xF];
        }
    }

    private void ensure(int more) {
        if (length + more > CAPACITY) {
            throw new IllegalArgumentException("request longer than " + CAPACITY + " bytes");
        }
    }

    /** A symbol as a URL query value: UTF-8, percent-encoded beyond the unreserved characters. */
    private static byte[] percentEncoded(String symbol) {
        StringBuilder out = new StringBuilder();
        for (byte b : symbol.getBytes(StandardCharsets.UTF_8)) {
            if (unreserved(b)) {
                out.append((char) b);
            } else {
                out.append('%').append((char) HEX[(b >> 4) & 0xF]).append((char) HEX[b & 0xF]);
            }
        }
        return Bytes.ascii(out.toString());
    }

    /** RFC 3986's unreserved characters: sent as they are. */
    private static boolean unreserved(byte b) {
        return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9')
                || b == '-' || b == '_' || b == '.' || b == '~';
    }
}
