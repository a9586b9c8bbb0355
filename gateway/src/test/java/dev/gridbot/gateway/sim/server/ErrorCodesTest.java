package dev.gridbot.gateway.sim.server;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every message the venue sends for a code is one of Binance's published messages for that code. */
class ErrorCodesTest {

    private static List<String> official(int code) {
        Json all = Json.official("binance_fapi_error_codes.json");
        List<String> messages = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (all.at(i).num("code") == code) {
                Json list = all.at(i).get("messages");
                for (int j = 0; j < list.size(); j++) {
                    messages.add((String) list.at(j).value);
                }
            }
        }
        return messages;
    }

    @Test
    void shouldUseOnlyOfficialMessages() {
        for (Map.Entry<Integer, String> e : ErrorCodes.all().entrySet()) {
            assertTrue(official(e.getKey()).contains(e.getValue()), e.getKey() + ": " + e.getValue());
        }
    }

    @Test
    void shouldUseOnlyOfficialTemplates() {
        Object[][] templates = {
            {ErrorCodes.TOO_MANY_REQUESTS, ErrorCodes.TOO_MANY_REQUESTS_MINUTE},
            {ErrorCodes.TOO_MANY_REQUESTS, ErrorCodes.IP_BANNED},
            {ErrorCodes.TOO_MANY_ORDERS, ErrorCodes.TOO_MANY_ORDERS_PER},
            {ErrorCodes.INVALID_TIMESTAMP, ErrorCodes.TIMESTAMP_AHEAD},
            {ErrorCodes.ILLEGAL_CHARS, ErrorCodes.ILLEGAL_CHARS_NAMED},
            {ErrorCodes.TOO_MANY_PARAMETERS, ErrorCodes.DUPLICATE_PARAMETER},
            {ErrorCodes.MANDATORY_PARAM, ErrorCodes.MANDATORY_PARAM_NAMED},
            {ErrorCodes.MANDATORY_PARAM, ErrorCodes.EITHER_PARAM},
            {ErrorCodes.PARAM_NOT_REQUIRED, ErrorCodes.PARAM_NOT_REQUIRED_NAMED},
            {ErrorCodes.INVALID_PARAMETER, ErrorCodes.INVALID_PARAMETER_NAMED},
            {ErrorCodes.INVALID_CL_ORD_ID_LEN, ErrorCodes.CL_ORD_ID_TOO_LONG},
            {ErrorCodes.MIN_NOTIONAL, ErrorCodes.MIN_NOTIONAL_OF},
        };
        for (Object[] t : templates) {
            assertTrue(official((Integer) t[0]).contains((String) t[1]), t[0] + ": " + t[1]);
        }
        String filled = String.format(ErrorCodes.MIN_NOTIONAL_OF, "5.0");
        assertTrue(official(ErrorCodes.MIN_NOTIONAL).contains(filled));
        assertTrue(Pattern.matches(OrderEndpoints.CLIENT_ORDER_ID_PATTERN, "gb0-17E-42"));
    }
}
