package io.github.motcua.cli.serve;

import io.github.motcua.cli.job.PublishedChecks;

/**
 * {@code POST /v1/check}: the CSV of published figures ({@code kind=figures}, the default) or of
 * published QĐ 766 index breakdowns ({@code kind=index}) checked as {@code motcua check} checks
 * them: an array with one result per row.
 */
final class CheckEndpoint {
    /** What is checked. */
    enum Kind {
        /** Published figures. */
        FIGURES,
        /** Published QĐ 766 index breakdowns. */
        INDEX
    }

    private final long maxBody;

    CheckEndpoint(long maxBody) {
        this.maxBody = maxBody;
    }

    void answer(Exchange exchange, Snapshot master) throws Exception {
        Kind kind = exchange.query().choice("kind", Kind.class, Kind.FIGURES);
        String type = exchange.mediaType();
        if (!type.isEmpty() && !type.equals("text/csv")) {
            throw Problem.unsupportedMediaType("published figures of type " + type
                    + " cannot be read; send CSV (text/csv), UTF-8, as docs/formats.md describes it");
        }
        byte[] csv = exchange.bodyBytes(maxBody);
        exchange.json(200, kind == Kind.FIGURES ? PublishedChecks.figures(csv) : PublishedChecks.index(csv));
    }
}
