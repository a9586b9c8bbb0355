package dev.gridbot.gateway.sim;

import dev.gridbot.engine.event.OutboundEvent;
import dev.gridbot.engine.model.Instrument;
import dev.gridbot.engine.model.Instruments;

import java.math.BigDecimal;
import java.util.List;

/**
 * A core over one instrument (tick 0.01, step 0.001, maker 200 ppm, taker 500 ppm) with a recording
 * listener and a trade clock: trade k happens at k × 1000 ns, commands at the time given.
 */
final class SimFixture {
    static final int INSTRUMENT = 0;
    static final long MAKER_PPM = 200;
    static final long TAKER_PPM = 500;

    final RecordingListener listener = new RecordingListener();
    final SimMatchingCore core;
    private long trades;

    SimFixture() {
        this(SimMatchingCore.DEFAULT_MAX_OPEN_ORDERS);
    }

    SimFixture(int maxOpenOrders) {
        core = new SimMatchingCore(instruments(), listener, maxOpenOrders);
    }

    static Instruments instruments() {
        return new Instruments(List.of(
                new Instrument(0, "BTCUSDT", new BigDecimal("0.01"), new BigDecimal("0.001"), new BigDecimal("0.001"),
                        new BigDecimal("5"), MAKER_PPM, TAKER_PPM),
                new Instrument(1, "ETHUSDT", new BigDecimal("0.01"), new BigDecimal("0.001"), new BigDecimal("0.001"),
                        new BigDecimal("5"), MAKER_PPM, TAKER_PPM)));
    }

    SimFixture send(Cmd cmd) {
        return send(cmd.build());
    }

    SimFixture send(OutboundEvent cmd) {
        core.onCommand(cmd, cmd.timestampNanos());
        return this;
    }

    SimFixture trade(long priceTicks, long qtyLots) {
        trades++;
        core.onTrade(trades * 1000, INSTRUMENT, priceTicks, qtyLots);
        return this;
    }

    /** Places and forgets the reports, so a test asserts only what follows. */
    SimFixture given(Cmd... cmds) {
        for (Cmd cmd : cmds) {
            send(cmd);
        }
        listener.clear();
        return this;
    }

    /** Trades and forgets the reports. */
    SimFixture givenTrade(long priceTicks, long qtyLots) {
        trade(priceTicks, qtyLots);
        listener.clear();
        return this;
    }

    long position() {
        return core.positionLots(INSTRUMENT);
    }
}
