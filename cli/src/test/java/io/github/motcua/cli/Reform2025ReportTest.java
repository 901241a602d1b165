package io.github.motcua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The sample that crosses 1 July 2025 (docs/samples/reform-2025): a district office and communes
 * that ceased on 30 June, a merged commune that names them, a commune with a new version, and one
 * named by two successors.
 */
class Reform2025ReportTest {
    private static final Path SAMPLE = Path.of("..", "docs", "samples", "reform-2025");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int report(String... extra) {
        return reportFor("2025", extra);
    }

    private int reportFor(String period, String... extra) {
        List<String> args = new ArrayList<>(List.of(
                "report",
                "--input",
                SAMPLE.resolve("dossiers.csv").toString(),
                "--units",
                SAMPLE.resolve("units.jsonl").toString(),
                "--procedures",
                SAMPLE.resolve("procedures.jsonl").toString(),
                "--period",
                period,
                "--format",
                "csv",
                "--lang",
                "en"));
        args.addAll(List.of(extra));
        return Motcua.run(args.toArray(new String[0]), out, err);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aDossierReceivedByAUnitNotInForceIsRejectedNamingItsDates() {
        assertThat(report("--group-by", "unit", "--successor", "X.CL=X.MK")).isEqualTo(2);

        assertThat(err())
                .contains("record 4 (line 5), column receiving_unit_code, value 'TC.P01': unit TC.P01 was not in force"
                        + " on 2025-08-01, the day of receipt (in force 2008-01-01 to 2025-06-30)")
                .contains("12 records read: 11 accepted, 1 rejected");
    }

    @Test
    void aDossierStillPendingWhenItsUnitCeasedCountsUnderTheSuccessor() {
        report("--group-by", "unit", "--successor", "X.CL=X.MK");

        assertThat(out())
                .contains("\n\"Phòng Tài chính - Kế hoạch huyện Thuận Châu\",1,")
                .contains("\n\"UBND xã Thuận Châu\",4,")
                .contains("\n\"UBND xã Mường Khiêng\",1,")
                .contains("\n\"UBND xã Chiềng La\",1,");
    }

    @Test
    void severalSuccessorsWithoutAChoiceRejectTheDossierNamingThem() {
        report("--group-by", "unit");

        assertThat(err())
                .contains("record 9 (line 10): unit 'X.CL' has ceased and 2 units name it as their predecessor"
                        + " (X.MK, X.LH)")
                .contains("12 records read: 10 accepted, 2 rejected");
    }

    @Test
    void byLevelTheDistrictKeepsOnlyWhatItFinishedAndTheMapRollsAllUp() {
        report("--group-by", "level", "--successor", "X.CL=X.MK");
        String byLevel = out();
        out.reset();
        report("--group-by", "level", "--successor", "X.CL=X.MK", "--as-map", "2025-07-01");
        String onTheMap = out();
        out.reset();
        report("--group-by", "unit", "--successor", "X.CL=X.MK", "--as-map", "2025-07-01");

        assertThat(byLevel).contains("\n\"District level\",1,").contains("\n\"Commune level\",10,");
        assertThat(onTheMap).doesNotContain("District level").contains("\n\"Commune level\",11,");
        assertThat(out())
                .contains("\n\"UBND xã Thuận Châu\",7,")
                .contains("\n\"UBND xã Mường Khiêng\",2,")
                .doesNotContain("Muổi Nọi");
    }

    @Test
    void aChosenSuccessorThatDoesNotNameTheUnitIsRefusedBeforeReading() {
        assertThat(report("--group-by", "unit", "--successor", "X.CL=ZZZ")).isEqualTo(1);

        assertThat(err())
                .contains("the successor chosen for X.CL must name it among its predecessors; these do: X.MK, X.LH")
                .doesNotContain("records read");
    }

    @Test
    void aDossierOutsideThePeriodsFiguresNeedsNoSuccessor() {
        // R-09 ended on 8/7/2025, before the fourth quarter's window (15/9 to 14/12/2025).
        assertThat(reportFor("2025-Q4", "--group-by", "unit")).isEqualTo(2);

        assertThat(err()).doesNotContain("X.CL").contains("12 records read: 11 accepted, 1 rejected");
    }
}
