package io.github.motcua.io;

/**
 * How many records and line feeds a stream holds, as a reader splits it ({@link
 * DossierReader#count}): a part of a file that begins on line {@code n} is followed by a part that
 * begins on line {@code n + lineFeeds}.
 *
 * @param records the records, a CSV header included; blank lines are not records
 * @param lineFeeds the line feeds
 */
public record RecordCount(long records, long lineFeeds) {
    /**
     * Checks the counts.
     *
     * @param records the records
     * @param lineFeeds the line feeds
     */
    public RecordCount {
        if (records < 0 || lineFeeds < 0) {
            throw new IllegalArgumentException("a stream's counts are not negative: " + records + ", " + lineFeeds);
        }
    }
}
