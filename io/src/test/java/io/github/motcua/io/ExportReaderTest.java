package io.github.motcua.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.motcua.dossier.Dossier;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A one-stop system's own CSV export, read through a mapping with the file readers' checks. */
class ExportReaderTest {
    private static final Path SAMPLES = Path.of("..", "docs", "samples");
    private static final Charset WINDOWS_1258 = Charset.forName("windows-1258");

    private static ExportMapping sampleMapping() throws IOException {
        try (InputStream in = Files.newInputStream(SAMPLES.resolve("vendor-csv/mapping.json"))) {
            return ExportMapping.read(in);
        }
    }

    private static ReadSummary read(
            ExportMapping mapping, byte[] export, List<Dossier> accepted, List<Rejection> rejected) throws IOException {
        return ExportReader.of(mapping)
                .read(
                        new ByteArrayInputStream(export),
                        DossierReader.forRecords().build(),
                        accepted::add,
                        rejected::add);
    }

    /** The fields an export holds, as text, to compare with the native sample's. */
    private static String fields(Dossier dossier) {
        return String.join(
                "|",
                dossier.id(),
                dossier.procedureCode(),
                dossier.receivingUnitCode(),
                dossier.resolvingUnitCode(),
                dossier.channel().name(),
                dossier.receivedAt().toString(),
                dossier.appointmentDate().map(Object::toString).orElse(""),
                dossier.outcome().map(Enum::name).orElse(""),
                dossier.resultReadyAt().map(Object::toString).orElse(""),
                dossier.returnedAt().map(Object::toString).orElse(""));
    }

    @Test
    void theSampleExportHoldsTheNativeSamplesDossiers() throws IOException {
        List<Dossier> exported = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        List<Dossier> sample = new ArrayList<>();
        try (InputStream in = Files.newInputStream(SAMPLES.resolve("dossiers.csv"))) {
            DossierReader.builder(DossierFormat.CSV).build().read(in, sample::add, r -> {});
        }

        ReadSummary summary =
                read(sampleMapping(), Files.readAllBytes(SAMPLES.resolve("vendor-csv/export.csv")), exported, rejected);

        assertThat(summary).isEqualTo(new ReadSummary(5, 5, 0));
        assertThat(exported.stream().map(ExportReaderTest::fields))
                .containsExactlyElementsOf(
                        sample.stream().map(ExportReaderTest::fields).toList());
    }

    /** A commune's export: a title, a blank line, then the header; windows-1258; the unit as a constant. */
    private static final String COMMUNE_EXPORT = String.join(
            "\r\n",
            "BÁO CÁO TÌNH HÌNH GIẢI QUYẾT HỒ SƠ - XÃ MƯỜNG É",
            ",,,",
            "Số hồ sơ,Thủ tục,Kênh,Tiếp nhận lúc,Tình trạng,Trả lúc",
            "HS-Mường-1,MC.X01,Trực tiếp,05/01/2023 08:30,Đã trả kết quả,06/01/2023 10:00",
            "HS-Mường-2,MC.X01,Qua mạng,05/01/2023 08:30,Đang xử lý,",
            "HS-Mường-3,MC.X01,Trực tiếp,31/02/2023 08:30,Đang xử lý,",
            "HS-Mường-4,MC.X01,Trực tiếp,05/01/2023 08:30,Chờ bổ sung,",
            ",MC.X01,Trực tiếp,05/01/2023 08:30,Đang xử lý,",
            "HS-Mường-6,MC.X01,trực  tiếp ,06/01/2023 14:00,đang xử lý,",
            "");

    private static ExportMapping communeMapping(String encoding) {
        return ExportMapping.builder()
                .encoding(encoding)
                .column(ExportMapping.Field.ID, "Số hồ sơ")
                .column(ExportMapping.Field.PROCEDURE_CODE, "Thủ tục")
                .column(ExportMapping.Field.CHANNEL, "Kênh")
                .column(ExportMapping.Field.RECEIVED_AT, "Tiếp nhận lúc")
                .column(ExportMapping.Field.STATUS, "Tình trạng")
                .column(ExportMapping.Field.RETURNED_AT, "Trả lúc")
                .constant(ExportMapping.Field.RECEIVING_UNIT_CODE, "TC.X07")
                .constant(ExportMapping.Field.RESOLVING_UNIT_CODE, "TC.X07")
                .channel("Trực tiếp", io.github.motcua.dossier.Channel.DIRECT)
                .status("Đã trả kết quả", io.github.motcua.dossier.Outcome.RESOLVED)
                .pending("Đang xử lý")
                .build();
    }

