package dev.gridbot.journal;

import dev.gridbot.engine.event.InboundEvent;
import dev.gridbot.engine.event.InboundType;
import dev.gridbot.engine.event.OutboundEvent;
import dev.gridbot.engine.event.OutboundType;
import dev.gridbot.engine.model.OrderType;
import dev.gridbot.engine.model.Side;
import dev.gridbot.engine.model.TimeInForce;
import net.openhft.chronicle.bytes.BytesIn;
import net.openhft.chronicle.bytes.BytesOut;

/**
 * How one journal document is laid out: a leading kind byte, then the fields as fixed-width
 * primitives in declaration order (enums as one-byte ordinals, booleans as 0 or 1). Event documents
 * have an exact length, so a document from another format version, or a torn one, is caught rather
 * than misread. Changing a layout means bumping {@link RunHeader#FORMAT_VERSION}.
 *
 * <p>Stateless; the encoders allocate nothing.
 */
final class DocumentFormat {

    /** Kind byte of the run header ('H'): always the first document of a journal. */
    static final byte HEADER = 'H';
    /** Kind byte of an inbound event ('I'). */
    static final byte INBOUND = 'I';
    /** Kind byte of an outbound event ('O'). */
    static final byte OUTBOUND = 'O';
    /** Kind byte of a configuration revision ('C'), since format version 6. */
    static final byte REVISION = 'C';

    /** Bytes of an inbound event document, kind byte included. */
    static final int INBOUND_LENGTH = 1 + 1 + 8 + 4 + 8 + 1 + 8 + 8 + 8 + 8 + 1 + 4 + 8 + 8 + 1;
    /** Bytes of an outbound event document, kind byte included. */
    static final int OUTBOUND_LENGTH = 1 + 1 + 8 + 4 + 4 + 8 + 1 + 1 + 1 + 1 + 8 + 8 + 8 + 8 + 8 + 8;

    private static final int INBOUND_TYPES = InboundType.values().length;
    private static final int OUTBOUND_TYPES = OutboundType.values().length;
    private static final int SIDES = Side.values().length;
    private static final int ORDER_TYPES = OrderType.values().length;
    private static final int TIMES_IN_FORCE = TimeInForce.values().length;

    private DocumentFormat() {
    }

    static void writeHeader(BytesOut<?> out, RunHeader header) {
        out.writeByte(HEADER);
        out.writeInt(header.formatVersion());
        out.writeUtf8(header.kind());
        out.writeUtf8(header.configText());
        out.writeUtf8(header.configName());
        out.writeUtf8(header.dataName());
        out.writeLong(header.seed());
        out.writeUtf8(header.previousJournal());
    }

    /** Reads a header whose kind byte has been consumed. */
    static RunHeader readHeader(BytesIn<?> in) {
        int formatVersion = in.readInt();
        String kind = in.readUtf8();
        String configText = in.readUtf8();
        String configName = in.readUtf8();
        String dataName = in.readUtf8();
        long seed = in.readLong();
        String previous = in.readUtf8();
        if (in.readRemaining() != 0) {
            throw new IllegalArgumentException(in.readRemaining() + " bytes left after the run header");
        }
        return new RunHeader(formatVersion, kind, configText, configName, dataName, seed, previous);
    }

    static void writeRevision(BytesOut<?> out, ConfigRevision revision) {
        out.writeByte(REVISION);
        out.writeInt(revision.revision());
        out.writeUtf8(revision.configText());
        out.writeUtf8(revision.configName());
    }

    /** Reads a configuration revision whose kind byte has been consumed. */
    static ConfigRevision readRevision(BytesIn<?> in) {
        int revision = in.readInt();
        String configText = in.readUtf8();
        String configName = in.readUtf8();
        if (configText == null || configName == null) {
            throw new IllegalArgumentException("a configuration revision without its text or name");
        }
        if (in.readRemaining() != 0) {
            throw new IllegalArgumentException(in.readRemaining() + " bytes left after a configuration revision");
        }
        return new ConfigRevision(revision, configText, configName);
    }

