package dev.gridbot.gateway.sim.server;

/**
 * A refusal on its way to the client: HTTP status, Binance error code and message. Thrown by the
 * endpoint handlers on the venue thread and turned into {@code {"code":…,"msg":…}} by the
 * dispatcher; carries no stack trace (it is an answer, not a fault).
 */
class VenueError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    final int httpStatus;
    final int code;

    VenueError(int httpStatus, int code, String msg) {
        super(msg, null, false, false);
        this.httpStatus = httpStatus;
        this.code = code;
    }

    /** HTTP 400 with the official message of {@code code}. */
    static VenueError of(int code) {
        return new VenueError(400, code, ErrorCodes.message(code));
    }

    /** HTTP 400 with an official message template of {@code code} filled with {@code args}. */
    static VenueError of(int code, String template, Object... args) {
        return new VenueError(400, code, String.format(template, args));
    }

    /** -1102 for a missing or malformed mandatory parameter. */
    static VenueError mandatory(String param) {
        return of(ErrorCodes.MANDATORY_PARAM, ErrorCodes.MANDATORY_PARAM_NAMED, param);
    }

    /** -1106 for a parameter the request must not carry. */
    static VenueError notRequired(String param) {
        return of(ErrorCodes.PARAM_NOT_REQUIRED, ErrorCodes.PARAM_NOT_REQUIRED_NAMED, param);
    }

    String json() {
        return JsonText.error(code, getMessage());
    }
}
