package io.github.motcua.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README quotes the example classes; the build runs them and checks the quote is current. */
class ReadmeExamplesTest {
    private static final Pattern TAGGED =
            Pattern.compile("// tag::readme\\[\\]\\R(.*?)\\R\\s*// end::readme\\[\\]", Pattern.DOTALL);

    private static String readme() throws IOException {
        return Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    }

    private static String taggedSnippet(Class<?> example) throws IOException {
        Path source = Path.of("src", "main", "java", example.getName().replace('.', '/') + ".java");
        Matcher matcher = TAGGED.matcher(Files.readString(source, StandardCharsets.UTF_8));
        assertThat(matcher.find()).as("a tagged readme snippet in %s", source).isTrue();
        String snippet = matcher.group(1);
        int indent = snippet.length() - snippet.stripLeading().length();
        return snippet.lines()
                .map(line -> line.length() >= indent ? line.substring(indent) : line.strip())
                .collect(Collectors.joining("\n"));
    }

    @Test
    void theReadmeQuotesBuildADossierAsItIs() throws IOException {
        assertThat(readme()).contains(taggedSnippet(BuildADossier.class));
    }

    @Test
    void theReadmeQuotesCountWorkingDaysAsItIs() throws IOException {
        assertThat(readme()).contains(taggedSnippet(CountWorkingDays.class));
    }

    private interface Example {
        void run() throws Exception;
    }

    private static String output(Example example) throws Exception {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            example.run();
        } finally {
            System.setOut(original);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }

    @Test
    void countWorkingDaysPrintsWhatItsCommentsSay() throws Exception {
        assertThat(output(() -> CountWorkingDays.main(new String[0])).lines())
                .containsExactly("false", "2023-01-27", "1", "2023-04-29", "false");
    }

    @Test
    void theReadmeQuotesTallyAYearAsItIs() throws IOException {
        assertThat(readme()).contains(taggedSnippet(TallyAYear.class));
    }

    @Test
    void tallyAYearPrintsTheLandOfficesTallyAndRate() throws Exception {
        List<String> lines =
                output(() -> TallyAYear.main(new String[0])).lines().toList();

        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("Tally[received=").contains("pendingWithin=0, pendingOverdue=0");
        assertThat(lines.get(1)).matches("\\d{2,3}\\.\\d{2}%");
    }

    @Test
    void buildADossierRunsAndPrintsTheDossierAsJson() throws Exception {
        assertThat(output(() -> BuildADossier.main(new String[0])))
                .contains("\"id\" : \"H46.001-230105-0001\"")
                .contains("\"receivedAt\" : \"2023-01-05T02:00:00Z\"")
                .contains("\"outcome\" : \"RESOLVED\"");
    }

    @Test
    void theReadmeQuotesScoreAndRankUnitsAsItIs() throws IOException {
        assertThat(readme()).contains(taggedSnippet(ScoreAndRankUnits.class));
    }

    @Test
    void scoreAndRankUnitsPrintsTheCommunesBandsAndTheFirstCard() throws Exception {
        List<String> lines =
                output(() -> ScoreAndRankUnits.main(new String[0])).lines().toList();

        assertThat(lines.get(0)).startsWith("21 Excellent: Muổi Nọi, Nong Lay,").endsWith("Mường Khiêng");
        assertThat(lines.get(1)).startsWith("8 Good: Liệp Tè, É Tòng,").endsWith("Bó Mười");
        assertThat(lines).contains("0 Fair", "0 Average", "0 Weak");
        assertThat(lines.get(5)).startsWith("Muổi Nọi (TC.X01), tt01-2018-units-2dp 2018: 17.66 of 18, Excellent");
        assertThat(lines).hasSize(6 + 9);
    }

    @Test
    void theReadmeQuotesScoreYourOwnDossiersAsItIs() throws IOException {
        assertThat(readme()).contains(taggedSnippet(ScoreYourOwnDossiers.class));
    }

    @Test
    void aVendorsTableIsValidatedAndItsUnitsScoredWithEveryMistakeNamed() throws Exception {
        List<String> lines =
                output(() -> ScoreYourOwnDossiers.main(new String[0])).lines().toList();

        assertThat(lines.get(0)).isEqualTo("36 records read: 30 accepted, 6 rejected");
        assertThat(lines.subList(1, 7))
                .containsExactly(
                        "record 31, dossier 'HS-31', field receivedAt, value '(null)': a required value is null",
                        "record 32, dossier 'HS-32': the mapping failed: Text '31/02/2023 08:00' could not be"
                                + " parsed: Invalid date 'FEBRUARY 31'",
                        "record 33, dossier 'HS-33', field procedureCode, value '9.999999': no procedure has this"
                                + " code in the procedures file",
                        "record 34, dossier 'HS-34': the mapping failed: unknown channel 'Fax'",
                        "record 35, dossier 'HS-35', field returnedAt, value '2023-03-03T10:00:00+07:00': must not be"
                                + " before receivedAt (2023-03-06T08:00:00+07:00)",
                        "record 36, dossier 'HS-1', field id, value 'HS-1': a dossier with this id was already"
                                + " accepted");
        assertThat(lines.subList(7, 12))
                .containsExactly("0 Excellent", "1 Good: Xã Một", "1 Fair: Xã Hai", "0 Average", "1 Weak: Xã Ba");
        assertThat(lines.get(12)).startsWith("Xã Một (XA.01), tt01-2018-units 2018: 13.9 of 14, Good");
        assertThat(lines)
                .contains("  tt01.5: no data of 2. No data: the unit's procedures at the desk were not given.")
                .anySatisfy(line -> assertThat(line).startsWith("Xã Ba (XA.03), tt01-2018-units 2018: 3.9 of 8, Weak"));
    }

    @Test
    void theReadmeQuotesWriteYourOwnCriterionAsItIs() throws IOException {
        assertThat(readme()).contains(taggedSnippet(WriteYourOwnCriterion.class));
    }

    @Test
    void aProvincesOwnCriterionIsScoredBesideTheBuiltInScheme() throws Exception {
        List<String> lines =
                output(() -> WriteYourOwnCriterion.main(new String[0])).lines().toList();

        assertThat(lines.get(0)).isEqualTo("TC.X01 tt01-2018-units: 17.6 EXCELLENT");
        assertThat(lines.get(1)).startsWith("TC.X01 sonla-2024-units: 18.").endsWith(" EXCELLENT");
        assertThat(lines.get(2)).matches("\\d+ of \\d+ dossiers received online");
    }

    @Test
    void theReadmeQuotesComputeADeadlineAsItIs() throws IOException {
        assertThat(readme()).contains(taggedSnippet(ComputeADeadline.class));
    }

    @Test
    void aDossierReceivedBeforeTetIsDueAfterIt() throws Exception {
        assertThat(output(() -> ComputeADeadline.main(new String[0])).lines()).containsExactly("2023-02-01");
    }

    @Test
    void theReadmeQuotesExportAReportAsItIs() throws IOException {
        assertThat(readme()).contains(taggedSnippet(ExportAReport.class));
    }

    @Test
    void exportAReportPrintsTheResultsAndTheCsvTable() throws Exception {
        List<String> lines =
                output(() -> ExportAReport.main(new String[0])).lines().toList();

        assertThat(lines.get(0)).startsWith("- Cấp huyện: Tổng hồ sơ tiếp nhận: 3.673 hồ sơ");
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("\"Tổng cộng\",13250,"));
    }
}
