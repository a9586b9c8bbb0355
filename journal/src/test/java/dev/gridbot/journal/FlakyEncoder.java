package dev.gridbot.journal;

import dev.gridbot.engine.event.InboundEvent;
import dev.gridbot.engine.event.OutboundEvent;
import net.openhft.chronicle.bytes.BytesOut;

/**
 * The tests' way to make writes fail: an encoder that, while armed, starts the document and then
 * throws what a full disk throws (so the half-written document must be rolled back), and otherwise
 * writes as the journal does. Armed and disarmed from any thread.
 *
 * @param <E> the event type
 */
final class FlakyEncoder<E> implements JournalHandler.Encoder<E> {

    /** Thrown on every failing write; made once so that failing allocates nothing. */
    static final InternalError NO_SPACE = new InternalError("test: no space left on device");

    private final JournalHandler.Encoder<E> real;
    private volatile boolean failing;

    FlakyEncoder(JournalHandler.Encoder<E> real) {
        this.real = real;
    }

    static FlakyEncoder<InboundEvent> inbound() {
        return new FlakyEncoder<>(DocumentFormat::writeInbound);
    }

    static FlakyEncoder<OutboundEvent> outbound() {
        return new FlakyEncoder<>(DocumentFormat::writeOutbound);
    }

    /** Every write fails from now on, until {@link #recover()}. */
    void fail() {
        failing = true;
    }

    /** Writes succeed again from now on. */
    void recover() {
        failing = false;
    }

    @Override
    public void encode(BytesOut<?> out, E value) {
        if (failing) {
            out.writeByte((byte) 'X');
            throw NO_SPACE;
        }
        real.encode(out, value);
    }
}
