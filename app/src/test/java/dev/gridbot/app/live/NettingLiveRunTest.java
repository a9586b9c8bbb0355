package dev.gridbot.app.live;

import dev.gridbot.app.NettingInvariants;
import dev.gridbot.app.report.FillLog;
import dev.gridbot.engine.model.Instrument;
import dev.gridbot.engine.netting.NettingBook;
import dev.gridbot.engine.strategy.EngineLogic;
import dev.gridbot.gateway.sim.server.SimDataSource;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A desk (a grid and three target-position strategies on one account, netted by its book) through
 * the real Binance gateway against the simulated venue over loopback, one-way and hedge. The two
 * fixed targets start on opposite sides (one-way, the book crosses them at once) and both turn two
 * seconds in (hedge, one closes the long leg while the other opens it: crossed too); the rest goes
 * out as the book's own orders, which fill. The account is named in the file and given the venue's
 * key by name, as a run reads it from the environment. At the end the venue's own position (per
 * leg in hedge mode) is the sum of the virtual ones, the book's figures add up (see
 * {@link NettingInvariants}), and the live journal replays to identical outbound events.
 */
class NettingLiveRunTest {
    static final String ACCOUNT = "desk";

    @TempDir
    Path tmp;

    static String config(String positionMode) {
        return """
                venue: { kind: sim }
                instruments:
                  BTCUSDT: { tickSize: 0.01, stepSize: 0.001, minQty: 0.001, minNotional: 5,
                             makerFee: 0.0002, takerFee: 0.0005 }
                accounts:
                  desk:
                    positionMode: %s
                    maxPosition: 1
                strategies:
                  - name: grid
                    type: grid
                    account: desk
                    symbol: BTCUSDT
                    mode: neutral
                    lower: 900
                    upper: 1100
                    levels: 21
                    quantity: 0.01
                    maxPosition: 0.05
                    stopLossBufferPct: 2
                  - name: long-hold
                    type: target
                    account: desk
                    symbol: BTCUSDT
                    schedule:
                      - { afterSec: 0, target: 0.08 }
                      - { afterSec: 2, target: -0.02 }
                      - { afterSec: 3, target: 0.03 }
                    maxPosition: 0.08
                    maxLoss: 500
                    threshold: 0.01
                    chaseAfterMs: 500
                    chaseTicks: 30
                  - name: short-hold
                    type: target
                    account: desk
                    symbol: BTCUSDT
                    schedule:
                      - { afterSec: 0, target: -0.05 }
                      - { afterSec: 2, target: 0.04 }
                    maxPosition: 0.05
                    maxLoss: 500
                    threshold: 0.01
                    chaseAfterMs: 800
                    chaseTicks: 50
                  - name: meanrev
                    type: mean-reversion
                    account: desk
                    symbol: BTCUSDT
                    sampleSec: 1
                    window: 3
                    entryZ: 1.5
                    exitZ: 0.3
                    maxPosition: 0.03
                    maxLoss: 500
                    threshold: 0.01
                    chaseAfterMs: 300
                    chaseTicks: 20
                """.formatted(positionMode);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ONE_WAY", "HEDGE"})
    @Timeout(120)
    void shouldNetTheDeskThroughTheRealGatewayAndAgreeWithTheVenuePerLeg(String positionMode) throws Exception {
        Path trades = SimVenueFixture.swingingTrades(tmp, 12);
        try (SimVenueFixture venue = SimVenueFixture.start(
                SimDataSource.file(SimVenueFixture.SYMBOL, trades, 1).atFixedRate(100))) {
            String text = config(positionMode);
            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            LiveRun.Options options = LiveRun.Options.untilStopped().withStatusEvery(Duration.ofSeconds(1))
                    .endingAfter(Duration.ofSeconds(60), venue.sim::replayFinished)
                    .whenReady(venue.sim.faults()::resumeMarketData);
            LiveRun.Result r = new LiveRun().run(text, venue.liveConfig(text), SimVenueFixture.credentials(ACCOUNT),
                    tmp.resolve("out"), options, new PrintStream(printed, true, StandardCharsets.UTF_8));
            String output = printed.toString(StandardCharsets.UTF_8);
            // Not exactly 480: a loaded machine once journaled 478 (the market stream is not re-synced).
            assertTrue(r.summary().trades() > 400, r.summary().trades() + " trades\n" + output);
            assertTrue(r.replay().verified(), "live journal replays identically: " + r.replay().firstMismatch());
            assertNull(r.replay().engineFailure());

            // The replayed engine: its outbound events were the live one's, event for event.
            EngineLogic logic = r.replay().logic();
            NettingBook book = logic.book(0);
            Instrument instrument = r.replay().definition().instruments().bySymbol(SimVenueFixture.SYMBOL);
            boolean hedge = positionMode.equals("HEDGE");
            NettingInvariants.VenuePosition held = hedge
                    ? NettingInvariants.VenuePosition.legs(lots(instrument, venue, "LONG"),
                    lots(instrument, venue, "SHORT"))
                    : NettingInvariants.VenuePosition.net(lots(instrument, venue, "BOTH"));
            FillLog fills = NettingInvariants.fillsOf(r.journalDir());
            List<String> broken = NettingInvariants.broken(logic, 0, fills, r.journalDir(), instrument,
                    logic.strategy(0).account().lastPriceTicks(), held);
            long ownFilled = NettingInvariants.bookOrderFilledLots(r.journalDir(), book.bookId());
            NettingInvariants.LateEvents late = NettingInvariants.lateEvents(r.journalDir(), book.bookId());
            String position = hedge ? "long " + held.longLots() + " / short " + held.shortLots() + " lots"
                    : held.netLots() + " lots";
            System.out.printf("live netting %-7s: %d trades, venue %s, %,d venue orders, %,d lots filled (%,d of the "
                            + "book's own orders), %,d lots first from an order status, %,d fill reports, %d internal "
                            + "crosses (%,d lots), %d stop(s), risk denials %d/%d/%d (position/open orders/rate), "
                            + "%d unmatched events (%s)%n",
                    positionMode, r.summary().trades(), position, book.venueOrders(), book.venueFilledLots(), ownFilled,
                    NettingInvariants.lotsFirstFromStatus(r.journalDir(), instrument, book),
                    fills.fills().size(), book.internalCrosses(), book.internalCrossLots(), fills.stops().size(),
                    book.riskDenials(0), book.riskDenials(1), book.riskDenials(2), book.unmatchedEvents(), late);
            assertTrue(broken.isEmpty(), positionMode + ": " + broken.size() + " invariant(s) broken:\n  "
                    + String.join("\n  ", broken) + "\n" + output);
            // Live, the REST answer to a placement or a cancel can come after the user stream said the
            // order was done, a cancel can be refused because the order just filled, a fill report can
            // follow the status that told of it: the book counts those late events as unmatched. Nothing
            // else may be, and none may bring a lot nobody had told of. The book may still match a late
            // one: an order the venue answered NOT_FOUND is re-checked a few times before it is given up.
            assertTrue(book.unmatchedEvents() <= late.events(), "the book's unmatched events are late ones: "
                    + book.unmatchedEvents() + " unmatched, " + late + "\n" + output);
            assertEquals(0, late.newLots(), "lots only late events told of: " + late + "\n" + output);
            assertTrue(ownFilled > 0, "the book's own orders filled: " + ownFilled + "\n" + output);
            assertTrue(book.internalCrosses() > 0, "the book crossed opposite wishes internally\n" + output);
            assertTrue(output.contains("| venue connected"), output);
        }
    }

    private static long lots(Instrument instrument, SimVenueFixture venue, String positionSide) throws Exception {
        return instrument.qtyToLotsFloor(venue.venuePosition(positionSide));
    }
}