    /** Encodes as windows-1258 does: base letters with their vowel marks, tone marks as combining characters. */
    private static byte[] windows1258(String text) {
        CharsetEncoder encoder = WINDOWS_1258.newEncoder();
        StringBuilder decomposed = new StringBuilder();
        for (char c : Normalizer.normalize(text, Normalizer.Form.NFC).toCharArray()) {
            if (encoder.canEncode(c)) {
                decomposed.append(c);
                continue;
            }
            String parts = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            String tones = parts.replaceAll("[^\u0300\u0301\u0303\u0309\u0323]", "");
            decomposed
                    .append(Normalizer.normalize(
                            parts.replaceAll("[\u0300\u0301\u0303\u0309\u0323]", ""), Normalizer.Form.NFC))
                    .append(tones);
        }
        assertThat(encoder.canEncode(decomposed))
                .as("windows-1258 holds %s", decomposed)
                .isTrue();
        return decomposed.toString().getBytes(WINDOWS_1258);
    }

    @Test
    void aWindows1258ExportWithATitleGivesTheSameIdsAsUtf8AndNamesEachMistakeByItsColumn() throws IOException {
        List<Dossier> accepted = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();

        ReadSummary summary = read(communeMapping("windows-1258"), windows1258(COMMUNE_EXPORT), accepted, rejected);

        assertThat(summary).isEqualTo(new ReadSummary(6, 2, 4));
        assertThat(accepted).extracting(Dossier::id).containsExactly("HS-Mường-1", "HS-Mường-6");
        assertThat(accepted.get(0).resolvingUnitCode()).isEqualTo("TC.X07");
        assertThat(rejected)
                .extracting(Rejection::toString)
                .containsExactly(
                        "record 2 (line 5), dossier 'HS-Mường-2', column Kênh, value 'Qua mạng': not one of the"
                                + " mapping's channel words [trực tiếp]",
                        "record 3 (line 6), dossier 'HS-Mường-3', column Tiếp nhận lúc, value '31/02/2023 08:30': a"
                                + " time as dd/MM/yyyy HH:mm is expected",
                        "record 4 (line 7), dossier 'HS-Mường-4', column Tình trạng, value 'Chờ bổ sung': not one of"
                                + " the mapping's status words [đã trả kết quả, đang xử lý]",
                        "record 5 (line 8), column Số hồ sơ: required field(s) missing: id");
    }

    @Test
    void theSameExportInUtf16ReadsTheSame() throws IOException {
        List<Dossier> accepted = new ArrayList<>();

        ReadSummary summary = read(
                communeMapping("UTF-16"),
                COMMUNE_EXPORT.getBytes(StandardCharsets.UTF_16),
                accepted,
                new ArrayList<>());

        assertThat(summary).isEqualTo(new ReadSummary(6, 2, 4));
        assertThat(accepted).extracting(Dossier::id).containsExactly("HS-Mường-1", "HS-Mường-6");
    }

    @Test
    void anExportInAnotherEncodingThanTheMappingsStopsTheReadNamingTheEncoding() {
        assertThatThrownBy(() -> read(
                        communeMapping("UTF-8"), windows1258(COMMUNE_EXPORT), new ArrayList<>(), new ArrayList<>()))
                .isInstanceOf(MalformedFileException.class)
                .hasMessageStartingWith("near line 1: the export is not utf-8 text; give the file's encoding");
    }

    @Test
    void anExportWithoutTheMappingsColumnsIsRefusedNamingThem() {
        byte[] export = "Mã,Thủ tục\r\nHS-1,MC.X01\r\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> read(communeMapping("UTF-8"), export, new ArrayList<>(), new ArrayList<>()))
                .isInstanceOf(MalformedFileException.class)
                .hasMessageContaining("holds every column of the mapping (Số hồ sơ, Thủ tục, Kênh, Tiếp nhận lúc,"
                        + " Tình trạng, Trả lúc)");
    }

