package dev.gridbot.gateway.data;

import dev.gridbot.engine.model.Instrument;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Test fixtures: an instrument at tick 0.01 / step 0.001, small files, and reading them whole. */
final class TradeFiles {
    static final Instrument BTC = instrument("0.01", "0.001");

    /** One trade as read. */
    record Trade(long timestampNanos, long priceTicks, long qtyLots) {
    }

    private TradeFiles() {
    }

    static Instrument instrument(String tick, String step) {
        return new Instrument(0, "BTCUSDT", new BigDecimal(tick), new BigDecimal(step), new BigDecimal(step),
                BigDecimal.ONE, 200, 500);
    }

    /** Writes {@code content} as is (line ends included) to {@code dir/name}. */
    static Path write(Path dir, String name, String content) {
        try {
            return Files.write(dir.resolve(name), content.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Trade> readAll(Path file, Instrument instrument) {
        try (TradeFileReader reader = TradeFileReader.open(file, instrument)) {
            return readAll(reader);
        }
    }

    static List<Trade> readAll(TradeFileReader reader) {
        List<Trade> trades = new ArrayList<>();
        while (reader.next()) {
            trades.add(new Trade(reader.timestampNanos(), reader.priceTicks(), reader.qtyLots()));
        }
        return trades;
    }
}
