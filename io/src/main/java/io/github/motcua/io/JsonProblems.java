package io.github.motcua.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.github.motcua.InvalidValueException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

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

    /**
     * Returns the rule broken, in a clerk's words: the model's rule when a value broke one, else what
     * the JSON got wrong, never a Java class or a parser's internal name.
     */
    static String describe(JsonProcessingException problem) {
        for (Throwable cause = problem; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidValueException invalid) {
                return invalid.rule() + " (" + invalid.field() + " = " + invalid.value() + ")";
            }
        }
        String message = firstLine(problem);
        String syntax = syntax(message);
        if (syntax != null) {
            return syntax;
        }
        if (problem instanceof UnrecognizedPropertyException unknown) {
            return "unknown field \"" + unknown.getPropertyName() + "\"; the fields of each file are listed in"
                    + " docs/formats.md";
        }
        if (problem instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            Class<?> target = mismatch.getTargetType();
            if (target.isEnum()) {
                return (problem instanceof InvalidFormatException format ? "'" + format.getValue() + "' is not" : "not")
                        + " one of "
                        + Arrays.stream(target.getEnumConstants())
                                .map(String::valueOf)
                                .collect(Collectors.joining(", "));
            }
            int expected = message.indexOf("expected ");
            return expected >= 0 && message.contains("ISO-8601")
                    ? message.substring(expected)
                    : "a value of the wrong kind: expected " + kind(target);
        }
        if (problem instanceof StreamReadException) {
            return "not valid JSON; " + ONE_OBJECT;
        }
        // "Cannot construct instance of `io.github.motcua.unit.ImmutableUnit`, problem: …" names a class
        // the user never sees; the problem is what they can act on.
        int problemAt = message.indexOf("problem: ");
        return problemAt < 0
                ? message.replaceAll("`[^`]*`", "a value")
                : message.substring(problemAt + "problem: ".length());
    }

    private static final Pattern OUT_OF_RANGE = Pattern.compile("Numeric value \\((\\S+)\\) out of range");
    private static final Pattern DUPLICATE = Pattern.compile("^Duplicate field '([^']*)'");
    private static final Pattern UNRECOGNIZED = Pattern.compile("^Unrecognized token '([^']*)'");
    private static final Pattern UNEXPECTED = Pattern.compile("^Unexpected character \\('(.+?)' \\(code \\d+\\)\\)");
    private static final String ONE_OBJECT =
            "each line must be one JSON object, with names and texts in double quotes, such as {\"id\":\"HS-1\"}";

    /** The syntax error a parser message describes, in a clerk's words, or null when it is not one. */
    private static @Nullable String syntax(String message) {
        if (message.contains("end-of-input")) {
            return "the line ends before its JSON is complete";
        }
        if (message.startsWith("Trailing token")) {
            return "more than one JSON value on the line; " + ONE_OBJECT;
        }
        Matcher number = OUT_OF_RANGE.matcher(message);
        if (number.find()) {
            return "the number " + number.group(1) + " is too large for this field";
        }
        Matcher duplicate = DUPLICATE.matcher(message);
        if (duplicate.find()) {
            return "the field \"" + duplicate.group(1) + "\" is named twice on the line";
        }
        Matcher token = UNRECOGNIZED.matcher(message);
        if (token.find()) {
            return "not valid JSON: unexpected text '" + token.group(1) + "'; " + ONE_OBJECT;
        }
        Matcher character = UNEXPECTED.matcher(message);
        if (character.find()) {
            return "not valid JSON: unexpected character '" + character.group(1) + "'; " + ONE_OBJECT;
        }
        return null;
    }

    private static String firstLine(JsonProcessingException problem) {
        String message = String.valueOf(problem.getOriginalMessage());
        int details = message.indexOf("\n");
        return details < 0 ? message : message.substring(0, details);
    }

    /** What a value of a type looks like, in a clerk's words. */
    private static String kind(Class<?> type) {
        if (type == Instant.class) {
            return "an instant such as 2023-01-05T09:00:00+07:00";
        }
        if (type == LocalDate.class) {
            return "a date such as 2023-01-05";
        }
        if (type == String.class) {
            return "a text in quotes";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class) {
            return "a whole number";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list [ … ]";
        }
        return "an object { … }";
    }
}
