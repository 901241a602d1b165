package io.github.motcua.io;

import java.util.Objects;

/**
 * Thrown when a file cannot be read as records at all: no header, an unknown or repeated column, a
 * required column missing. Single bad records are rejected instead.
 */
public final class MalformedFileException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is wrong with the file and how to fix it
     */
    public MalformedFileException(String message) {
        super(Objects.requireNonNull(message, "message"));
    }
}
