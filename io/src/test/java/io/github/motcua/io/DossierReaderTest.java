package io.github.motcua.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import io.github.motcua.InvalidValueException;
import io.github.motcua.dossier.Dossier;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every bad record is rejected once, with its number, column and reason; every good one is accepted. */
class DossierReaderTest {
    private static final String HEADER =
            "id,procedure_code,receiving_unit_code,resolving_unit_code,channel,received_at,"
                    + "outcome,result_ready_at,returned_at,excusal_code,excusal_text";

    private static String row(String id, String unit, String channel, String received, String returned, String code) {
        return id + ",1.000001,U1," + unit + "," + channel + "," + received + ",RESOLVED,," + returned + "," + code
                + "," + (code.isEmpty() ? "" : "Mất điện");
    }

    private static final String GOOD_RECEIVED = "2023-03-01T08:00:00+07:00";
    private static final String GOOD_RETURNED = "2023-03-03T10:00:00+07:00";

    /** One of every kind of bad record, between good ones. */
    private static byte[] badInput() throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        List<String> lines = List.of(
                HEADER,
                row("D01", "U1", "DIRECT", GOOD_RECEIVED, GOOD_RETURNED, ""), // 1 good
                row("D02", "U1", "DIRECT", "2023-02-30T08:00:00", GOOD_RETURNED, ""), // 2 bad date
                row("D03", "U1", "DIRECT", GOOD_RECEIVED, "2023-02-28T10:00:00+07:00", ""), // 3 end before receipt
                row("D04", "U1", "FAX", GOOD_RECEIVED, GOOD_RETURNED, ""), // 4 unknown channel
                row("", "U1", "DIRECT", GOOD_RECEIVED, GOOD_RETURNED, ""), // 5 missing id
                row("D01", "U1", "DIRECT", GOOD_RECEIVED, GOOD_RETURNED, ""), // 6 duplicate id
                "D07,1.000001,U1", // 7 wrong column count
                "INVALID-UTF-8", // 8 placeholder, replaced by bytes below
                row("D09", "UX", "DIRECT", GOOD_RECEIVED, GOOD_RETURNED, ""), // 9 unknown unit
                row("D10", "U1", "DIRECT", GOOD_RECEIVED, GOOD_RETURNED, "=HYPERLINK(\"http://x\")"), // 10 formula
                row("D11", "U1", "DIRECT", GOOD_RECEIVED, GOOD_RETURNED, "LONG")
                        .replace("Mất điện", "x".repeat(70_000)),
                row("D12", "U1", "ONLINE", "2023-03-01T08:00:00", "2023-03-03T10:00:00", "BQ"), // 12 good, local times
                row("D13", "U1", "POSTAL", GOOD_RECEIVED, GOOD_RETURNED, "'-1")); // 13 good, neutralised cell
        for (String line : lines) {
            if (line.equals("INVALID-UTF-8")) {
                file.write(row("D08", "U1", "DIRECT", GOOD_RECEIVED, GOOD_RETURNED, "BQ")
                        .replace("Mất điện", "M?t")
                        .getBytes(StandardCharsets.UTF_8));
                byte[] written = file.toByteArray();
                written[written.length - 2] = (byte) 0xC3; // "M?t" becomes M, 0xC3, t: not UTF-8
                file.reset();
                file.write(written);
            } else {
                file.write(line.getBytes(StandardCharsets.UTF_8));
            }
            file.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        return file.toByteArray();
    }

