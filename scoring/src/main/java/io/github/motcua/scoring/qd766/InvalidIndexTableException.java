package io.github.motcua.scoring.qd766;

import io.github.motcua.InvalidValueException;
import java.util.List;

/**
 * Thrown when an index table is refused; the message lists every problem with its line and
 * indicator, and {@link #rule()} gives them on one line.
 */
public final class InvalidIndexTableException extends InvalidValueException {
    private static final long serialVersionUID = 1L;

    /** The problems, one per line of the message. */
    private final List<String> problems;

    /**
     * Creates the exception.
     *
     * @param source the table's name
     * @param problems each problem, with its line and indicator
     */
    public InvalidIndexTableException(String source, List<String> problems) {
        super(
                "index table " + source + " is refused:\n  " + String.join("\n  ", problems),
                "IndexTable",
                source,
                "",
                "",
                String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    /**
     * Returns the problems, one per line of the message.
     *
     * @return the problems
     */
    public List<String> problems() {
        return problems;
    }
}
