package io.github.motcua.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.github.motcua.InvalidValueException;
import java.util.stream.Collectors;

/** Says what is wrong with a piece of JSON in a clerk's terms. */
final class JsonProblems {
    private JsonProblems() {}

    /** Returns the field at fault, such as {@code handlingSteps[0].completedAt}, or empty. */
    static String field(JsonProcessingException problem) {
        if (problem instanceof JsonMappingException mapping) {
            return mapping.getPath().stream()
                    .map(reference -> reference.getFieldName() != null
                            ? "." + reference.getFieldName()
                            : "[" + reference.getIndex() + "]")
                    .collect(Collectors.joining())
                    .replaceFirst("^\\.", "");
        }
        return "";
    }

    /** Returns the rule broken: the model's rule when a value broke one, else the parser's complaint. */
    static String describe(JsonProcessingException problem) {
        for (Throwable cause = problem; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidValueException invalid) {
                return invalid.rule() + " (" + invalid.field() + " = " + invalid.value() + ")";
            }
        }
        String message = String.valueOf(problem.getOriginalMessage());
        int details = message.indexOf("\n");
        String first = details < 0 ? message : message.substring(0, details);
        // "Cannot construct instance of `io.github.motcua.unit.ImmutableUnit`, problem: …" names a class
        // the user never sees; the problem is what they can act on.
        int problemAt = first.indexOf("problem: ");
        return problemAt < 0 ? first : first.substring(problemAt + "problem: ".length());
    }
}
