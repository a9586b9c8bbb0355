package dev.gridbot.gateway.sim.server;

import dev.gridbot.engine.model.Instrument;
import dev.gridbot.engine.model.OrderType;
import dev.gridbot.engine.model.Side;
import dev.gridbot.gateway.sim.PositionSide;

import java.math.BigDecimal;

/**
 * Reads a new order's parameters as Binance validates them: side, positionSide against the
 * account's mode, reduceOnly (refused in hedge mode), quantity against LOT_SIZE and price against
 * PRICE_FILTER (precision -1111, step -4023, tick -4014, minimum -4004, zero or less -4003 / -4001).
 * Stateless.
 */
final class Params {
    private Params() {
    }

    static Side side(RestRequest request) {
        switch (request.required("side")) {
            case "BUY":
                return Side.BUY;
            case "SELL":
                return Side.SELL;
            default:
                throw VenueError.of(ErrorCodes.INVALID_SIDE);
        }
    }

    static PositionSide positionSide(RestRequest request, boolean hedgeMode) {
        String text = request.param("positionSide");
        PositionSide side;
        if (text == null) {
            side = PositionSide.BOTH;
        } else {
            try {
                side = PositionSide.valueOf(text);
            } catch (IllegalArgumentException e) {
                throw VenueError.of(ErrorCodes.INVALID_POSITION_SIDE);
            }
        }
        if (hedgeMode == (side == PositionSide.BOTH)) {
            throw VenueError.of(ErrorCodes.POSITION_SIDE_NOT_MATCH);
        }
        return side;
    }

    static boolean reduceOnly(RestRequest request, boolean hedgeMode) {
        if (!request.has("reduceOnly")) {
            return false;
        }
        if (hedgeMode) {
            throw VenueError.notRequired("reduceOnly");
        }
        String text = request.param("reduceOnly");
        if ("true".equals(text)) {
            return true;
        }
        if ("false".equals(text)) {
            return false;
        }
        throw VenueError.of(ErrorCodes.INVALID_PARAMETER, ErrorCodes.INVALID_PARAMETER_NAMED, "reduceOnly");
    }

    static long quantity(RestRequest request, Instrument instrument) {
        BigDecimal qty = decimal(request, "quantity");
        if (qty.signum() <= 0) {
            throw VenueError.of(ErrorCodes.QTY_LESS_THAN_ZERO);
        }
        long lots = units(qty, instrument.stepSize(), ErrorCodes.QTY_NOT_INCREASED_BY_STEP_SIZE);
        if (lots < instrument.minQtyLots()) {
            throw VenueError.of(ErrorCodes.QTY_LESS_THAN_MIN_QTY);
        }
        return lots;
    }

    static long price(RestRequest request, Instrument instrument, OrderType type) {
        if (type == OrderType.MARKET) {
            if (request.param("price") != null) {
                throw VenueError.notRequired("price");
            }
            return 0;
        }
        BigDecimal price = decimal(request, "price");
        if (price.signum() <= 0) {
            throw VenueError.of(ErrorCodes.PRICE_LESS_THAN_ZERO);
        }
        return units(price, instrument.tickSize(), ErrorCodes.PRICE_NOT_INCREASED_BY_TICK_SIZE);
    }

    private static BigDecimal decimal(RestRequest request, String name) {
        try {
            return new BigDecimal(request.required(name));
        } catch (NumberFormatException e) {
            throw VenueError.mandatory(name);
        }
    }

    /** {@code value} in whole {@code unit}s: -1111 for more decimals than the unit has, else {@code offStep}. */
    private static long units(BigDecimal value, BigDecimal unit, int offStep) {
        if (value.stripTrailingZeros().scale() > Math.max(0, unit.scale())) {
            throw VenueError.of(ErrorCodes.BAD_PRECISION);
        }
        BigDecimal[] division = value.divideAndRemainder(unit);
        if (division[1].signum() != 0) {
            throw VenueError.of(offStep);
        }
        try {
            return division[0].longValueExact();
        } catch (ArithmeticException e) {
            throw VenueError.of(ErrorCodes.BAD_PRECISION);
        }
    }
}