    @Test
    void eachKindOfBadRecordIsRejectedOnceAndEveryGoodRecordIsAccepted() throws IOException {
        List<Dossier> accepted = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();

        ReadSummary summary = DossierReader.builder(DossierFormat.CSV)
                .units(List.of("U1"))
                .build()
                .read(new ByteArrayInputStream(badInput()), accepted::add, rejected::add);

        assertThat(accepted).extracting(Dossier::id).containsExactly("D01", "D12", "D13");
        assertThat(accepted.get(2).excusal().orElseThrow().reasonCode()).isEqualTo("-1");
        assertThat(rejected)
                .extracting(Rejection::record, Rejection::line, Rejection::column)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2L, 3L, "received_at"),
                        org.assertj.core.groups.Tuple.tuple(3L, 4L, "returned_at"),
                        org.assertj.core.groups.Tuple.tuple(4L, 5L, "channel"),
                        org.assertj.core.groups.Tuple.tuple(5L, 6L, "id"),
                        org.assertj.core.groups.Tuple.tuple(6L, 7L, "id"),
                        org.assertj.core.groups.Tuple.tuple(7L, 8L, ""),
                        org.assertj.core.groups.Tuple.tuple(8L, 9L, ""),
                        org.assertj.core.groups.Tuple.tuple(9L, 10L, "resolving_unit_code"),
                        org.assertj.core.groups.Tuple.tuple(10L, 11L, "excusal_code"),
                        org.assertj.core.groups.Tuple.tuple(11L, 12L, ""));
        assertThat(rejected)
                .extracting(Rejection::reason)
                .satisfiesExactly(
                        date -> assertThat(date).startsWith("an ISO-8601 instant"),
                        end -> assertThat(end).contains("receivedAt"),
                        channel -> assertThat(channel).isEqualTo("one of [DIRECT, ONLINE, POSTAL]"),
                        id -> assertThat(id).isEqualTo("a value is required"),
                        duplicate -> assertThat(duplicate)
                                .isEqualTo("a dossier with this id was already accepted from the file"),
                        count -> assertThat(count).startsWith("3 cells where the header has 11"),
                        utf8 -> assertThat(utf8).startsWith("the text is not UTF-8"),
                        unit -> assertThat(unit).isEqualTo("no unit has this code in the units file"),
                        formula -> assertThat(formula).contains("formula"),
                        length -> assertThat(length).isEqualTo("the record is longer than 65536 bytes"));
        assertThat(rejected.get(0).value()).isEqualTo("2023-02-30T08:00:00");
        assertThat(summary).isEqualTo(new ReadSummary(13, 3, 10));
        assertThat(summary).hasToString("13 records read: 3 accepted, 10 rejected");
    }

    @Test
    void strictModeStopsAtTheFirstRejection() {
        DossierReader strict =
                DossierReader.builder(DossierFormat.CSV).strict(true).build();

        assertThatThrownBy(() -> strict.read(new ByteArrayInputStream(badInput()), dossier -> {}, rejection -> {}))
                .isInstanceOf(RejectedRecordException.class)
                .hasMessageStartingWith("record 2 (line 3), column received_at, value '2023-02-30T08:00:00'")
                .asInstanceOf(type(InvalidValueException.class))
                .returns("2", InvalidValueException::valueId)
                .returns("received_at", InvalidValueException::field)
                .returns("2023-02-30T08:00:00", InvalidValueException::value);
    }

    @Test
    void jsonLinesRecordsAreRejectedWithTheFieldAtFault() throws IOException {
        String good = "{\"id\":\"J1\",\"procedureCode\":\"1.000001\",\"receivingUnitCode\":\"U1\","
                + "\"resolvingUnitCode\":\"U1\",\"channel\":\"DIRECT\",\"receivedAt\":\"2023-03-01T08:00:00\"}";
        String file = String.join(
                "\n",
                good,
                good.replace("J1", "J2").replace("\"DIRECT\"", "\"FAX\""),
                good.replace("J1", "J3").replace("}", ",\"colour\":\"red\"}"),
                "{\"id\": ",
                good,
                good.replace("J1", "J6").replace("\"channel\"", "\"outcome\":\"RESOLVED\",\"channel\""));
        List<Rejection> rejected = new ArrayList<>();

        ReadSummary summary = DossierReader.builder(DossierFormat.JSON_LINES)
                .build()
                .read(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), dossier -> {}, rejected::add);

        assertThat(summary).isEqualTo(new ReadSummary(6, 1, 5));
        assertThat(rejected).extracting(Rejection::record).containsExactly(2L, 3L, 4L, 5L, 6L);
        assertThat(rejected).extracting(Rejection::column).containsExactly("channel", "colour", "", "id", "outcome");
        assertThat(rejected.get(4).reason()).contains("resultReadyAt or returnedAt");
    }

    @Test
    void aHeaderWithAnUnknownColumnStopsTheRead() {
        byte[] file = "id,procedure_code,colour\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> DossierReader.builder(DossierFormat.CSV)
                        .build()
                        .read(new ByteArrayInputStream(file), dossier -> {}, rejection -> {}))
                .isInstanceOf(MalformedFileException.class)
                .hasMessageContaining("unknown column 'colour'");
    }

    @Test
    void jsonLinesReadAsCsvStopAtTheHeaderSayingSoInPlainWords() {
        byte[] file = "{\"id\":\"H-1\",\"channel\":\"DIRECT\"}\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> DossierReader.builder(DossierFormat.CSV)
                        .build()
                        .read(new ByteArrayInputStream(file), dossier -> {}, rejection -> {}))
                .isInstanceOf(MalformedFileException.class)
                .hasMessage("line 1, the header: the line is a JSON object, not column names; the file looks like"
                        + " JSON Lines, to be read as JSON Lines (.jsonl)");
    }

    @Test
    void aHeaderWithoutARequiredColumnStopsTheRead() {
        byte[] file = "id,procedure_code\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> DossierReader.builder(DossierFormat.CSV)
                        .build()
                        .read(new ByteArrayInputStream(file), dossier -> {}, rejection -> {}))
                .isInstanceOf(MalformedFileException.class)
                .hasMessageContaining("the required column 'receiving_unit_code' is missing");
    }

    @Test
    void theWriterNeutralisesCellsASpreadsheetWouldRunAsFormulas() throws IOException {
        Dossier dossier = io.github.motcua.testkit.MotcuaArbitraries.dossiers().sample();
        Dossier risky = Dossier.builder().from(dossier).id("=1+1").build();

        String csv = new String(
                DossierFileRoundTripProperties.written(DossierFormat.CSV, List.of(risky)), StandardCharsets.UTF_8);

        assertThat(csv.lines().skip(1).findFirst().orElseThrow()).startsWith("\"'=1+1\",");
    }

    private static ReadSummary readCsv(String text, List<Rejection> rejected, List<Dossier> accepted)
            throws IOException {
        return DossierReader.builder(DossierFormat.CSV)
                .build()
                .read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), accepted::add, rejected::add);
    }

    @Test
    void aStrayQuoteOrALoneCarriageReturnRejectsItsRecordAndLosesNoOther() throws IOException {
        String file = HEADER + "\n"
                + row("D01", "U1", "DIRECT", GOOD_RECEIVED, GOOD_RETURNED, "BQ").replace("Mất điện", "ống 12\" dài")
                + "\n"
                + row("D02", "U1", "DIRECT", GOOD_RECEIVED, GOOD_RETURNED, "BQ").replace("Mất điện", "a\rb")
                + "\n"
                + row("D03", "U1", "DIRECT", GOOD_RECEIVED, GOOD_RETURNED, "") + "\n";
        List<Rejection> rejected = new ArrayList<>();
        List<Dossier> accepted = new ArrayList<>();

        ReadSummary summary = readCsv(file, rejected, accepted);

        assertThat(summary).isEqualTo(new ReadSummary(3, 2, 1));
        assertThat(accepted).extracting(Dossier::id).containsExactly("D01", "D03");
        assertThat(accepted.get(0).excusal().orElseThrow().reasonText()).isEqualTo("ống 12\" dài");
        assertThat(rejected.get(0).record()).isEqualTo(2);
        assertThat(rejected.get(0).reason()).contains("splits this record in two");
    }

    @Test
    void aQuoteNeverClosedRejectsItsLineAloneAndTheLinesAfterItAreReadAgain() throws IOException {
        String file = HEADER + "\n"
                + row("D01", "U1", "DIRECT", GOOD_RECEIVED, GOOD_RETURNED, "BQ").replace("Mất điện", "\"không đóng")
                + "\n" + row("D02", "U1", "DIRECT", GOOD_RECEIVED, GOOD_RETURNED, "") + "\n";
        List<Rejection> rejected = new ArrayList<>();

        ReadSummary summary = readCsv(file, rejected, new ArrayList<>());

        assertThat(summary).as("D02 is read again as a record of its own").isEqualTo(new ReadSummary(2, 1, 1));
        assertThat(rejected.get(0).reason())
                .isEqualTo("a quote opened on this line is never closed, so the record is read as this line alone"
                        + " and the lines after it as records of their own");
        assertThat(rejected.get(0).line()).isEqualTo(2);
    }

    /**
     * A quote typed by mistake at the start of D01's excusal text, and an inch mark at the end of
     * D02's: together they make one valid CSV record of D01 with D02's line inside its text.
     */
    private static String twoStrayQuotesAtOneColumn() {
        return HEADER + "\n"
                + row("D01", "U1", "DIRECT", GOOD_RECEIVED, GOOD_RETURNED, "BQ").replace("Mất điện", "\"Mất điện")
                + "\n"
                + row("D02", "U1", "DIRECT", GOOD_RECEIVED, GOOD_RETURNED, "BQ").replace("Mất điện", "ống 12\"")
                + "\n"
                + row("D03", "U1", "DIRECT", GOOD_RECEIVED, GOOD_RETURNED, "") + "\n";
    }

    @Test
    void twoStrayQuotesThatCloseEachOtherAtOneColumnAreAValidMultiLineCellByDefault() throws IOException {
        List<Rejection> rejected = new ArrayList<>();
        List<Dossier> accepted = new ArrayList<>();

        ReadSummary summary = readCsv(twoStrayQuotesAtOneColumn(), rejected, accepted);

        assertThat(summary).as("RFC 4180 reads it so: D02 is inside D01's text").isEqualTo(new ReadSummary(2, 2, 0));
        assertThat(accepted).extracting(Dossier::id).containsExactly("D01", "D03");
        assertThat(accepted.get(0).excusal().orElseThrow().reasonText()).startsWith("Mất điện\nD02,");
    }

    @Test
    void readingEveryRecordAsOneLineRejectsTheOpeningLineAndReadsTheSwallowedRecordAgain(@TempDir Path dir)
            throws IOException {
        List<Rejection> rejected = new ArrayList<>();
        List<Dossier> accepted = new ArrayList<>();
        Path file = Files.writeString(dir.resolve("quotes.csv"), twoStrayQuotesAtOneColumn(), StandardCharsets.UTF_8);

        ReadSummary summary = DossierReader.builder(DossierFormat.CSV)
                .lineFeedsInCells(false)
                .build()
                .read(Files.newInputStream(file), accepted::add, rejected::add);
        List<Rejection> rejectedInRanges = new ArrayList<>();
        ReadResult<List<Dossier>> inRanges = DossierReader.builder(DossierFormat.CSV)
                .lineFeedsInCells(false)
                .threads(2)
                .rangeBytes(40)
                .build()
                .read(file, dossier -> dossier, Collectors.toList(), rejectedInRanges::add);

        assertThat(summary).isEqualTo(new ReadSummary(3, 2, 1));
        assertThat(accepted).extracting(Dossier::id).containsExactly("D02", "D03");
        assertThat(accepted.get(0).excusal().orElseThrow().reasonText()).isEqualTo("ống 12\"");
        assertThat(rejected)
                .singleElement()
                .satisfies(rejection -> assertThat(rejection.line()).isEqualTo(2))
                .satisfies(rejection -> assertThat(rejection.reason())
                        .startsWith("a quote opened on this line is not closed on it, and a cell may not hold a line"
                                + " feed in this read, so the record is read as this line alone"));
        assertThat(inRanges.result()).containsExactlyElementsOf(accepted);
        assertThat(rejectedInRanges).containsExactlyElementsOf(rejected);
        assertThat(inRanges.summary()).isEqualTo(summary);
    }

    private static Path manyGoodDossiers(Path dir) throws IOException {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < 200; i++) {
            csv.append(row("G" + i, "U1", "DIRECT", GOOD_RECEIVED, GOOD_RETURNED, ""))
                    .append('\n');
        }
        return Files.writeString(dir.resolve("good.csv"), csv, StandardCharsets.UTF_8);
    }

    @Test
    void aFailureOfTheMapperInOneRangeOfAParallelReadReachesTheCaller(@TempDir Path dir) throws IOException {
        Path file = manyGoodDossiers(dir);
        DossierReader reader = DossierReader.builder(DossierFormat.CSV)
                .threads(3)
                .rangeBytes(500)
                .build();

        assertThatThrownBy(() -> reader.read(
                        file,
                        dossier -> {
                            if (dossier.id().equals("G150")) {
                                throw new IllegalStateException("the caller's own failure");
                            }
                            return dossier;
                        },
                        Collectors.toList(),
                        rejection -> {}))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the caller's own failure");
    }

    @Test
    void aStrictParallelReadStopsAtTheFirstRejectionInFileOrderWithItsFileNumbers(@TempDir Path dir)
            throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(manyGoodDossiers(dir)));
        lines.set(120, lines.get(120).replace("DIRECT", "FAX"));
        lines.set(180, lines.get(180).replace("DIRECT", "FAX"));
        Path file = Files.write(dir.resolve("two-bad.csv"), lines);
        DossierReader reader = DossierReader.builder(DossierFormat.CSV)
                .strict(true)
                .threads(3)
                .rangeBytes(500)
                .build();

        assertThatThrownBy(() -> reader.read(file, dossier -> dossier, Collectors.toList(), rejection -> {}))
                .isInstanceOf(RejectedRecordException.class)
                .hasMessageContaining("record 120 (line 121), column channel");
    }

    @Test
    void cellsWithLeadingOrTrailingSpacesAreKeptAsWritten() throws IOException {
        Dossier dossier = io.github.motcua.testkit.MotcuaArbitraries.dossiers().sample();
        Dossier spaced = Dossier.builder()
                .from(dossier)
                .excusal(io.github.motcua.dossier.DossierExcusal.of(" =1", "trailing "))
                .build();
        List<Dossier> read = new ArrayList<>();

        DossierReader.builder(DossierFormat.CSV)
                .strict(true)
                .build()
                .read(
                        new ByteArrayInputStream(
                                DossierFileRoundTripProperties.written(DossierFormat.CSV, List.of(spaced))),
                        read::add,
                        rejection -> {});

        assertThat(read).containsExactly(spaced);
    }

    @Test
    void aJsonLineThatIsNullIsRejected() throws IOException {
        List<Rejection> rejected = new ArrayList<>();

        ReadSummary summary = DossierReader.builder(DossierFormat.JSON_LINES)
                .build()
                .read(
                        new ByteArrayInputStream("null\n".getBytes(StandardCharsets.UTF_8)),
                        dossier -> {},
                        rejected::add);

        assertThat(summary).isEqualTo(new ReadSummary(1, 0, 1));
        assertThat(rejected.get(0).reason()).isEqualTo("a JSON object is expected");
    }

    @Test
    void aFileReadInRangesGivesTheSameRecordsAsOneThreadEvenWhenRangesStartInsideQuotedLineFeeds(@TempDir Path dir)
            throws IOException {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < 40; i++) {
            csv.append(row("Q" + i, "U1", "DIRECT", GOOD_RECEIVED, GOOD_RETURNED, "BQ")
                            .replace("Mất điện", "\"Mất\nđiện\n\n" + "x".repeat(i) + "\""))
                    .append('\n');
        }
        Path file = Files.writeString(dir.resolve("quoted.csv"), csv, StandardCharsets.UTF_8);
        List<Dossier> oneThread = new ArrayList<>();
        DossierReader.builder(DossierFormat.CSV).build().read(Files.newInputStream(file), oneThread::add, r -> {});
        List<Rejection> rejected = new ArrayList<>();

        ReadResult<List<Dossier>> inRanges = DossierReader.builder(DossierFormat.CSV)
                .threads(3)
                .rangeBytes(50)
                .build()
                .read(file, dossier -> dossier, Collectors.toList(), rejected::add);

        assertThat(oneThread).hasSize(40);
        assertThat(oneThread.get(7).excusal().orElseThrow().reasonText()).isEqualTo("Mất\nđiện\n\nxxxxxxx");
        assertThat(inRanges.result()).containsExactlyElementsOf(oneThread);
        assertThat(rejected).isEmpty();
        assertThat(inRanges.summary()).isEqualTo(new ReadSummary(40, 40, 0));
    }

    @Test
    void theProgressOfAFileReadInRangesCountsEachByteOnceWhenRangesStartInsideQuotedLineFeeds(@TempDir Path dir)
            throws IOException {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < 40; i++) {
            csv.append(row("Q" + i, "U1", "DIRECT", GOOD_RECEIVED, GOOD_RETURNED, "BQ")
                            .replace("Mất điện", "\"Mất\nđiện\n\n" + "x".repeat(i) + "\""))
                    .append('\n');
        }
        Path file = Files.writeString(dir.resolve("quoted.csv"), csv, StandardCharsets.UTF_8);
        LongAdder progress = new LongAdder();

        ReadResult<Long> read = DossierReader.builder(DossierFormat.CSV)
                .threads(3)
                .rangeBytes(50)
                .progress(progress::add)
                .build()
                .read(file, dossier -> dossier, Collectors.counting(), rejection -> {});

        assertThat(read.result()).isEqualTo(40);
        assertThat(progress.sum()).isEqualTo(Files.size(file));
    }

    @Test
    void aFileReadInRangesRejectsTheSameRecordsWithTheSameNumbersAsOneThread(@TempDir Path dir) throws IOException {
        Path file = Files.write(dir.resolve("bad.csv"), badInput());
        List<Rejection> oneThread = new ArrayList<>();
        DossierReader.builder(DossierFormat.CSV)
                .units(List.of("U1"))
                .build()
                .read(Files.newInputStream(file), dossier -> {}, oneThread::add);
        List<Rejection> rejected = new ArrayList<>();

        ReadResult<List<String>> inRanges = DossierReader.builder(DossierFormat.CSV)
                .units(List.of("U1"))
                .threads(2)
                .rangeBytes(64)
                .build()
                .read(file, Dossier::id, Collectors.toList(), rejected::add);

        assertThat(inRanges.result()).containsExactly("D01", "D12", "D13");
        assertThat(rejected).hasSize(10).containsExactlyElementsOf(oneThread);
        assertThat(inRanges.summary()).isEqualTo(new ReadSummary(13, 3, 10));
    }

    @Test
    void aQuotedCellWithDoubledQuotesAndALineFeedReadsBackInOneThreadAndInRanges(@TempDir Path dir) throws IOException {
        List<Dossier> dossiers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            dossiers.add(Dossier.builder()
                    .id("Q" + i)
                    .procedureCode("1.000001")
                    .receivingUnitCode("U1")
                    .resolvingUnitCode("U1")
                    .channel(io.github.motcua.dossier.Channel.DIRECT)
                    .receivedAt(java.time.Instant.parse("2023-03-01T01:00:00Z"))
                    .excusal(io.github.motcua.dossier.DossierExcusal.of("BQ", "Mất điện \"diện rộng\"\nkéo dài " + i))
                    .build());
        }
        Path file = dir.resolve("quotes.csv");
        Files.write(file, DossierFileRoundTripProperties.written(DossierFormat.CSV, dossiers));
        List<Dossier> oneThread = new ArrayList<>();

        DossierReader.builder(DossierFormat.CSV)
                .strict(true)
                .build()
                .read(Files.newInputStream(file), oneThread::add, r -> {});
        ReadResult<List<Dossier>> inRanges = DossierReader.builder(DossierFormat.CSV)
                .strict(true)
                .threads(2)
                .rangeBytes(100)
                .build()
                .read(file, dossier -> dossier, Collectors.toList(), r -> {});

        assertThat(oneThread).containsExactlyElementsOf(dossiers);
        assertThat(inRanges.result()).containsExactlyElementsOf(dossiers);
    }

    @Test
    void aRecordOfExactlyTheLimitIsAcceptedWhereverTheStreamBreaksItsReads() throws IOException {
        String header =
                "id,procedure_code,receiving_unit_code,resolving_unit_code,channel,received_at,excusal_code,excusal_text";
        String start = "D1,1.000001,U1,U1,DIRECT,2023-03-01T08:00:00+07:00,BQ,";
        String record = start + "x".repeat(300 - start.length());
        byte[] file = (header + "\r\n" + record + "\r\n").getBytes(StandardCharsets.UTF_8);
        for (int chunk = 1; chunk < file.length; chunk += 7) {
            int size = chunk;
            java.io.InputStream in = new java.io.FilterInputStream(new ByteArrayInputStream(file)) {
                @Override
                public int read(byte[] bytes, int offset, int length) throws IOException {
                    return super.read(bytes, offset, Math.min(length, size));
                }
            };
            List<Dossier> accepted = new ArrayList<>();
            ReadSummary summary = DossierReader.builder(DossierFormat.CSV)
                    .maxRecordBytes(300)
                    .build()
                    .read(in, accepted::add, rejection -> {});
            assertThat(summary).as("reads of %d bytes", size).isEqualTo(new ReadSummary(1, 1, 0));
        }
    }
}
