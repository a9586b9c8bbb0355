package dev.gridbot.gateway.sim.server;

import dev.gridbot.engine.model.Instrument;
import dev.gridbot.gateway.sim.server.RestDispatcher.Security;

/**
 * The account endpoints: position risk ({@code /fapi/v2} and {@code /fapi/v3/positionRisk}),
 * account and balance ({@code /fapi/v2} and {@code /fapi/v3}), position mode ({@code GET/POST
 * /fapi/v1/positionSide/dual}) and leverage ({@code POST /fapi/v1/leverage}). Handlers run on the
 * venue thread.
 */
final class AccountEndpoints {
    private AccountEndpoints() {
    }

    static void register(RestDispatcher rest, Venue venue) {
        rest.add("GET", "/fapi/v2/positionRisk", Security.SIGNED, 5, (request, account) -> RestAnswer.ok(
                Positions.v2(account, MarketEndpoints.optionalSymbol(venue, request), venue.markTicks())));
        rest.add("GET", "/fapi/v3/positionRisk", Security.SIGNED, 5, (request, account) -> RestAnswer.ok(
                Positions.v3(account, MarketEndpoints.optionalSymbol(venue, request), venue.markTicks())));
        rest.add("GET", "/fapi/v2/account", Security.SIGNED, 5,
                (request, account) -> RestAnswer.ok(AccountJson.account(account, venue.markTicks(), true)));
        rest.add("GET", "/fapi/v3/account", Security.SIGNED, 5,
                (request, account) -> RestAnswer.ok(AccountJson.account(account, venue.markTicks(), false)));
        rest.add("GET", "/fapi/v2/balance", Security.SIGNED, 5,
                (request, account) -> RestAnswer.ok(AccountJson.balance(account, venue.markTicks())));
        rest.add("GET", "/fapi/v3/balance", Security.SIGNED, 5,
                (request, account) -> RestAnswer.ok(AccountJson.balance(account, venue.markTicks())));
        rest.add("GET", "/fapi/v1/positionSide/dual", Security.SIGNED, 30, (request, account) -> RestAnswer.ok(
                JsonText.object().bool("dualSidePosition", account.hedgeMode).end().done()));
        rest.add("POST", "/fapi/v1/positionSide/dual", Security.SIGNED, 1,
                (request, account) -> changePositionMode(request, account));
        rest.add("POST", "/fapi/v1/leverage", Security.SIGNED, 1,
                (request, account) -> changeLeverage(venue, request, account));
    }

    private static RestAnswer changePositionMode(RestRequest request, VenueAccount account) {
        String text = request.required("dualSidePosition");
        if (!text.equals("true") && !text.equals("false")) {
            throw VenueError.of(ErrorCodes.INVALID_PARAMETER, ErrorCodes.INVALID_PARAMETER_NAMED, "dualSidePosition");
        }
        boolean hedge = Boolean.parseBoolean(text);
        if (hedge == account.hedgeMode) {
            throw VenueError.of(ErrorCodes.NO_NEED_TO_CHANGE_POSITION_SIDE);
        }
        if (!account.openOrders.isEmpty()) {
            throw VenueError.of(ErrorCodes.POSITION_SIDE_CHANGE_EXISTS_OPEN_ORDERS);
        }
        if (account.hasPositionOrOrders()) {
            throw VenueError.of(ErrorCodes.POSITION_SIDE_CHANGE_EXISTS_QUANTITY);
        }
        account.hedgeMode = hedge;
        return RestAnswer.ok(JsonText.object().num("code", 200).str("msg", "success").end().done());
    }

    private static RestAnswer changeLeverage(Venue venue, RestRequest request, VenueAccount account) {
        Instrument instrument = MarketEndpoints.symbol(venue, request);
        long leverage = request.longParam("leverage", -1);
        if (leverage == -1) {
            throw VenueError.mandatory("leverage");
        }
        if (leverage < 1 || leverage > 125) {
            throw VenueError.of(ErrorCodes.INVALID_LEVERAGE);
        }
        account.leverage[instrument.id()] = (int) leverage;
        return RestAnswer.ok(JsonText.object().num("leverage", leverage).str("maxNotionalValue", "1000000000")
                .str("symbol", instrument.symbol()).end().done());
    }
}
