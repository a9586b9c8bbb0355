package dev.gridbot.journal;

/**
 * A journal that cannot be created, opened or read: a directory that already holds a run, one that
 * holds none, a document that does not decode. The message names the journal directory (and, for a
 * document, its index) in one line that callers print as it is.
 */
public final class JournalException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    JournalException(String message) {
        super(message);
    }

    JournalException(String message, Throwable cause) {
        super(message, cause);
    }
}
