package io.github.motcua.cli.serve;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.motcua.deadline.Deadline;
import io.github.motcua.io.Rejection;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /v1/deadlines}: a dossier's deadline with its findings, or the deadlines of an array of
 * dossiers. Each dossier is read as a line of a JSON Lines file is ({@code DossierReader}): the
 * same checks (the model's rules, the master lists, a deadline the rules can give, ids unique in
 * the request) and the same rejections with their record numbers, counted from 1 in the array.
 */
final class DeadlineEndpoint {
    /**
     * Reads the body as a tree, with the readers' limits on nesting and numbers, refusing a repeated
     * field and keeping decimals exact.
     */
    private static final ObjectMapper TREE = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(21)
                            .maxNumberLength(20)
                            .build())
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private final long maxBody;

    DeadlineEndpoint(long maxBody) {
        this.maxBody = maxBody;
    }

    void answer(Exchange exchange, Snapshot master) throws Exception {
        Snapshot.Deadlines deadlines = master.deadlines(exchange.query().rules());
        JsonNode body = body(exchange.bodyBytes(maxBody));
        List<JsonNode> items = new ArrayList<>();
        if (body.isArray()) {
            body.forEach(items::add);
        } else {
            items.add(body);
        }
        List<Deadline> accepted = new ArrayList<>(items.size());
        List<Rejection> rejected = new ArrayList<>();
        List<Map<String, Object>> answers = new ArrayList<>(items.size());
        deadlines
                .reader()
                .read(
                        new ByteArrayInputStream(lines(items)),
                        dossier -> {
                            Deadline deadline = deadlines.rules().deadline(dossier);
                            accepted.add(deadline);
                            answers.add(Exchange.object("record", answers.size() + 1L, "deadline", deadline));
                        },
                        rejection -> {
                            rejected.add(rejection);
                            answers.add(Exchange.object("record", rejection.record(), "rejection", rejection));
                        });
        if (body.isArray()) {
            exchange.json(200, answers);
        } else if (rejected.isEmpty()) {
            exchange.json(200, accepted.get(0));
        } else {
            throw Problem.rejected(rejected.get(0).toString()).with("rejection", rejected.get(0));
        }
    }

    /** The body as JSON: a dossier or an array of dossiers. */
    private static JsonNode body(byte[] bytes) {
        JsonNode body;
        try {
            body = TREE.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw Problem.badRequest("the body is not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw Problem.badRequest("the body cannot be read: " + e.getMessage());
        }
        if (body == null || !(body.isObject() || body.isArray())) {
            throw Problem.badRequest("the body must be a dossier (a JSON object) or an array of dossiers");
        }
        return body;
    }

    /** The dossiers as the lines of a JSON Lines file, each on one line. */
    private static byte[] lines(List<JsonNode> items) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (JsonNode item : items) {
            out.write(TREE.writeValueAsBytes(item));
            out.write('\n');
        }
        return out.toByteArray();
    }
}