    static void writeInbound(BytesOut<?> out, InboundEvent event) {
        out.writeByte(INBOUND);
        out.writeByte((byte) event.type().ordinal());
        out.writeLong(event.timestampNanos());
        out.writeInt(event.instrumentId());
        out.writeLong(event.clientOrderId());
        out.writeByte((byte) event.side().ordinal());
        out.writeLong(event.priceTicks());
        out.writeLong(event.qtyLots());
        out.writeLong(event.leavesLots());
        out.writeLong(event.feeUnits());
        out.writeByte(bool(event.maker()));
        out.writeInt(event.code());
        out.writeLong(event.venueSequence());
        out.writeLong(event.askTicks());
        out.writeByte(bool(event.cancelRequest()));
    }

    /** Reads an inbound event, whose kind byte has been consumed, into {@code into}. */
    static void readInbound(BytesIn<?> in, InboundEvent into) {
        InboundType type = InboundType.of(ordinal(in.readByte(), INBOUND_TYPES, "inbound type"));
        long timestampNanos = in.readLong();
        int instrumentId = in.readInt();
        long clientOrderId = in.readLong();
        Side side = Side.of(ordinal(in.readByte(), SIDES, "side"));
        long priceTicks = in.readLong();
        long qtyLots = in.readLong();
        long leavesLots = in.readLong();
        long feeUnits = in.readLong();
        boolean maker = bool(in.readByte(), "maker");
        int code = in.readInt();
        long venueSequence = in.readLong();
        long askTicks = in.readLong();
        boolean cancelRequest = bool(in.readByte(), "cancelRequest");
        into.setRaw(type, timestampNanos, instrumentId, clientOrderId, side, priceTicks, qtyLots, leavesLots,
                feeUnits, maker, code, venueSequence, askTicks, cancelRequest);
    }

    static void writeOutbound(BytesOut<?> out, OutboundEvent event) {
        out.writeByte(OUTBOUND);
        out.writeByte((byte) event.type().ordinal());
        out.writeLong(event.timestampNanos());
        out.writeInt(event.strategyId());
        out.writeInt(event.instrumentId());
        out.writeLong(event.clientOrderId());
        out.writeByte((byte) event.side().ordinal());
        out.writeByte((byte) event.orderType().ordinal());
        out.writeByte((byte) event.timeInForce().ordinal());
        out.writeByte(bool(event.reduceOnly()));
        out.writeLong(event.priceTicks());
        out.writeLong(event.qtyLots());
        out.writeLong(event.feeUnits());
        out.writeLong(event.pnlUnits());
        out.writeLong(event.refPriceTicks());
        out.writeLong(event.refTimestampNanos());
    }

    /** Reads an outbound event, whose kind byte has been consumed, into {@code into}. */
    static void readOutbound(BytesIn<?> in, OutboundEvent into) {
        OutboundType type = OutboundType.of(ordinal(in.readByte(), OUTBOUND_TYPES, "outbound type"));
        long timestampNanos = in.readLong();
        int strategyId = in.readInt();
        int instrumentId = in.readInt();
        long clientOrderId = in.readLong();
        Side side = Side.of(ordinal(in.readByte(), SIDES, "side"));
        OrderType orderType = OrderType.of(ordinal(in.readByte(), ORDER_TYPES, "order type"));
        TimeInForce timeInForce = TimeInForce.of(ordinal(in.readByte(), TIMES_IN_FORCE, "time in force"));
        boolean reduceOnly = bool(in.readByte(), "reduceOnly");
        long priceTicks = in.readLong();
        long qtyLots = in.readLong();
        long feeUnits = in.readLong();
        long pnlUnits = in.readLong();
        long refPriceTicks = in.readLong();
        long refTimestampNanos = in.readLong();
        into.setRaw(type, timestampNanos, strategyId, instrumentId, clientOrderId, side, orderType, timeInForce,
                reduceOnly, priceTicks, qtyLots, feeUnits, pnlUnits, refPriceTicks, refTimestampNanos);
    }

    private static int ordinal(byte raw, int count, String field) {
        if (raw < 0 || raw >= count) {
            throw new IllegalArgumentException(field + " ordinal " + raw + " is out of range 0.." + (count - 1));
        }
        return raw;
    }

    private static byte bool(boolean value) {
        return value ? (byte) 1 : (byte) 0;
    }

    private static boolean bool(byte raw, String field) {
        if (raw != 0 && raw != 1) {
            throw new IllegalArgumentException(field + " byte " + raw + " is neither 0 nor 1");
        }
        return raw == 1;
    }
}
