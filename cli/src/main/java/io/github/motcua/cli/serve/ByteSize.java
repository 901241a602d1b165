package io.github.motcua.cli.serve;

import io.github.motcua.PrintableText;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A size in bytes as an option gives it: {@code 1048576}, {@code 512k}, {@code 1MiB}, {@code 4G}; the units are of 1024. */
final class ByteSize {
    private static final Pattern SIZE = Pattern.compile("(\\d{1,18})\\s*([kmgt]?)(i?b)?");

    private ByteSize() {}

    static long parse(String text) {
        Matcher matcher = SIZE.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!matcher.matches()) {
            throw new IllegalArgumentException(
                    "'" + PrintableText.of(text) + "' is not a size; write it as 1048576, 512k, 1MiB or 4G");
        }
        int shift = switch (matcher.group(2)) {
            case "k" -> 10;
            case "m" -> 20;
            case "g" -> 30;
            case "t" -> 40;
            default -> 0;
        };
        long number = Long.parseLong(matcher.group(1));
        if (number > Long.MAX_VALUE >> shift) {
            throw new IllegalArgumentException("'" + PrintableText.of(text) + "' is too large a size");
        }
        long bytes = number << shift;
        if (bytes < 1) {
            throw new IllegalArgumentException("a size is at least one byte: '" + PrintableText.of(text) + "'");
        }
        return bytes;
    }
}