    @Test
    void aMappingFileWithAMistakeSaysWhichInPlainWords() {
        assertThat(mappingError("{\"columns\": {\"id\": \"Mã\"}, \"colour\": \"red\"}"))
                .startsWith("the mapping has an unknown member \"colour\"");
        assertThat(mappingError("{\"columns\": {\"identifier\": \"Mã\"}}"))
                .startsWith("the mapping names an unknown field 'identifier'");
        assertThat(mappingError("{\"columns\": {\"id\": \"Mã\"}}"))
                .isEqualTo("the mapping gives no column or constant for procedureCode, which every dossier needs");
        assertThat(mappingError("{\"encoding\": \"latin-1\"}"))
                .isEqualTo("the mapping's encoding 'latin-1' is not one of UTF-8, UTF-16, windows-1258");
        assertThat(mappingError("{\"channels\": {\"Trực tiếp\": \"BY_HAND\"}}"))
                .isEqualTo("the mapping names 'BY_HAND', which is not one of DIRECT, ONLINE, POSTAL");
        assertThat(mappingError("{\"instantPattern\": \"dd/MM/yyyy {HH}\"}"))
                .startsWith("the mapping's instantPattern 'dd/MM/yyyy {HH}' is not a date pattern");
        assertThat(mappingError("[1, 2]")).startsWith("the mapping must be one JSON object");
    }

    private static String mappingError(String json) {
        try {
            ExportMapping.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        } catch (MalformedFileException expected) {
            return expected.getMessage();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("no error for " + json);
    }

    /** A district's workbook: a summary sheet first, then the dossiers after a title and a blank row. */
    private static Path workbook(Path directory) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("Tổng hợp").createRow(0).createCell(0).setCellValue("Tổng số hồ sơ: 3");
            Sheet sheet = workbook.createSheet("Hồ sơ");
            CellStyle time = workbook.createCellStyle();
            time.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
            CellStyle day = workbook.createCellStyle();
            day.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            sheet.createRow(0).createCell(0).setCellValue("DANH SÁCH HỒ SƠ NĂM 2023");
            String[] header = {"STT", "Số hồ sơ", "Thủ tục", "Kênh", "Tiếp nhận lúc", "Hẹn trả", "Tình trạng", "Trả lúc"
            };
            Row headerRow = sheet.createRow(3);
            for (int i = 0; i < header.length; i++) {
                headerRow.createCell(i).setCellValue(header[i]);
            }
            Row first = sheet.createRow(4); // times as Excel dates
            first.createCell(0).setCellValue(1);
            first.createCell(1).setCellValue("HS-1");
            first.createCell(2).setCellValue("MC.X01");
            first.createCell(3).setCellValue("Trực tiếp");
            dated(first, 4, LocalDateTime.of(2023, 1, 5, 8, 30), time);
            dated(first, 5, LocalDateTime.of(2023, 1, 9, 0, 0), day);
            first.createCell(6).setCellValue("Đã trả kết quả");
            dated(first, 7, LocalDateTime.of(2023, 1, 6, 10, 0), time);
            Row second = sheet.createRow(5); // times as text, an id that is a number
            second.createCell(0).setCellValue(2);
            second.createCell(1).setCellValue(20230002);
            second.createCell(2).setCellValue("MC.X01");
            second.createCell(3).setCellValue("Trực tiếp");
            second.createCell(4).setCellValue("05/01/2023 14:00");
            second.createCell(6).setCellValue("Đang xử lý");
            Row third = sheet.createRow(7); // after a blank row; a status the mapping does not know
            third.createCell(1).setCellValue("HS-3");
            third.createCell(2).setCellValue("MC.X01");
            third.createCell(3).setCellValue("Trực tiếp");
            dated(third, 4, LocalDateTime.of(2023, 1, 5, 9, 0), time);
            third.createCell(6).setCellValue("Chờ bổ sung");
            Path file = directory.resolve("export.xlsx");
            try (java.io.OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
            return file;
        }
    }

    private static void dated(Row row, int column, LocalDateTime time, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(time);
        cell.setCellStyle(style);
    }

