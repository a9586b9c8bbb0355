package dev.gridbot.gateway.binance;

import com.lmax.disruptor.RingBuffer;
import dev.gridbot.engine.event.InboundEvent;
import dev.gridbot.engine.model.Instrument;
import dev.gridbot.engine.model.Instruments;
import dev.gridbot.engine.pipeline.InboundPublisher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Test fixtures: the published protocol files, instruments, and a ring that keeps what was published. */
final class BinanceFixtures {
    static final Path PROTOCOL = Path.of("src", "test", "resources", "protocol");

    private BinanceFixtures() {
    }

    /** A file of the official Binance examples (src/test/resources/protocol/binance) as text. */
    static String binance(String file) {
        return read(PROTOCOL.resolve("binance").resolve(file));
    }

    /** A file of the ccxt fixtures (src/test/resources/protocol/ccxt), read into maps and lists. */
    static Map<String, Object> ccxt(String file) {
        return map(StartupDecoders.read(utf8(read(PROTOCOL.resolve("ccxt").resolve(file)))));
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
        return (List<Object>) value;
    }

    /** JSON text of what {@link StartupDecoders#read} returns (to turn a fixture's part back into a body). */
    static String json(Object value) {
        if (value instanceof Map) {
            StringBuilder out = new StringBuilder("{");
            for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
                out.append(out.length() > 1 ? "," : "").append(json(e.getKey())).append(':').append(json(e.getValue()));
            }
            return out.append('}').toString();
        }
        if (value instanceof List) {
            StringBuilder out = new StringBuilder("[");
            for (Object e : (List<?>) value) {
                out.append(out.length() > 1 ? "," : "").append(json(e));
            }
            return out.append(']').toString();
        }
        if (value instanceof String) {
            return '"' + ((String) value).replace("\\", "\\\\").replace("\"", "\\\"") + '"';
        }
        return String.valueOf(value);
    }

    /** An instrument with the 0.02% / 0.05% maker / taker fees and no minimum notional. */
    static Instrument instrument(int id, String symbol, String tickSize, String stepSize) {
        return new Instrument(id, symbol, new BigDecimal(tickSize), new BigDecimal(stepSize), new BigDecimal(stepSize),
                BigDecimal.ZERO, 200, 500);
    }

    static Instruments instruments(Instrument... instruments) {
        return new Instruments(Arrays.asList(instruments));
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An inbound ring nobody consumes (no gating sequence, so a claim never fails) and the publisher
     * on it; {@link #drain()} copies out what was published since the last drain.
     */
    static final class Published {
        final RingBuffer<InboundEvent> ring = RingBuffer.createSingleProducer(InboundEvent::new, 1024);
        final InboundPublisher publisher = new InboundPublisher(ring);
        private long next;

        List<InboundEvent> drain() {
            List<InboundEvent> events = new ArrayList<>();
            for (long cursor = ring.getCursor(); next <= cursor; next++) {
                events.add(new InboundEvent().copyFrom(ring.get(next)));
            }
            return events;
        }

        /** The one event published since the last drain. */
        InboundEvent single() {
            List<InboundEvent> events = drain();
            assertEquals(1, events.size(), () -> "one event expected: " + events);
            return events.get(0);
        }

        /** Asserts nothing was published since the last drain. */
        void assertNone() {
            List<InboundEvent> events = drain();
            assertEquals(List.of(), events, "no event expected");
        }
    }
}
