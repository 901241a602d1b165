package io.github.motcua.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the service refuses, as RFC 9457 problems with the command line's messages and no stack trace. */
class ServeProblemsTest {
    @TempDir
    static Path directory;

    private static RunningService serve;

    @BeforeAll
    static void start() throws Exception {
        RunningService.sample(directory);
        serve = RunningService.on(
                directory,
                new Settings("127.0.0.1", 0, null, 2048, 4096, Duration.ofSeconds(30), Duration.ofSeconds(30), true));
    }

    @AfterAll
    static void stop() throws Exception {
        serve.close();
    }

    private static JsonNode problem(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = RunningService.json(response);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("type").asText()).startsWith(Problem.TYPES);
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(problem.get("instance").asText()).startsWith("/");
        assertThat(response.body()).doesNotContain("\tat ").doesNotContain("Exception");
        return problem;
    }

    @Test
    void aDateThatIsNotOneIsRefusedInTheCommandLinesWords() throws Exception {
        String cli = Cli.errors(1, "calendar", "is-working", "2023-02-30");
        JsonNode problem = problem(serve.get("/v1/calendar/working-day?date=2023-02-30"), 400);
        assertThat(problem.get("detail").asText())
                .isEqualTo("date: '2023-02-30' is not a date; write it as" + " YYYY-MM-DD, such as 2023-01-22");
        assertThat(cli).contains("'2023-02-30' is not a date; write it as YYYY-MM-DD, such as 2023-01-22");
    }

    @Test
    void aDateOutsideTheCalendarIsRefusedWithTheLibrarysMessage() throws Exception {
        String cli = Cli.errors(1, "calendar", "is-working", "2040-01-01");
        JsonNode problem = problem(serve.get("/v1/calendar/working-day?date=2040-01-01"), 400);
        assertThat(cli).contains(problem.get("detail").asText());
    }

    @Test
    void aMissingParameterAWrongValueAndAnUnknownPeriodAreBadRequests() throws Exception {
        assertThat(problem(serve.get("/v1/calendar/add?date=2023-01-19"), 400)
                        .get("detail")
                        .asText())
                .isEqualTo("missing query parameter 'days'");
        assertThat(problem(serve.get("/v1/calendar/holidays?year=2040"), 400)
                        .get("detail")
                        .asText())
                .isEqualTo("Year 2040 is outside the calendar, 2013 to 2035");
        assertThat(problem(serve.post("/v1/verdicts?period=2023&compare=sometimes", "text/csv", new byte[0]), 400)
                        .get("detail")
                        .asText())
                .isEqualTo("compare must be one of procedure, date, instant, not 'sometimes'");
        assertThat(problem(serve.post("/v1/verdicts?period=2050", "text/csv", new byte[0]), 400)
                        .get("detail")
                        .asText())
                .startsWith("period 2050: its window");
    }

    @Test
    void anUnknownPathAndAWrongMethodAreRefused() throws Exception {
        problem(serve.get("/v1/nothing"), 404);
        HttpResponse<String> wrongMethod = serve.get("/v1/deadlines");
        assertThat(problem(wrongMethod, 405).get("detail").asText()).isEqualTo("/v1/deadlines takes POST, not GET");
        assertThat(wrongMethod.headers().firstValue("Allow")).hasValue("POST");
    }

    @Test
    void aDossierTheRulesRefuseIsUnprocessableWithItsRejection() throws Exception {
        String line = Files.readAllLines(Path.of("..", "docs", "samples", "dossiers.jsonl"))
                .get(0)
                .replace("\"channel\":\"DIRECT\"", "\"channel\":\"FAX\"");
        JsonNode problem =
                problem(serve.post("/v1/deadlines", "application/json", line.getBytes(StandardCharsets.UTF_8)), 422);
        assertThat(problem.get("detail").asText())
                .startsWith("record 1 (line 1), column channel")
                .contains("'FAX'");
        assertThat(problem.get("rejection").get("column").asText()).isEqualTo("channel");
    }

    @Test
    void aBodyThatIsNotJsonIsABadRequest() throws Exception {
        assertThat(problem(serve.post("/v1/deadlines", "application/json", "{\"id\":".getBytes()), 400)
                        .get("detail")
                        .asText())
                .startsWith("the body is not JSON");
    }

    @Test
    void aBodyOverTheLimitIsRefusedBeforeItIsRead() throws Exception {
        byte[] large = new byte[4096];
        java.util.Arrays.fill(large, (byte) ' ');
        assertThat(problem(serve.post("/v1/deadlines", "application/json", large), 413)
                        .get("detail")
                        .asText())
                .contains("limit of 2048 bytes");
    }

    @Test
    void aStreamOverTheLimitEndsWithAProblemLine() throws Exception {
        byte[] dossiers = Files.readAllBytes(Path.of("..", "docs", "samples", "dossiers.jsonl"));
        byte[] body = new byte[dossiers.length * 3];
        for (int i = 0; i < 3; i++) {
            System.arraycopy(dossiers, 0, body, i * dossiers.length, dossiers.length);
        }
        assertThat(body.length).isGreaterThan(4096);
        HttpResponse<String> response = serve.client.send(
                serve.request("/v1/verdicts?period=2023")
                        .header("Content-Type", "application/x-ndjson")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(
                                () -> new java.io.ByteArrayInputStream(body)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 413) {
            problem(response, 413);
        } else {
            String last =
                    response.body().lines().reduce((first, second) -> second).orElseThrow();
            assertThat(RunningService.JSON
                            .readTree(last)
                            .get("problem")
                            .get("status")
                            .asInt())
                    .isEqualTo(413);
        }
    }

    @Test
    void aBodyOfAnotherTypeIsUnsupported() throws Exception {
        problem(serve.post("/v1/verdicts?period=2023", "application/xml", "<x/>".getBytes()), 415);
        problem(serve.post("/v1/scores?scheme=tt01-2018-units&period=2023", "application/json", "{}".getBytes()), 415);
    }

    @Test
    void anUnknownSchemeIsRefusedAsTheCommandLineRefusesIt() throws Exception {
        JsonNode problem = problem(serve.post("/v1/scores?scheme=nope&period=2023", "text/plain", new byte[0]), 400);
        assertThat(problem.get("detail").asText()).contains("nope");
    }
}
