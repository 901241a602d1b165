package io.github.motcua.io;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.jspecify.annotations.Nullable;

/**
 * The non-blank rows of one sheet of an Excel workbook (.xlsx), read as they are asked for from the
 * sheet's XML, so that a sheet of any length reads in the same memory (the workbook's shared
 * strings excepted, which Excel keeps in one table). A cell formatted as a date is given as text in
 * the mapping's time pattern; a number as its plain digits; other cells as their text, in NFC.
 */
final class SheetRows extends ExportRows {
    private final OPCPackage workbook;
    private final InputStream sheet;
    private final XMLStreamReader xml;
    private final ReadOnlySharedStringsTable strings;
    private final StylesTable styles;
    private final DateTimeFormatter times;

    /**
     * Opens a sheet.
     *
     * @param counted wraps the sheet's XML stream, such as to count its bytes for a progress line
     */
    SheetRows(Path file, @Nullable String sheetName, DateTimeFormatter times, UnaryOperator<InputStream> counted)
            throws IOException {
        this.times = times;
        try {
            this.workbook = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException | IllegalArgumentException e) {
            throw new MalformedFileException(file + " is not an Excel workbook (.xlsx): " + e.getMessage());
        }
        try {
            XSSFReader reader = new XSSFReader(workbook);
            this.strings = new ReadOnlySharedStringsTable(workbook);
            this.styles = reader.getStylesTable();
            this.sheet = counted.apply(sheet(reader, sheetName));
            XMLInputFactory factory = XMLInputFactory.newFactory();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            this.xml = factory.createXMLStreamReader(sheet);
        } catch (OpenXML4JException | XMLStreamException | org.xml.sax.SAXException e) {
            workbook.revert();
            throw new MalformedFileException(file + " cannot be read as an Excel workbook: " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            workbook.revert();
            throw e;
        }
    }

    private static InputStream sheet(XSSFReader reader, @Nullable String name) throws IOException, OpenXML4JException {
        XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
        List<String> names = new ArrayList<>();
        while (sheets.hasNext()) {
            InputStream sheet = sheets.next();
            if (name == null || sheets.getSheetName().equals(name)) {
                return sheet;
            }
            names.add(sheets.getSheetName());
            sheet.close();
        }
        throw new MalformedFileException(
                name == null
                        ? "the workbook has no sheet"
                        : "the workbook has no sheet named '" + name + "'; its sheets are " + String.join(", ", names));
    }

    @Override
    ExportReader.@Nullable Row read() {
        try {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT
                        && xml.getLocalName().equals("row")) {
                    long line = Long.parseLong(Objects.requireNonNull(xml.getAttributeValue(null, "r"), "r"));
                    List<String> cells = row();
                    if (cells.stream().anyMatch(cell -> !cell.isBlank())) {
                        return new ExportReader.Row(line, List.copyOf(cells));
                    }
                }
            }
            return null;
        } catch (XMLStreamException e) {
            throw new MalformedFileException("the sheet's XML cannot be read: " + e.getMessage());
        }
    }

    /** Reads a row's cells up to its end; cells the sheet leaves out are empty. */
    private List<String> row() throws XMLStreamException {
        List<String> cells = new ArrayList<>();
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("row")) {
                return cells;
            }
            if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("c")) {
                String reference = xml.getAttributeValue(null, "r");
                int column = reference == null ? cells.size() : new CellReference(reference).getCol();
                while (cells.size() < column) {
                    cells.add("");
                }
                String type = xml.getAttributeValue(null, "t");
                String style = xml.getAttributeValue(null, "s");
                cells.add(Normalizer.normalize(cell(type, style), Normalizer.Form.NFC));
            }
        }
        return cells;
    }

    /** Reads a cell's value up to its end, as text. */
    private String cell(@Nullable String type, @Nullable String style) throws XMLStreamException {
        StringBuilder value = new StringBuilder();
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("c")) {
                break;
            }
            if (event == XMLStreamConstants.START_ELEMENT
                    && (xml.getLocalName().equals("v") || xml.getLocalName().equals("t"))) {
                value.append(xml.getElementText());
            }
        }
        String text = value.toString();
        if (text.isEmpty()) {
            return "";
        }
        if ("s".equals(type)) {
            return strings.getItemAt(Integer.parseInt(text.strip())).getString();
        }
        if (type == null || type.equals("n")) {
            return number(text, style);
        }
        return text;
    }

    /** A number as the plain digits of its value, or a date-formatted number in the mapping's time pattern. */
    private String number(String text, @Nullable String style) {
        double value = Double.parseDouble(text);
        if (style != null) {
            XSSFCellStyle cellStyle = styles.getStyleAt(Integer.parseInt(style));
            if (cellStyle != null
                    && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString())
                    && DateUtil.isValidExcelDate(value)) {
                return times.format(DateUtil.getLocalDateTime(value));
            }
        }
        return new BigDecimal(text).stripTrailingZeros().toPlainString();
    }

    @Override
    public void close() throws IOException {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        } finally {
            sheet.close();
            workbook.revert();
        }
    }
}