    private static ExportMapping workbookMapping() {
        return ExportMapping.builder()
                .sheet("Hồ sơ")
                .column(ExportMapping.Field.ID, "Số hồ sơ")
                .column(ExportMapping.Field.PROCEDURE_CODE, "Thủ tục")
                .column(ExportMapping.Field.CHANNEL, "Kênh")
                .column(ExportMapping.Field.RECEIVED_AT, "Tiếp nhận lúc")
                .column(ExportMapping.Field.APPOINTMENT_DATE, "Hẹn trả")
                .column(ExportMapping.Field.STATUS, "Tình trạng")
                .column(ExportMapping.Field.RETURNED_AT, "Trả lúc")
                .constant(ExportMapping.Field.RECEIVING_UNIT_CODE, "TC.X07")
                .constant(ExportMapping.Field.RESOLVING_UNIT_CODE, "TC.X07")
                .channel("Trực tiếp", io.github.motcua.dossier.Channel.DIRECT)
                .status("Đã trả kết quả", io.github.motcua.dossier.Outcome.RESOLVED)
                .pending("Đang xử lý")
                .build();
    }

    @Test
    void anExcelExportsSheetIsReadAfterItsTitleWithDateCellsAsVietnamTime(@TempDir Path directory) throws IOException {
        ExportMapping mapping = workbookMapping();
        List<Dossier> accepted = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();

        ReadSummary summary = ExportReader.of(mapping)
                .read(workbook(directory), DossierReader.forRecords().build(), accepted::add, rejected::add);

        assertThat(summary).isEqualTo(new ReadSummary(3, 2, 1));
        assertThat(accepted).extracting(Dossier::id).containsExactly("HS-1", "20230002");
        assertThat(accepted.get(0).receivedAt()).isEqualTo(java.time.Instant.parse("2023-01-05T01:30:00Z"));
        assertThat(accepted.get(0).appointmentDate()).contains(java.time.LocalDate.of(2023, 1, 9));
        assertThat(accepted.get(0).returnedAt()).contains(java.time.Instant.parse("2023-01-06T03:00:00Z"));
        assertThat(accepted.get(1).receivedAt()).isEqualTo(java.time.Instant.parse("2023-01-05T07:00:00Z"));
        assertThat(rejected)
                .extracting(Rejection::toString)
                .containsExactly("record 3 (line 8), dossier 'HS-3', column Tình trạng, value 'Chờ bổ sung': not one"
                        + " of the mapping's status words [đã trả kết quả, đang xử lý]");
    }

    @Test
    void aSheetTheWorkbookLacksIsRefusedNamingItsSheets(@TempDir Path directory) throws IOException {
        Path file = workbook(directory);
        ExportMapping mapping = ExportMapping.builder()
                .sheet("Dossiers")
                .column(ExportMapping.Field.ID, "Số hồ sơ")
                .constant(ExportMapping.Field.PROCEDURE_CODE, "MC.X01")
                .constant(ExportMapping.Field.RECEIVING_UNIT_CODE, "TC.X07")
                .constant(ExportMapping.Field.RESOLVING_UNIT_CODE, "TC.X07")
                .constant(ExportMapping.Field.CHANNEL, "DIRECT")
                .column(ExportMapping.Field.RECEIVED_AT, "Tiếp nhận lúc")
                .build();

        assertThatThrownBy(() -> ExportReader.of(mapping)
                        .read(file, DossierReader.forRecords().build(), d -> {}, r -> {}))
                .isInstanceOf(MalformedFileException.class)
                .hasMessage("the workbook has no sheet named 'Dossiers'; its sheets are Tổng hợp, Hồ sơ");
    }

    @Test
    void progressCountsACsvExportsBytesAndAWorkbooksSheet(@TempDir Path directory) throws IOException {
        java.util.concurrent.atomic.AtomicLong csvBytes = new java.util.concurrent.atomic.AtomicLong();
        java.util.concurrent.atomic.AtomicLong sheetBytes = new java.util.concurrent.atomic.AtomicLong();
        Path csv = SAMPLES.resolve("vendor-csv/export.csv");

        ExportReader.of(sampleMapping())
                .read(
                        csv,
                        DossierReader.forRecords().progress(csvBytes::addAndGet).build(),
                        d -> {},
                        r -> {});
        ExportReader.of(workbookMapping())
                .read(
                        workbook(directory),
                        DossierReader.forRecords()
                                .progress(sheetBytes::addAndGet)
                                .build(),
                        d -> {},
                        r -> {});

        assertThat(csvBytes.get()).isEqualTo(Files.size(csv));
        assertThat(sheetBytes.get()).as("the first sheet's XML").isPositive();
    }
}
