package dev.gridbot.journal;

import dev.gridbot.engine.event.InboundEvent;
import dev.gridbot.engine.event.InboundType;
import dev.gridbot.engine.event.OutboundEvent;
import dev.gridbot.engine.event.OutboundType;
import dev.gridbot.engine.model.ClientOrderId;
import dev.gridbot.engine.model.Intent;
import dev.gridbot.engine.model.OrderType;
import dev.gridbot.engine.model.Side;
import dev.gridbot.engine.model.TimeInForce;

import java.util.ArrayList;
import java.util.List;

/** Fixtures: every event type, once as the engine fills it and once with every field at an extreme. */
final class Events {

    static final RunHeader HEADER = new RunHeader(RunHeader.BACKTEST,
            "strategies:\n  - name: btc-neutral\n    mode: neutral # ünïcödé survives\n", "demo.yaml",
            "bitstamp_trades_from_20131125_usd.csv", -7_331_002_117L);

    private static final long ID = ClientOrderId.of(65_535, 4_094, Intent.EXIT, 0xFFFF_FFFFL);

    private Events() {
    }

    static InboundEvent[] inbound() {
        List<InboundEvent> events = new ArrayList<>();
        events.add(new InboundEvent().setTrade(Long.MAX_VALUE, Integer.MAX_VALUE, Long.MAX_VALUE, Long.MIN_VALUE,
                Long.MAX_VALUE));
        events.add(new InboundEvent().setAccepted(Long.MIN_VALUE, 0, ID, Side.SELL, 1, Long.MAX_VALUE));
        events.add(new InboundEvent().setRejected(1L, Integer.MIN_VALUE, ID, Side.BUY, -2019));
        events.add(new InboundEvent().setFilled(1_700_000_000_123_456_789L, 7, ID, Side.SELL, 6_512_345L, 3L,
                Long.MIN_VALUE, -1_234L, true, -1L));
        events.add(new InboundEvent().setCanceled(0L, -1, ClientOrderId.NONE, Side.BUY, Long.MAX_VALUE));
        for (InboundType type : InboundType.values()) {
            events.add(new InboundEvent().setRaw(type, Long.MIN_VALUE, Integer.MAX_VALUE, Long.MAX_VALUE,
                    Side.SELL, Long.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE, true,
                    Integer.MIN_VALUE, Long.MIN_VALUE, Long.MAX_VALUE, true));
        }
        return events.toArray(new InboundEvent[0]);
    }

    static OutboundEvent[] outbound() {
        List<OutboundEvent> events = new ArrayList<>();
        events.add(new OutboundEvent().setPlace(Long.MAX_VALUE, 0, 1, ID, Side.BUY, OrderType.LIMIT,
                TimeInForce.GTX, true, Long.MAX_VALUE, Long.MIN_VALUE));
        events.add(new OutboundEvent().setPlace(Long.MIN_VALUE, 65_535, Integer.MAX_VALUE, 0L, Side.SELL,
                OrderType.MARKET, TimeInForce.IOC, false, 0L, 1L));
        events.add(new OutboundEvent().setCancel(42L, -1, Integer.MIN_VALUE, ID, Side.SELL));
        events.add(new OutboundEvent().setFillReport(1L, 3, 7, ID, Side.BUY, 6_512_345L, 2L, -17L,
                Long.MIN_VALUE));
        events.add(new OutboundEvent().setStopReport(2L, 3, 7, Long.MAX_VALUE, Long.MIN_VALUE, -250L,
                Long.MAX_VALUE));
        for (OutboundType type : OutboundType.values()) {
            events.add(new OutboundEvent().setRaw(type, Long.MIN_VALUE, Integer.MIN_VALUE, Integer.MAX_VALUE,
                    Long.MIN_VALUE, Side.SELL, OrderType.MARKET, TimeInForce.IOC, true, Long.MAX_VALUE,
                    Long.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE));
        }
        return events.toArray(new OutboundEvent[0]);
    }

    /** What a read returned: a copy of every event of each direction, in read order. */
    static final class Recorded implements JournalVisitor {
        final List<InboundEvent> inbound = new ArrayList<>();
        final List<OutboundEvent> outbound = new ArrayList<>();

        @Override
        public void onInbound(InboundEvent event) {
            inbound.add(new InboundEvent().copyFrom(event));
        }

        @Override
        public void onOutbound(OutboundEvent event) {
            outbound.add(new OutboundEvent().copyFrom(event));
        }
    }
}
