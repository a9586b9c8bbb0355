package dev.gridbot.gateway.binance;

/**
 * A reusable {@link CharSequence} window on ASCII bytes, so text-parsing code of the engine (such as
 * {@link dev.gridbot.engine.model.ClientOrderId#parse}) reads a received id without a String being
 * made. Bytes above 0x7F appear as chars above 0x7F (no id alphabet contains them). Only
 * {@link #subSequence} and {@link #toString} allocate. Owned by the thread of the decoder holding it.
 */
final class AsciiView implements CharSequence {
    private byte[] bytes = new byte[0];
    private int from;
    private int length;

    AsciiView wrap(byte[] source, int start, int end) {
        this.bytes = source;
        this.from = start;
        this.length = end - start;
        return this;
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public char charAt(int index) {
        if (index < 0 || index >= length) {
            throw new IndexOutOfBoundsException(index);
        }
        return (char) (bytes[from + index] & 0xFF);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return toString().subSequence(start, end);
    }

    @Override
    public String toString() {
        return new String(bytes, from, length, java.nio.charset.StandardCharsets.ISO_8859_1);
    }
}
