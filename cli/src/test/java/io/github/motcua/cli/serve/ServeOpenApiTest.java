package io.github.motcua.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OpenAPI description kept in the repository is the service: every path it lists is served with
 * its methods and no other, and the answers of every endpoint match the schemas it declares.
 */
class ServeOpenApiTest {
    private static final Path SAMPLES = Path.of("..", "docs", "samples");

    @TempDir
    static Path directory;

    private static RunningService serve;
    private static JsonNode openApi;

    @BeforeAll
    static void start() throws Exception {
        serve = RunningService.onSample(directory);
        openApi = RunningService.JSON.readTree(ServiceEndpoints.openApi());
    }

    @AfterAll
    static void stop() throws Exception {
        serve.close();
    }

    /** A schema of the description's components, its references resolved within the description. */
    private static JsonSchema schema(String name) {
        ObjectNode root = openApi.deepCopy();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$ref", "#/components/schemas/" + name);
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(root);
    }

    private static void assertMatches(String name, JsonNode value) {
        assertThat(schema(name).validate(value))
                .as("%s against %s", value, name)
                .isEmpty();
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return RunningService.json(response);
    }

    @Test
    void everyPathDescribedIsServedAndEveryPathServedIsDescribed() {
        Map<String, Set<String>> described = new TreeMap<>();
        Iterator<Map.Entry<String, JsonNode>> paths = openApi.get("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Set<String> methods = new TreeSet<>();
            path.getValue().fieldNames().forEachRemaining(method -> methods.add(method.toUpperCase(Locale.ROOT)));
            described.put(path.getKey(), methods);
        }
        assertThat(described).isEqualTo(serve.service.paths());
    }

    @Test
    void theReportSchemasAreThoseOfTheReportSchema() throws Exception {
        JsonNode defs = RunningService.JSON
                .readTree(Files.readString(Path.of("..", "docs", "report-schema.json"))
                        .replace("#/$defs/", "#/components/schemas/"))
                .get("$defs");
        for (String name : Set.of(
                "ProcessingRow",
                "AppliedExcusal",
                "ProcessingReport",
                "RankedScore",
                "BandMembers",
                "EvaluationSection")) {
            assertThat(openApi.get("components").get("schemas").get(name))
                    .as(name)
                    .isEqualTo(defs.get(name));
        }
    }

    @Test
    void theCalendarAnswersMatchTheirSchemas() throws Exception {
        assertMatches("WorkingDay", json(serve.get("/v1/calendar/working-day?date=2023-01-23")));
        assertMatches("AddedWorkingDays", json(serve.get("/v1/calendar/add?date=2023-01-19&days=-3")));
        assertMatches("WorkingDaysBetween", json(serve.get("/v1/calendar/between?from=2023-01-19&to=2023-02-27")));
        assertMatches("LunarDate", json(serve.get("/v1/calendar/lunar?date=2023-03-22")));
        for (JsonNode entry : json(serve.get("/v1/calendar/holidays?year=2023"))) {
            assertMatches("CalendarEntry", entry);
        }
    }

    @Test
    void theDeadlineAnswersMatchTheirSchemas() throws Exception {
        String line = Files.readAllLines(SAMPLES.resolve("dossiers.jsonl")).get(0);
        assertMatches(
                "Deadline",
                json(serve.post("/v1/deadlines", "application/json", line.getBytes(StandardCharsets.UTF_8))));
        String array = "[" + line + "," + line + "]";
        JsonNode answers =
                json(serve.post("/v1/deadlines", "application/json", array.getBytes(StandardCharsets.UTF_8)));
        assertThat(answers.get(1).has("rejection")).isTrue();
        for (JsonNode answer : answers) {
            assertMatches("DeadlineAnswer", answer);
        }
    }

    @Test
    void everyVerdictLineMatchesItsSchema() throws Exception {
        byte[] dossiers = Files.readAllBytes(SAMPLES.resolve("dossiers.jsonl"));
        byte[] twice = (new String(dossiers, StandardCharsets.UTF_8) + new String(dossiers, StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = serve.post("/v1/verdicts?period=2023", "application/x-ndjson", twice);
        assertThat(response.statusCode()).isEqualTo(200);
        Set<String> kinds = new TreeSet<>();
        for (String line : response.body().lines().toList()) {
            JsonNode value = RunningService.JSON.readTree(line);
            value.fieldNames().forEachRemaining(kinds::add);
            assertMatches("VerdictLine", value);
        }
        assertThat(kinds).contains("verdict", "rejection", "summary");
    }

    @Test
    void theReportScoresCheckAndServiceAnswersMatchTheirSchemas() throws Exception {
        assertMatches(
                "ReportAnswer",
                json(serve.post(
                        "/v1/reports/bieu06?period=2023&group-by=field",
                        "application/x-ndjson",
                        SAMPLES.resolve("dossiers.jsonl"))));
        ServeAnswersTest.Multipart form = new ServeAnswersTest.Multipart()
                .part("dossiers", "application/x-ndjson", Files.readAllBytes(SAMPLES.resolve("dossiers.jsonl")))
                .part("unitFacts", "application/x-ndjson", Files.readAllBytes(SAMPLES.resolve("unit-facts.jsonl")));
        assertMatches(
                "ScoreAnswer",
                json(serve.post("/v1/scores?scheme=tt01-2018-units&period=2023", form.contentType(), form.bytes())));
        for (JsonNode result : json(serve.post("/v1/check", "text/csv", SAMPLES.resolve("published-figures.csv")))) {
            assertMatches("CheckResult", result);
        }
        assertMatches("Health", json(serve.get("/v1/health")));
        assertMatches("Version", json(serve.get("/v1/version")));
        assertMatches(
                "Reloaded",
                json(serve.client.send(
                        serve.request("/v1/admin/reload")
                                .POST(java.net.http.HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.ofString())));
    }

    @Test
    void aProblemMatchesItsSchema() throws Exception {
        HttpResponse<String> response = serve.get("/v1/calendar/add?date=2023-01-19");
        assertThat(response.statusCode()).isEqualTo(400);
        assertMatches("Problem", RunningService.json(response));
        assertThat(schema("Problem").validate(RunningService.JSON.readTree("{\"status\":\"400\"}")))
                .as("a value that breaks the schema")
                .isNotEmpty();
    }
}
