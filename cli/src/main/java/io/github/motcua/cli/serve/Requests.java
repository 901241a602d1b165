package io.github.motcua.cli.serve;

import io.github.motcua.Language;
import io.github.motcua.cli.job.Periods;
import io.github.motcua.cli.job.ReportRequest;
import io.github.motcua.io.DossierFormat;
import io.github.motcua.period.ReportingPeriod;
import io.github.motcua.period.WindowPolicy;
import io.github.motcua.rate.RateDefinition;
import io.github.motcua.rate.Rounding;
import io.github.motcua.report.Grouping;
import java.util.Set;

/** What several endpoints read from a request in the same way: the period, a report's choices, the dossiers' format. */
final class Requests {
    /** The media types read as JSON Lines; a body without a type is read as JSON Lines too. */
    private static final Set<String> JSON_LINES = Set.of(
            "",
            "application/jsonl",
            "application/x-ndjson",
            "application/x-jsonlines",
            "application/jsonlines",
            "application/json-lines",
            "application/json");

    private Requests() {}

    /** {@code period=} and {@code window=official|calendar}, as {@code --period} and {@code --window}. */
    static ReportingPeriod period(Query query) {
        return Periods.parse(
                query.required("period"), query.choice("window", WindowPolicy.class, WindowPolicy.OFFICIAL), "period");
    }

    /** {@code lang=vi|en}, Vietnamese by default. */
    static Language language(Query query) {
        return query.choice("lang", Language.class, Language.VI);
    }

    /**
     * A report's choices, as {@code motcua report} reads its options: {@code period}, {@code
     * window}, {@code as-of}, {@code group-by}, the rule choices, {@code rate}, {@code rounding},
     * {@code decimals}, {@code lang}.
     */
    static ReportRequest report(Query query, Snapshot master) {
        String rounding = query.optional("rounding");
        return ReportRequest.builder(master.data(), period(query))
                .asOf(query.optionalDate("as-of"), "as-of")
                .groupBy(query.choice("group-by", Grouping.class, Grouping.UNIT))
                .rules(query.rules())
                .rate(query.choice("rate", RateDefinition.class, RateDefinition.ON_TIME_OVER_RESOLVED))
                .rounding(Rounding.of(
                        ReportRequest.roundingMode(rounding == null ? "half-up" : rounding, "rounding"),
                        query.integer("decimals", 2)))
                .language(language(query))
                .build();
    }

    /** The format of dossiers sent with a media type: {@code text/csv}, or JSON Lines. */
    static DossierFormat dossierFormat(String mediaType, String what) {
        if (mediaType.equals("text/csv")) {
            return DossierFormat.CSV;
        }
        if (JSON_LINES.contains(mediaType)) {
            return DossierFormat.JSON_LINES;
        }
        throw Problem.unsupportedMediaType(what + " of type " + mediaType
                + " cannot be read; send JSON Lines (application/x-ndjson) or CSV (text/csv)");
    }
}
