package io.github.motcua;

import java.util.Locale;

/**
 * Makes a text safe to echo on one line, as every message, rejection and rejects file of the
 * library does with the values it quotes: each control character (line feed, carriage return, tab,
 * escape, NUL, the C1 controls) and each invisible format character (zero-width space, byte-order
 * mark, bidirectional marks) is written as an escape ({@code \n}, {@code \r}, {@code \t},
 * <code>&#92;u001B</code>), so that a value cannot forge a line of a file or send a command to a
 * terminal. Escaping twice changes nothing; a backslash already in the text is left as it is.
 */
public final class PrintableText {
    private PrintableText() {}

    /**
     * Returns the text with its control and invisible format characters escaped.
     *
     * @param text the text
     * @return the printable text; the same string when nothing needed escaping
     */
    public static String of(String text) {
        int i = 0;
        while (i < text.length() && !needsEscape(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                case '\t' -> escaped.append("\\t");
                default -> {
                    if (needsEscape(c)) {
                        escaped.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
                    } else {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    /**
     * Tells whether a character is a control or an invisible format character.
     *
     * @param c the character
     * @return true for the characters {@link #of} escapes
     */
    public static boolean needsEscape(char c) {
        return Character.isISOControl(c) || Character.getType(c) == Character.FORMAT;
    }
}
