package io.github.motcua.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.github.motcua.cli.job.MasterData;
import io.github.motcua.cli.job.RuleChoices;
import io.github.motcua.deadline.DeadlineRules;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.io.json.MotcuaJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The service's answers on the sample data equal the command line's and the library's. */
class ServeAnswersTest {
    private static final ObjectMapper MOTCUA = MotcuaJson.mapper();
    private static final Path SAMPLES = Path.of("..", "docs", "samples");

    @TempDir
    static Path directory;

    private static RunningService serve;

    @BeforeAll
    static void start() throws Exception {
        serve = RunningService.onSample(directory);
    }

    @AfterAll
    static void stop() throws Exception {
        serve.close();
    }

    private static String file(String name) {
        return directory.resolve(name).toString();
    }

    private static String[] masters() {
        return new String[] {
            "--units",
            file("units.jsonl"),
            "--procedures",
            file("procedures.jsonl"),
            "--excusals",
            file("excusals.jsonl")
        };
    }

    private static String[] withMasters(String... command) {
        String[] masters = masters();
        String[] all = Arrays.copyOf(command, command.length + masters.length);
        System.arraycopy(masters, 0, all, command.length, masters.length);
        return all;
    }

    @Test
    void theCalendarAnswersAsTheCommandLinePrints() throws Exception {
        assertThat(RunningService.json(serve.get("/v1/calendar/working-day?date=2023-01-23"))
                        .get("workingDay")
                        .asText())
                .isEqualTo(Cli.run("calendar", "is-working", "2023-01-23").strip());
        assertThat(RunningService.json(serve.get("/v1/calendar/add?date=2023-01-19&days=1"))
                        .get("result")
                        .asText())
                .isEqualTo(Cli.run("calendar", "add", "2023-01-19", "1").strip());
        assertThat(RunningService.json(serve.get("/v1/calendar/between?from=2023-01-19&to=2023-01-27"))
                        .get("workingDays")
                        .asText())
                .isEqualTo(Cli.run("calendar", "between", "2023-01-19", "2023-01-27")
                        .strip());
        assertThat(RunningService.json(serve.get("/v1/calendar/lunar?date=2023-03-22"))
                        .get("lunar")
                        .asText())
                .isEqualTo(Cli.run("calendar", "lunar", "2023-03-22").strip())
                .isEqualTo("2023-02-01 leap");
        assertThat(RunningService.json(serve.get("/v1/calendar/working-day?date=2026-11-24&culture-day=false"))
                        .get("workingDay")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void theHolidaysAreTheCommandLinesRows() throws Exception {
        JsonNode holidays = RunningService.json(serve.get("/v1/calendar/holidays?year=2024"));
        List<String> rows = new ArrayList<>();
        holidays.forEach(entry -> rows.add(String.join(
                "\t",
                entry.get("date").asText(),
                entry.get("kind").asText(),
                entry.get("name").asText(),
                entry.get("source").asText(),
                entry.get("status").asText())));
        assertThat(rows)
                .isNotEmpty()
                .isEqualTo(Cli.run("calendar", "holidays", "2024").lines().toList());
    }

    @Test
    void aDossiersDeadlineIsTheLibrarys() throws Exception {
        String line = Files.readAllLines(SAMPLES.resolve("dossiers.jsonl")).get(0);
        Dossier dossier = MotcuaJson.mapperAcceptingLocalTimes().readValue(line, Dossier.class);
        DeadlineRules rules = RuleChoices.DEFAULTS.deadlineRules(
                MasterData.read(Path.of(file("units.jsonl")), Path.of(file("procedures.jsonl")), null)
                        .catalogue());

        HttpResponse<String> response =
                serve.post("/v1/deadlines", "application/json", line.getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(RunningService.json(response)).isEqualTo(MOTCUA.valueToTree(rules.deadline(dossier)));
    }

    @Test
    void anArrayOfDossiersGivesEachItsDeadlineOrRejection() throws Exception {
        List<String> lines = Files.readAllLines(SAMPLES.resolve("dossiers.jsonl"));
        String unknown = lines.get(1).replace("\"procedureCode\":\"MC.H01\"", "\"procedureCode\":\"NO.SUCH\"");
        assertThat(unknown).isNotEqualTo(lines.get(1));
        String body = "[" + lines.get(0) + "," + unknown + "," + lines.get(2) + "]";

        JsonNode answers = RunningService.json(
                serve.post("/v1/deadlines", "application/json", body.getBytes(StandardCharsets.UTF_8)));

        assertThat(answers).hasSize(3);
        assertThat(answers.get(0).get("record").asInt()).isEqualTo(1);
        assertThat(answers.get(0).get("deadline").get("dueDate").asText()).isNotEmpty();
        assertThat(answers.get(1).get("record").asInt()).isEqualTo(2);
        assertThat(answers.get(1).get("rejection").get("reason").asText())
                .isEqualTo("no procedure has this code in the procedures file");
        assertThat(answers.get(2).get("deadline").get("dossierId").asText())
                .isEqualTo(MOTCUA.readTree(lines.get(2)).get("id").asText());
    }

    @Test
    void theStreamedVerdictsAreTheCommandLinesVerdictsFile() throws Exception {
        Path verdicts = directory.resolve("verdicts.csv");
        Cli.run(withMasters(
                "report",
                "--input",
                file("dossiers.csv"),
                "--period",
                "2023",
                "--verdicts",
                verdicts.toString(),
                "--format",
                "json"));
        List<String> expected = Files.readAllLines(verdicts).stream()
                .skip(1)
                .map(row -> row.split(",", -1))
                .map(cells -> String.join("|", cells[0], cells[2], cells[3], cells[4], cells[6]))
                .toList();

        HttpResponse<String> response =
                serve.post("/v1/verdicts?period=2023", "text/csv", Path.of(file("dossiers.csv")));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/x-ndjson");
        List<JsonNode> lines = new ArrayList<>();
        for (String line : response.body().lines().toList()) {
            lines.add(RunningService.JSON.readTree(line));
        }
        List<String> actual = lines.stream()
                .filter(line -> line.has("verdict"))
                .map(line -> line.get("verdict"))
                .map(verdict -> String.join(
                        "|",
                        verdict.get("dossierId").asText(),
                        verdict.get("class").asText(),
                        verdict.get("adjustedClass").asText(),
                        verdict.path("dueDate").asText(""),
                        verdict.get("latenessWorkingDays").asText()))
                .toList();
        assertThat(actual).hasSize(expected.size()).isEqualTo(expected);
        JsonNode summary = lines.get(lines.size() - 1).get("summary");
        assertThat(summary.get("read").asLong()).isEqualTo(13_250);
        assertThat(summary.get("rejected").asLong()).isZero();
    }

    @Test
    void theReportIsTheCommandLinesReport() throws Exception {
        String cli = Cli.run(withMasters(
                "report",
                "--input",
                file("dossiers.csv"),
                "--period",
                "2023",
                "--group-by",
                "level",
                "--format",
                "json"));

        HttpResponse<String> response =
                serve.post("/v1/reports/bieu06?period=2023&group-by=level", "text/csv", Path.of(file("dossiers.csv")));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode answer = RunningService.json(response);
        assertThat(answer.get("report")).isEqualTo(RunningService.JSON.readTree(cli));
        assertThat(answer.get("summary").get("accepted").asLong()).isEqualTo(13_250);
        assertThat(response.headers().firstValue("Motcua-Records-Read")).hasValue("13250");
    }

    @Test
    void theReportAsCsvIsTheCommandLinesCsv() throws Exception {
        String cli = Cli.run(withMasters(
                "report", "--input", file("dossiers.csv"), "--period", "2023-Q1", "--format", "csv", "--lang", "en"));

        HttpResponse<String> response = serve.post(
                "/v1/reports/bieu06?period=2023-Q1&format=csv&lang=en", "text/csv", Path.of(file("dossiers.csv")));

        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/csv; charset=utf-8");
        assertThat(response.body()).isEqualTo(cli);
    }

    @Test
    void theReportAsAWorkbookIsAnXlsxFile() throws Exception {
        byte[] body = Files.readAllBytes(Path.of(file("dossiers.csv")));
        HttpResponse<byte[]> response = serve.client.send(
                serve.request("/v1/reports/bieu06?period=2023&format=xlsx")
                        .header("Content-Type", "text/csv")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(Arrays.copyOf(response.body(), 2)).isEqualTo(new byte[] {'P', 'K'});
    }

    @Test
    void theScoresAreTheCommandLinesScores() throws Exception {
        Path facts = SAMPLES.resolve("unit-facts.jsonl");
        String cli = Cli.run(withMasters(
                "score",
                "--scheme",
                "tt01-2018-units-2dp",
                "--dossiers",
                file("dossiers.csv"),
                "--evidence",
                facts.toString(),
                "--period",
                "2023",
                "--format",
                "json"));
        Multipart form = new Multipart()
                .part("dossiers", "text/csv", Files.readAllBytes(Path.of(file("dossiers.csv"))))
                .part("unitFacts", "application/x-ndjson", Files.readAllBytes(facts));

        HttpResponse<String> response = serve.post(
                "/v1/scores?scheme=tt01-2018-units-2dp&period=2023&lang=en", form.contentType(), form.bytes());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode answer = RunningService.json(response);
        assertThat(answer.get("section")).isEqualTo(RunningService.JSON.readTree(cli));
        assertThat(answer.get("scorecards")).hasSameSizeAs(answer.get("section").get("entries"));
        assertThat(answer.get("scorecards").get(0).get("explanation").asText()).isNotBlank();
    }

    @Test
    void theCheckIsTheCommandLinesCheck() throws Exception {
        Path figures = SAMPLES.resolve("published-figures.csv");
        List<JsonNode> cli = new ArrayList<>();
        for (String line :
                Cli.run("check", "--input", figures.toString()).lines().toList()) {
            cli.add(RunningService.JSON.readTree(line));
        }

        JsonNode answer = RunningService.json(serve.post("/v1/check", "text/csv", figures));

        assertThat(answer).isInstanceOf(ArrayNode.class);
        List<JsonNode> rows = new ArrayList<>();
        answer.forEach(rows::add);
        assertThat(rows).isNotEmpty().isEqualTo(cli);
    }

    @Test
    void healthVersionAndTheDescriptionAreServed() throws Exception {
        JsonNode health = RunningService.json(serve.get("/v1/health"));
        assertThat(health.get("status").asText()).isEqualTo("UP");
        assertThat(health.get("masterData").get("procedures").asInt()).isPositive();
        assertThat(RunningService.json(serve.get("/v1/version")).get("version").asText())
                .isEqualTo(Cli.run("--version").strip().replace("motcua ", ""));
        assertThat(serve.get("/openapi.json").body().getBytes(StandardCharsets.UTF_8))
                .isEqualTo(ServiceEndpoints.openApi());
    }

    /** A multipart/form-data body. */
    static final class Multipart {
        private final String boundary = "motcua-test-boundary-7d1c";
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Multipart part(String name, String type, byte[] content) throws IOException {
            out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + name
                            + "\"\r\nContent-Type: " + type + "\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.write(content);
            out.write("\r\n".getBytes(StandardCharsets.UTF_8));
            return this;
        }

        String contentType() {
            return "multipart/form-data; boundary=" + boundary;
        }

        byte[] bytes() {
            return (out.toString(StandardCharsets.ISO_8859_1) + "--" + boundary + "--\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1);
        }
    }
}
