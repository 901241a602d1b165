package io.github.motcua.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.motcua.io.json.MotcuaJson;
import io.github.motcua.ranking.Ranking;
import io.github.motcua.sample.ThuanChau2023Evidence;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every report value survives a JSON round trip, and its JSON validates against docs/report-schema.json. */
class ReportJsonTest {
    private static final JsonMapper JSON = MotcuaJson.mapper();

    private static JsonSchema schema() throws IOException {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Files.readString(Path.of("..", "docs", "report-schema.json")));
    }

    private static <T> T roundTrip(T value, Class<T> type) throws IOException {
        String text = JSON.writeValueAsString(value);
        Set<ValidationMessage> problems = schema().validate(JSON.readTree(text));
        assertThat(problems).as("schema validation of %s", text).isEmpty();
        return JSON.readValue(text, type);
    }

    static EvaluationReport evaluation() {
        ThuanChau2023Evidence evidence = ThuanChau2023Evidence.of(ThuanChau2023ReportGoldenTest.SAMPLE);
        return new EvaluationReport(
                "2023",
                List.of(
                        EvaluationSection.of(
                                "communes",
                                "Bộ phận Tiếp nhận và trả kết quả cấp xã",
                                evidence.unitScheme(),
                                Ranking.standard()
                                        .rank(evidence.communes().stream()
                                                .map(evidence.unitScheme()::score)
                                                .toList())),
                        EvaluationSection.of(
                                "districtOfficials",
                                "Công chức Bộ phận Một cửa cấp huyện",
                                evidence.officialScheme(),
                                Ranking.standard()
                                        .rank(evidence.districtOfficials().stream()
                                                .map(evidence.officialScheme()::score)
                                                .toList()))));
    }

    @Test
    void theProcessingReportRoundTripsAndMatchesTheSchema() throws IOException {
        ProcessingReport report = ThuanChau2023ReportGoldenTest.byLevel();

        assertThat(roundTrip(report, ProcessingReport.class)).isEqualTo(report);
    }

    @Test
    void theFeedbackReportRoundTripsAndMatchesTheSchema() throws IOException {
        FeedbackReport report = new FeedbackReport(2, 5, 6, 4, 1);

        assertThat(roundTrip(report, FeedbackReport.class)).isEqualTo(report);
    }

    @Test
    void theEvaluationReportRoundTripsAndMatchesTheSchema() throws IOException {
        EvaluationReport report = evaluation();

        assertThat(roundTrip(report, EvaluationReport.class)).isEqualTo(report);
    }

    @Test
    void theSchemaRejectsAReportThatBreaksItsForm() throws IOException {
        JsonNode broken = JSON.readTree(JSON.writeValueAsString(new FeedbackReport(0, 0, 0, 0, 0)));
        ((com.fasterxml.jackson.databind.node.ObjectNode) broken).put("handled", -1);

        assertThat(schema().validate(broken)).isNotEmpty();
    }
}
