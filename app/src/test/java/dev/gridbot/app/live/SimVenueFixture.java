package dev.gridbot.app.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gridbot.config.ConfigLoader;
import dev.gridbot.config.GridbotConfig;
import dev.gridbot.config.VenueConfig;
import dev.gridbot.gateway.binance.BinanceSigner;
import dev.gridbot.gateway.sim.server.SimAccountConfig;
import dev.gridbot.gateway.sim.server.SimDataSource;
import dev.gridbot.gateway.sim.server.SimInstrumentConfig;
import dev.gridbot.gateway.sim.server.SimServer;
import dev.gridbot.gateway.sim.server.SimServerConfig;


import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A simulated Binance venue on loopback for live-run tests, a grid configuration pointed at it,
 * and signed REST look-ups of what the venue holds (its own view, independent of the engine's).
 */
final class SimVenueFixture implements AutoCloseable {
    static final String KEY = "test-key";
    static final String SECRET = "test-secret-0123456789";
    static final String SYMBOL = "BTCUSDT";

    private static final Pattern LEG = Pattern.compile("\"positionSide\":\"(\\w+)\",\"positionAmt\":\"(-?[0-9.]+)\"");

    final SimServer sim;

    private SimVenueFixture(SimServer sim) {
        this.sim = sim;
    }

    static SimVenueFixture start(SimDataSource data) {
        return new SimVenueFixture(SimServer.start(SimServerConfig.builder().port(0).startPaused()
                .account(SimAccountConfig.oneWay(KEY, SECRET, "100000"))
                .instrument(new SimInstrumentConfig(SYMBOL, new BigDecimal("0.01"), new BigDecimal("0.001"),
                        new BigDecimal("0.001"), new BigDecimal("5"), new BigDecimal("0.0002"),
                        new BigDecimal("0.0005"), 200))
                .data(data).build()));
    }

    /**
     * A price path that swings between about 950 and 1050 in steps of 5, {@code swings} times, 0.37 off
     * the level prices (a trade exactly at a level takes its entry away instead of filling it).
     */
    static Path swingingTrades(Path dir, int swings) throws Exception {
        return swingingTrades(dir, swings, "0.050");
    }

    /** The same path with trades of {@code amount} (below a level's quantity: partial fills). */
    static Path swingingTrades(Path dir, int swings, String amount) throws Exception {
        StringBuilder csv = new StringBuilder("timestamp,price,amount\n");
        long t = 1_700_000_000L;
        int price = 1000;
        int step = 5;
        for (int i = 0; i < swings * 40; i++) {
            csv.append(t++).append(',').append(price).append(".37,").append(amount).append('\n');
            price += step;
            if (price >= 1050 || price <= 950) {
                step = -step;
            }
        }
        Path file = dir.resolve("swings.csv");
        Files.writeString(file, csv);
        return file;
    }

    static String config(String mode) {
        return """
                venue: { kind: sim }
                instruments:
                  BTCUSDT: { tickSize: 0.01, stepSize: 0.001, minQty: 0.001, minNotional: 5, makerFee: 0.0002, takerFee: 0.0005 }
                strategies:
                  - name: g
                    type: grid
                    symbol: BTCUSDT
                    mode: %s
                    lower: 900
                    upper: 1100
                    levels: 21
                    quantity: 0.01
                    maxPosition: 0.05
                    stopLossBufferPct: 2
                """.formatted(mode);
    }

    GridbotConfig liveConfig(String text) throws Exception {
        return ConfigLoader.parse(text, "live-test.yaml")
                .withVenue(new VenueConfig(VenueConfig.SIM, sim.httpBaseUrl(), sim.wsBaseUrl()));
    }

    static Map<String, ApiCredentials> credentials() {
        return credentials(LiveRun.DEFAULT_ACCOUNT);
    }

    /** The venue's one account's credentials under the name a configuration's {@code accounts:} gives it. */
    static Map<String, ApiCredentials> credentials(String account) {
        return Map.of(account, new ApiCredentials(KEY, SECRET.getBytes(StandardCharsets.US_ASCII)));
    }

    /** A signed GET against the venue, answered as text. */
    /** The venue's open orders of ours (client ids gb…): quantity by price. */
    TreeMap<BigDecimal, BigDecimal> openOrdersByPrice() throws Exception {
        TreeMap<BigDecimal, BigDecimal> orders = new TreeMap<>();
        for (JsonNode o : new ObjectMapper().readTree(
                signedGet("/fapi/v1/openOrders", "symbol=" + SYMBOL))) {
            if (o.path("clientOrderId").asText().startsWith("gb")) {
                orders.put(new BigDecimal(o.path("price").asText()), new BigDecimal(o.path("origQty").asText()));
            }
        }
        return orders;
    }

    /** Polls (at most 20 s) until the venue holds {@code count} open orders of ours. */
    void awaitOpenOrders(int count) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        TreeMap<BigDecimal, BigDecimal> orders;
        while ((orders = openOrdersByPrice()).size() != count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("expected " + count + " open orders, the venue has " + orders);
            }
            Thread.sleep(50);
        }
    }

    String signedGet(String path, String params) throws Exception {
        String query = (params.isEmpty() ? "" : params + "&") + "timestamp=" + System.currentTimeMillis();
        String signature = new BinanceSigner(SECRET.getBytes(StandardCharsets.US_ASCII)).sign(query);
        HttpRequest request = HttpRequest.newBuilder(URI.create(sim.httpBaseUrl() + path + "?" + query
                        + "&signature=" + signature)).header("X-MBX-APIKEY", KEY).timeout(Duration.ofSeconds(5)).GET()
                .build();
        HttpResponse<String> answer = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new AssertionError(path + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return answer.body();
    }

    /** The venue's signed one-way position on the symbol, as text (e.g. "-0.030"). */
    BigDecimal venuePosition() throws Exception {
        String body = signedGet("/fapi/v3/positionRisk", "symbol=" + SYMBOL);
        int i = body.indexOf("\"positionAmt\":\"");
        if (i < 0) {
            return BigDecimal.ZERO;
        }
        int start = i + "\"positionAmt\":\"".length();
        return new BigDecimal(body.substring(start, body.indexOf('"', start)));
    }

    /**
     * One leg of the venue's position on the symbol ("BOTH" one-way, "LONG" or "SHORT" in hedge mode;
     * the short leg negative), 0 when the venue lists no such leg.
     */
    BigDecimal venuePosition(String positionSide) throws Exception {
        Matcher m = LEG.matcher(signedGet("/fapi/v3/positionRisk", "symbol=" + SYMBOL));
        while (m.find()) {
            if (m.group(1).equals(positionSide)) {
                return new BigDecimal(m.group(2));
            }
        }
        return BigDecimal.ZERO;
    }

    @Override
    public void close() {
        sim.close();
    }
}
