package io.github.motcua.io;

import java.util.Locale;

/** The two dossier file formats. */
public enum DossierFormat {
    /** CSV: UTF-8, a header row, comma separators; list fields as JSON arrays in their cells. */
    CSV,
    /** JSON Lines: UTF-8, one dossier per line in its JSON form. */
    JSON_LINES;

    /**
     * Returns the format a file name says: {@code .csv}, or {@code .jsonl} and {@code .ndjson}.
     *
     * @param fileName the file's name
     * @return the format
     * @throws MalformedFileException if the name ends otherwise
     */
    public static DossierFormat ofFileName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return CSV;
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return JSON_LINES;
        }
        throw new MalformedFileException(
                "cannot tell the format of '" + fileName + "': name it .csv, or .jsonl for JSON Lines");
    }
}
