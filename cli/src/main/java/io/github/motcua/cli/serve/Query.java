package io.github.motcua.cli.serve;

import io.github.motcua.PrintableText;
import io.github.motcua.cli.job.DateText;
import io.github.motcua.cli.job.RuleChoices;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.eclipse.jetty.util.Fields;
import org.jspecify.annotations.Nullable;

/**
 * A request's query parameters, read as the command line reads its options: the same spellings
 * (names of values in any letter case, with {@code -} for {@code _}) and the same messages.
 */
final class Query {
    private final Fields fields;

    Query(Fields fields) {
        this.fields = fields;
    }

    /** A parameter's value, or null when it is absent; given twice, it is refused. */
    @Nullable
    String optional(String name) {
        Fields.Field field = fields.get(name);
        if (field == null) {
            return null;
        }
        if (field.getValues().size() > 1) {
            throw Problem.badRequest("query parameter '" + name + "' is given more than once");
        }
        return field.getValue();
    }

    /** A parameter's value, which must be given. */
    String required(String name) {
        String value = optional(name);
        if (value == null || value.isEmpty()) {
            throw Problem.badRequest("missing query parameter '" + name + "'");
        }
        return value;
    }

    /** A required date, {@code YYYY-MM-DD}. */
    LocalDate date(String name) {
        return date(name, required(name));
    }

    /** An optional date, or null. */
    @Nullable
    LocalDate optionalDate(String name) {
        String text = optional(name);
        return text == null ? null : date(name, text);
    }

    private static LocalDate date(String name, String text) {
        try {
            return DateText.parse(text);
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest(name + ": " + e.getMessage());
        }
    }

    /** A required integer. */
    int integer(String name) {
        String text = required(name);
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw Problem.badRequest(name + ": '" + PrintableText.of(text) + "' is not a whole number");
        }
    }

    /** An optional integer, or a default. */
    int integer(String name, int otherwise) {
        return optional(name) == null ? otherwise : integer(name);
    }

    /** A boolean, {@code true} or {@code false}, or a default. */
    boolean bool(String name, boolean otherwise) {
        String text = optional(name);
        if (text == null) {
            return otherwise;
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw Problem.badRequest(name + " must be true or false: '" + PrintableText.of(text) + "'");
        };
    }

    /** A value's name, in any letter case and with {@code -} for {@code _}, or a default. */
    <E extends Enum<E>> E choice(String name, Class<E> type, E otherwise) {
        String text = optional(name);
        if (text == null) {
            return otherwise;
        }
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            String values = Arrays.stream(type.getEnumConstants())
                    .map(value -> value.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                    .collect(Collectors.joining(", "));
            throw Problem.badRequest(name + " must be one of " + values + ", not '" + PrintableText.of(text) + "'");
        }
    }

    /**
     * The rule choices: {@code culture-day}, {@code compare}, {@code late-requests}, {@code
     * judge-extended}, {@code attribute-to}, each the library's default when absent.
     */
    RuleChoices rules() {
        return RuleChoices.of(
                bool("culture-day", true),
                choice("compare", RuleChoices.Compare.class, RuleChoices.Compare.PROCEDURE),
                choice("late-requests", RuleChoices.LateRequests.class, RuleChoices.LateRequests.KEEP),
                choice("judge-extended", RuleChoices.JudgeExtended.class, RuleChoices.JudgeExtended.ORIGINAL),
                choice("attribute-to", RuleChoices.AttributeTo.class, RuleChoices.AttributeTo.RESOLVING));
    }
}
