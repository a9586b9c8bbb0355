package dev.gridbot.gateway.sim.server;

import dev.gridbot.engine.model.Instrument;
import dev.gridbot.engine.model.Side;
import dev.gridbot.gateway.sim.PositionSide;

import java.math.BigDecimal;

/**
 * Writes GET /fapi/v2 and /fapi/v3 account and balance answers in Binance's documented shapes:
 * one USDT asset (cross margin; wallet, unrealized PnL, initial and maintenance margins) and the
 * positions (v2: every shown leg of every symbol; v3: the open ones). Stateless.
 */
final class AccountJson {
    private AccountJson() {
    }

    static String account(VenueAccount account, long[] marks, boolean v2) {
        BigDecimal wallet = account.walletBalance;
        BigDecimal unrealized = Decimals.quote(account.totalUnrealized(marks));
        BigDecimal positionMargin = Decimals.quote(account.totalPositionInitialMargin(marks));
        BigDecimal orderMargin = Decimals.quote(account.totalOpenOrderInitialMargin(marks));
        BigDecimal initial = positionMargin.add(orderMargin);
        BigDecimal maint = maintenance(account, marks);
        BigDecimal available = account.availableBalance(marks);
        BigDecimal withdraw = available.max(BigDecimal.ZERO).min(wallet);
        JsonText json = JsonText.object();
        if (v2) {
            json.num("feeTier", 0).bool("canTrade", true).bool("canDeposit", true).bool("canWithdraw", true)
                    .num("updateTime", 0).bool("multiAssetsMargin", false).num("tradeGroupId", -1);
        }
        json.dec("totalInitialMargin", initial).dec("totalMaintMargin", maint).dec("totalWalletBalance", wallet)
                .dec("totalUnrealizedProfit", unrealized).dec("totalMarginBalance", Decimals.quote(wallet.add(unrealized)))
                .dec("totalPositionInitialMargin", positionMargin).dec("totalOpenOrderInitialMargin", orderMargin)
                .dec("totalCrossWalletBalance", wallet).dec("totalCrossUnPnl", unrealized)
                .dec("availableBalance", available).dec("maxWithdrawAmount", withdraw)
                .beginArray("assets").begin()
                .str("asset", "USDT").dec("walletBalance", wallet).dec("unrealizedProfit", unrealized)
                .dec("marginBalance", Decimals.quote(wallet.add(unrealized))).dec("maintMargin", maint)
                .dec("initialMargin", initial).dec("positionInitialMargin", positionMargin)
                .dec("openOrderInitialMargin", orderMargin).dec("crossWalletBalance", wallet)
                .dec("crossUnPnl", unrealized).dec("availableBalance", available)
                .dec("maxWithdrawAmount", withdraw).bool("marginAvailable", true)
                .num("updateTime", account.walletUpdateMs).end().endArray()
                .beginArray("positions");
        for (Instrument instrument : account.instruments.all()) {
            int id = instrument.id();
            for (PositionSide side : account.shownSides()) {
                Leg leg = account.leg(id, side);
                if (!v2 && leg.qtyLots == 0) {
                    continue;
                }
                BigDecimal notional = Positions.notional(instrument, leg, marks[id]);
                BigDecimal legMargin = Decimals.quote(account.positionInitialMargin(id, side, marks[id]));
                BigDecimal legUnrealized = Decimals.quote(account.unrealized(id, side, marks[id]));
                json.begin().str("symbol", instrument.symbol());
                if (v2) {
                    BigDecimal legOrders = side == account.shownSides()[0]
                            ? Decimals.quote(account.openOrderInitialMargin(id, marks[id])) : Decimals.quote(BigDecimal.ZERO);
                    json.dec("initialMargin", legMargin.add(legOrders)).dec("maintMargin", VenueAccount.maintMargin(notional))
                            .dec("unrealizedProfit", legUnrealized).dec("positionInitialMargin", legMargin)
                            .dec("openOrderInitialMargin", legOrders)
                            .str("leverage", Integer.toString(account.leverage[id])).bool("isolated", false)
                            .dec("entryPrice", Positions.entryPrice(instrument, leg))
                            .dec("breakEvenPrice", Positions.entryPrice(instrument, leg))
                            .str("maxNotional", "1000000000")
                            .dec("bidNotional", Decimals.quote(account.openNotional(id, Side.BUY, marks[id])))
                            .dec("askNotional", Decimals.quote(account.openNotional(id, Side.SELL, marks[id])))
                            .str("positionSide", side.name()).dec("positionAmt", instrument.lotsToQty(leg.qtyLots))
                            .num("updateTime", leg.updateTimeMs);
                } else {
                    json.str("positionSide", side.name()).dec("positionAmt", instrument.lotsToQty(leg.qtyLots))
                            .dec("unrealizedProfit", legUnrealized).str("isolatedMargin", "0").dec("notional", notional)
                            .str("isolatedWallet", "0").dec("initialMargin", legMargin)
                            .dec("maintMargin", VenueAccount.maintMargin(notional)).num("updateTime", leg.updateTimeMs);
                }
                json.end();
            }
        }
        return json.endArray().end().done();
    }

    static String balance(VenueAccount account, long[] marks) {
        BigDecimal wallet = account.walletBalance;
        BigDecimal unrealized = Decimals.quote(account.totalUnrealized(marks));
        BigDecimal available = account.availableBalance(marks);
        return JsonText.array().begin()
                .str("accountAlias", "SgsR").str("asset", "USDT").dec("balance", wallet)
                .dec("crossWalletBalance", wallet).dec("crossUnPnl", unrealized).dec("availableBalance", available)
                .dec("maxWithdrawAmount", available.max(BigDecimal.ZERO).min(wallet)).bool("marginAvailable", true)
                .num("updateTime", account.walletUpdateMs).end().endArray().done();
    }

    private static BigDecimal maintenance(VenueAccount account, long[] marks) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Instrument instrument : account.instruments.all()) {
            for (PositionSide side : PositionSide.values()) {
                sum = sum.add(VenueAccount.maintMargin(
                        Positions.notional(instrument, account.leg(instrument.id(), side), marks[instrument.id()])));
            }
        }
        return Decimals.quote(sum);
    }
}
