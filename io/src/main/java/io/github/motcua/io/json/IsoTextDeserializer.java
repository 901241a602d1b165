package io.github.motcua.io.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/**
 * Reads a date or time only from ISO-8601 text, never from a number or an array, so that a value
 * in another unit or form is rejected rather than read as a date in year 54981.
 */
final class IsoTextDeserializer<T> extends StdScalarDeserializer<T> {
    private static final long serialVersionUID = 1L;

    private final transient Function<String, T> parser;
    private final String form;

    IsoTextDeserializer(Class<T> type, Function<String, T> parser, String form) {
        super(type);
        this.parser = parser;
        this.form = form;
    }

    @Override
    @SuppressWarnings("unchecked") // handleUnexpectedToken returns a value of the handled type or throws
    public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (!parser.hasToken(JsonToken.VALUE_STRING)) {
            return (T) context.handleUnexpectedToken(
                    handledType(), parser.currentToken(), parser, "expected ISO-8601 text such as %s", form);
        }
        String text = parser.getText();
        try {
            return this.parser.apply(text);
        } catch (DateTimeParseException e) {
            throw context.weirdStringException(text, handledType(), "expected ISO-8601 text such as " + form);
        }
    }
}
