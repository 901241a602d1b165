package io.github.motcua.cli.serve;

import io.github.motcua.Language;
import io.github.motcua.cli.job.UnitScores;
import io.github.motcua.io.DossierReader;
import io.github.motcua.io.JsonLinesReader;
import io.github.motcua.io.ReadSummary;
import io.github.motcua.io.RejectedRecordException;
import io.github.motcua.io.Rejection;
import io.github.motcua.io.UnitFacts;
import io.github.motcua.ranking.Standings;
import io.github.motcua.scoring.Schemes;
import io.github.motcua.scoring.ScoringScheme;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.MultiPart;
import org.eclipse.jetty.http.MultiPartConfig;
import org.eclipse.jetty.http.MultiPartFormData;
import org.eclipse.jetty.io.Content;
import org.jspecify.annotations.Nullable;

/**
 * {@code POST /v1/scores?scheme=…&period=…}: the units of the part {@code unitFacts} (JSON Lines)
 * scored and ranked on the dossiers of the part {@code dossiers} (JSON Lines, or CSV as {@code
 * text/csv}) and their facts, as {@code motcua score --format json} does, with each scorecard's
 * explanation. A part larger than a megabyte waits in a temporary file until it is read.
 */
final class ScoreEndpoint {
    private final long maxStream;
    private final Path temporary;

    ScoreEndpoint(long maxStream, Path temporary) {
        this.maxStream = maxStream;
        this.temporary = temporary;
    }

    void answer(Exchange exchange, Snapshot master) throws Exception {
        Query query = exchange.query();
        ScoringScheme scheme = Schemes.installed().require(query.required("scheme"));
        Language language = Requests.language(query);
        UnitScores scores = new UnitScores(
                scheme, Requests.period(query), master.data(), query.rules(), query.bool("force", false));
        try (MultiPartFormData.Parts parts = parts(exchange)) {
            MultiPart.Part facts = part(parts, "unitFacts");
            MultiPart.Part dossiers = part(parts, "dossiers");
            List<UnitFacts> unitFacts = facts(facts);
            List<Rejection> listed = new ArrayList<>();
            ReadSummary summary;
            try (InputStream in = Content.Source.asInputStream(dossiers.createContentSource())) {
                summary = scores.read(
                        DossierReader.builder(Requests.dossierFormat(mediaType(dossiers), "the part 'dossiers'")),
                        in,
                        rejection -> {
                            if (listed.size() < ReportEndpoint.REJECTIONS_LISTED) {
                                listed.add(rejection);
                            }
                        });
            }
            Standings standings = scores.standings(unitFacts, "the part 'unitFacts'", "--units");
            List<Map<String, Object>> scorecards = standings.entries().stream()
                    .map(entry -> Exchange.object(
                            "rank",
                            entry.rank(),
                            "id",
                            entry.scorecard().subject().id(),
                            "explanation",
                            entry.scorecard().explain(language)))
                    .toList();
            exchange.json(
                    200,
                    Exchange.object(
                            "summary",
                            summary,
                            "rejections",
                            listed,
                            "section",
                            scores.section(standings),
                            "scorecards",
                            scorecards));
        }
    }

    /** The form's parts, read within the stream limit; large parts wait in temporary files. */
    private MultiPartFormData.Parts parts(Exchange exchange) throws Exception {
        String contentType = exchange.header(HttpHeader.CONTENT_TYPE);
        if (contentType == null || !exchange.mediaType().equals("multipart/form-data")) {
            throw Problem.unsupportedMediaType(
                    "send multipart/form-data with the parts 'dossiers' and 'unitFacts' (curl -F dossiers=@FILE -F"
                            + " unitFacts=@FILE)");
        }
        long length = exchange.request().getLength();
        if (length > maxStream) {
            throw Problem.tooLarge(maxStream);
        }
        MultiPartConfig config = new MultiPartConfig.Builder()
                .location(temporary)
                .maxParts(8)
                .maxSize(maxStream)
                .maxPartSize(maxStream)
                .maxMemoryPartSize(1 << 20)
                .useFilesForPartsWithoutFileName(true)
                .build();
        try {
            return MultiPartFormData.from(exchange.request(), exchange.request(), contentType, config)
                    .get();
        } catch (ExecutionException failed) {
            Throwable cause = failed.getCause() == null ? failed : failed.getCause();
            throw Problem.badRequest("the form cannot be read: " + cause.getMessage());
        }
    }

    private static MultiPart.Part part(MultiPartFormData.Parts parts, String name) {
        MultiPart.Part part = parts.getFirst(name);
        if (part == null) {
            throw Problem.badRequest("the form has no part '" + name + "'; send the parts 'dossiers' and 'unitFacts'");
        }
        return part;
    }

    private static String mediaType(MultiPart.Part part) {
        @Nullable String type = part.getHeaders().get(HttpHeader.CONTENT_TYPE);
        if (type == null || type.equals("application/octet-stream")) {
            return "";
        }
        int semicolon = type.indexOf(';');
        return (semicolon < 0 ? type : type.substring(0, semicolon)).strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** The unit facts, read strictly as {@code motcua score --evidence} reads them; at least one. */
    private static List<UnitFacts> facts(MultiPart.Part part) throws java.io.IOException {
        List<UnitFacts> facts;
        try (InputStream in = Content.Source.asInputStream(part.createContentSource())) {
            facts = JsonLinesReader.unitFacts().readAll(in);
        } catch (RejectedRecordException refused) {
            throw Problem.badRequest("the part 'unitFacts': " + refused.getMessage());
        }
        if (facts.isEmpty()) {
            throw Problem.badRequest("the part 'unitFacts' lists no unit; give at least one");
        }
        return facts;
    }
}
