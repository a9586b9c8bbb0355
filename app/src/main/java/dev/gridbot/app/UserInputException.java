package dev.gridbot.app;

/** A command the user gave that cannot be carried out as given (a missing file, an occupied output). */
public final class UserInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UserInputException(String message) {
        super(message);
    }

    public UserInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
