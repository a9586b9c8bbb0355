package dev.gridbot.gateway.sim.server;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Hedge-mode legs, the position-mode and leverage endpoints, the margin check and order refusals. */
@Timeout(60)
class AccountRulesTest {
    private final SimServer server = SimServerFixture.start();
    private final VenueClient oneWay = SimServerFixture.oneWay(server);
    private final VenueClient hedge = SimServerFixture.hedge(server);

    @AfterEach
    void stop() {
        server.close();
    }

    private static void assertRefused(int code, HttpResponse<String> response) {
        assertEquals(400, response.statusCode(), response.body());
        assertEquals(code, Json.parse(response.body()).num("code"), response.body());
    }

    private Json leg(VenueClient client, String side) {
        Json legs = Json.parse(client.signed("GET", "/fapi/v2/positionRisk", "symbol=BTCUSDT").body());
        for (int i = 0; i < legs.size(); i++) {
            if (legs.at(i).str("positionSide").equals(side)) {
                return legs.at(i);
            }
        }
        throw new AssertionError("no " + side + " leg in " + legs);
    }

    @Test
    void shouldKeepHedgeLegsApartAndCloseTheLongLegWithALongSell() {
        server.trade("BTCUSDT", "20000.00", "1");
        assertRefused(-1106, hedge.limit("BUY", "19990.00", "0.010", "GTC", "positionSide=LONG&reduceOnly=true"));
        assertRefused(-4061, hedge.limit("BUY", "19990.00", "0.010", "GTC", ""));
        assertRefused(-4061, oneWay.limit("BUY", "19990.00", "0.010", "GTC", "positionSide=LONG"));
        assertRefused(-2022, hedge.limit("SELL", "20010.00", "0.010", "GTC", "positionSide=LONG"));

        assertEquals(200, hedge.limit("BUY", "19990.00", "0.010", "GTC", "positionSide=LONG").statusCode());
        assertEquals(200, hedge.limit("SELL", "20010.00", "0.004", "GTC", "positionSide=SHORT").statusCode());
        server.trade("BTCUSDT", "19980.00", "1");
        server.trade("BTCUSDT", "20020.00", "1");
        assertEquals("0.010", leg(hedge, "LONG").str("positionAmt"));
        assertEquals("-0.004", leg(hedge, "SHORT").str("positionAmt"));

        assertEquals(200, hedge.limit("SELL", "20030.00", "0.010", "GTC", "positionSide=LONG").statusCode());
        server.trade("BTCUSDT", "20040.00", "1");
        assertEquals("0.000", leg(hedge, "LONG").str("positionAmt"));
        assertEquals("-0.004", leg(hedge, "SHORT").str("positionAmt"));
        Json account = Json.parse(hedge.signed("GET", "/fapi/v2/account", "").body());
        String expectedWallet = "10000.00000000";
        assertEquals(false, expectedWallet.equals(account.str("totalWalletBalance")), "fees and PnL were booked");
    }

    @Test
    void shouldSwitchPositionModeOnlyWhenFlatAndWithoutOrders() {
        Json switched = Json.parse(oneWay.signed("POST", "/fapi/v1/positionSide/dual", "dualSidePosition=true").body());
        assertEquals(200, switched.num("code"));
        assertEquals(true, Json.parse(oneWay.signed("GET", "/fapi/v1/positionSide/dual", "").body())
                .bool("dualSidePosition"));
        assertRefused(-4059, oneWay.signed("POST", "/fapi/v1/positionSide/dual", "dualSidePosition=true"));
        oneWay.limit("BUY", "19990.00", "0.010", "GTC", "positionSide=LONG");
        assertRefused(-4067, oneWay.signed("POST", "/fapi/v1/positionSide/dual", "dualSidePosition=false"));
    }

    @Test
    void shouldRefuseAnOrderWhoseInitialMarginDoesNotFit() {
        assertEquals(200, oneWay.limit("BUY", "20000.00", "9.000", "GTC", "").statusCode());
        assertRefused(-2019, oneWay.limit("BUY", "20000.00", "1.100", "GTC", ""));
        Json leverage = Json.parse(oneWay.signed("POST", "/fapi/v1/leverage", "symbol=BTCUSDT&leverage=50").body());
        assertEquals(50, leverage.num("leverage"));
        assertEquals(200, oneWay.limit("BUY", "20000.00", "1.100", "GTC", "").statusCode());
        assertRefused(-4028, oneWay.signed("POST", "/fapi/v1/leverage", "symbol=BTCUSDT&leverage=126"));
    }

    @Test
    void shouldRefuseOrdersAsBinanceDoes() {
        server.trade("BTCUSDT", "20000.00", "1");
        assertRefused(-1121, oneWay.signed("POST", "/fapi/v1/order",
                "symbol=ETHUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=10"));
        assertRefused(-1102, oneWay.signed("POST", "/fapi/v1/order", "symbol=BTCUSDT&type=LIMIT"));
        assertRefused(-1111, oneWay.limit("BUY", "19999.995", "0.010", "GTC", ""));
        assertRefused(-1111, oneWay.limit("BUY", "19999.00", "0.0105", "GTC", ""));
        assertRefused(-4003, oneWay.limit("BUY", "19999.00", "0", "GTC", ""));
        assertRefused(-4164, oneWay.limit("BUY", "1000.00", "0.001", "GTC", ""));
        assertRefused(-5022, oneWay.limit("BUY", "20000.00", "0.010", "GTX", ""));
        assertRefused(-1100, oneWay.limit("BUY", "19999.00", "0.010", "GTC", "newClientOrderId=bad%20id"));
        assertRefused(-4015, oneWay.limit("BUY", "19999.00", "0.010", "GTC",
                "newClientOrderId=0123456789012345678901234567890123456"));
        assertRefused(-4120, oneWay.signed("POST", "/fapi/v1/order",
                "symbol=BTCUSDT&side=BUY&type=STOP_MARKET&quantity=0.01&stopPrice=21000"));
        assertRefused(-2022, oneWay.limit("SELL", "20100.00", "0.010", "GTC", "reduceOnly=true"));
        oneWay.limit("BUY", "19999.00", "0.010", "GTC", "newClientOrderId=twice");
        assertRefused(-4116, oneWay.limit("BUY", "19998.00", "0.010", "GTC", "newClientOrderId=twice"));
        assertRefused(-2011, oneWay.signed("DELETE", "/fapi/v1/order", "symbol=BTCUSDT&orderId=424242"));
        assertRefused(-2013, oneWay.signed("GET", "/fapi/v1/order", "symbol=BTCUSDT&origClientOrderId=nope"));
        assertRefused(-1102, oneWay.signed("GET", "/fapi/v1/order", "symbol=BTCUSDT"));
    }
}
