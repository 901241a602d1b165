package io.github.motcua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CalendarCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        String[] full = new String[args.length + 1];
        full[0] = "calendar";
        System.arraycopy(args, 0, full, 1, args.length);
        return Motcua.run(full, out, err);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void isWorkingPrintsTrueOrFalse() {
        assertThat(run("is-working", "2023-01-23")).isZero();
        assertThat(out()).isEqualTo("false\n");
        out.reset();
        assertThat(run("is-working", "2024-05-04")).isZero();
        assertThat(out()).isEqualTo("true\n");
    }

    @Test
    void theCultureDayChoiceReachesTheBundled2026Row() {
        assertThat(run("is-working", "2026-11-24")).isZero();
        assertThat(out()).isEqualTo("false\n");
        out.reset();
        assertThat(run("is-working", "--no-culture-day", "2026-11-24")).isZero();
        assertThat(out()).isEqualTo("true\n");
    }

    @Test
    void addPrintsTheNthWorkingDayAfterTheDate() {
        assertThat(run("add", "2023-01-19", "1")).isZero();
        assertThat(out()).isEqualTo("2023-01-27\n");
    }

    @Test
    void betweenPrintsTheWorkingDaysAfterStartUpToEnd() {
        assertThat(run("between", "2023-01-19", "2023-01-27")).isZero();
        assertThat(out()).isEqualTo("1\n");
    }

    @Test
    void holidaysPrintsOneTabSeparatedLinePerEntry() {
        assertThat(run("holidays", "2024")).isZero();
        String[] lines = out().split("\n");

        assertThat(lines).hasSize(13);
        assertThat(lines[0])
                .startsWith("2024-01-01\tPUBLIC_HOLIDAY\tTết Dương lịch\t")
                .endsWith("\tPUBLISHED");
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("2024-05-04\tMAKE_UP_WORKING_DAY\t"));
        assertThat(lines).allSatisfy(line -> assertThat(line.split("\t")).hasSize(5));
    }

    @Test
    void holidaysOfAYearOutsideTheCalendarIsAUsageError() {
        assertThat(run("holidays", "2040")).isEqualTo(1);
        assertThat(err())
                .startsWith("Year 2040 is outside the calendar, 2013 to 2035")
                .contains("Usage: motcua calendar holidays");
    }

    @Test
    void lunarPrintsTheLunarDateAndMarksALeapMonth() {
        assertThat(run("lunar", "2023-01-22")).isZero();
        assertThat(out()).isEqualTo("2023-01-01\n");
        out.reset();
        assertThat(run("lunar", "2023-03-22")).isZero();
        assertThat(out()).isEqualTo("2023-02-01 leap\n");
    }

    @Test
    void solarConvertsALunarDateWithOrWithoutLeap() {
        assertThat(run("solar", "2023-03-10")).isZero();
        assertThat(out()).isEqualTo("2023-04-29\n");
        out.reset();
        assertThat(run("solar", "2023-02-01", "--leap")).isZero();
        assertThat(out()).isEqualTo("2023-03-22\n");
    }

    @Test
    void exportPrintsCsvWithWorkingDayOrdinals() {
        assertThat(run("export", "--from", "2023-01-19", "--to", "2023-01-27")).isZero();
        String[] lines = out().split("\n");

        assertThat(lines).hasSize(10);
        assertThat(lines[0]).isEqualTo("date,working,working_day_ordinal");
        assertThat(lines[1]).startsWith("2023-01-19,true,");
        assertThat(lines[2]).startsWith("2023-01-20,false,");
        assertThat(lines[9]).startsWith("2023-01-27,true,");
        int first = Integer.parseInt(lines[1].split(",")[2]);
        int last = Integer.parseInt(lines[9].split(",")[2]);
        assertThat(last - first).isEqualTo(1);
    }

    @Test
    void exportToBeforeFromIsAUsageErrorShownWithExportsUsage() {
        assertThat(run("export", "--from", "2023-02-01", "--to", "2023-01-01")).isEqualTo(1);
        assertThat(err())
                .startsWith("--to 2023-01-01 is before --from 2023-02-01")
                .contains("Usage: motcua calendar export");
        assertThat(out()).isEmpty();
    }

    @Test
    void aDateOutsideTheCalendarIsOneLineOnStandardErrorAndExitCodeOne() {
        assertThat(run("add", "2012-12-31", "3")).isEqualTo(1);
        assertThat(err())
                .isEqualTo("motcua calendar add: working calendar: 2012-12-31 is outside the supported range"
                        + " 2013-05-01 to 2035-12-31\n");
        assertThat(out()).isEmpty();
    }

    @Test
    void aMalformedDateIsAUsageErrorWithExitCodeOne() {
        assertThat(run("is-working", "2023-13-01")).isEqualTo(1);
        assertThat(err()).contains("Invalid value for positional parameter").contains("Usage: motcua calendar");
    }

    @Test
    void aLunarDateThatDoesNotExistIsAnErrorWithExitCodeOne() {
        assertThat(run("solar", "2024-03-01", "--leap")).isEqualTo(1);
        assertThat(err())
                .isEqualTo("motcua calendar solar: lunar date 2024-03-01 leap does not exist: 2024 has no leap month 3;"
                        + " it has no leap month\n");
        assertThat(run("solar", "2024-3-1")).isEqualTo(1);
        assertThat(err())
                .contains("Invalid lunar date '2024-3-1': expected YYYY-MM-DD")
                .contains("Usage: motcua calendar solar");
    }
}
