package io.github.motcua.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import io.github.motcua.InvalidValueException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class PublishedFiguresCsvTest {

    private static List<PublishedFigures> read(String text) throws IOException {
        return PublishedFiguresCsv.read(new StringReader(text));
    }

    @Test
    void columnsComeInAnyOrderAndMissingOrEmptyMeansNotPublished() throws IOException {
        List<PublishedFigures> rows = read("late,id,received,stated_on_time_percent,early\n"
                + "35,\"Thuận Châu, huyện\",3.673,\"99,75\",3356\n"
                + ",xã,9577,99.76%,\n");

        assertThat(rows).hasSize(2);
        PublishedFigures district = rows.get(0);
        assertThat(district.id()).isEqualTo("Thuận Châu, huyện");
        assertThat(district.get(Quantity.RECEIVED)).isEqualTo(OptionalLong.of(3673));
        assertThat(district.get(Quantity.LATE)).isEqualTo(OptionalLong.of(35));
        assertThat(district.get(Quantity.PENDING)).isEmpty();
        assertThat(district.statedOnTimePercent()).contains(new BigDecimal("99.75"));
        assertThat(rows.get(1).get(Quantity.LATE)).isEmpty();
        assertThat(rows.get(1).statedOnTimePercent()).contains(new BigDecimal("99.76"));
    }

    @Test
    void aByteOrderMarkFromASpreadsheetIsIgnored() throws IOException {
        assertThat(read("\uFEFFid,received\nA,12\n").get(0).get(Quantity.RECEIVED))
                .isEqualTo(OptionalLong.of(12));
    }

    @Test
    void aMalformedCellNamesItsLineColumnAndValue() {
        assertThatThrownBy(() -> read("id,received\nA,3673\nB,3.67\n"))
                .isInstanceOf(MalformedRowException.class)
                .hasMessage(
                        "line 3, column received: '3.67' is not a count such as 3673 or 3.673, of at most 15 digits")
                .asInstanceOf(type(InvalidValueException.class))
                .returns("line 3", InvalidValueException::valueId)
                .returns("received", InvalidValueException::field)
                .returns("3.67", InvalidValueException::value);
        assertThatThrownBy(() -> read("id,stated_late_percent\nA,abc\n"))
                .isInstanceOf(MalformedRowException.class)
                .hasMessage("line 2, column stated_late_percent: 'abc' is not a percentage such as 99.75 or 99,75");
    }

    @Test
    void textAfterAClosingQuoteIsAMalformedRowNamingItsLine() {
        assertThatThrownBy(() -> read("id,received\nA,12\n\"Xã B\"9,13\n"))
                .isInstanceOf(MalformedRowException.class)
                .hasMessageStartingWith("line 3: the row cannot be read as CSV")
                .hasMessageNotContaining("code")
                .hasMessageNotContaining("Source");
    }

    @Test
    void aRowWhoseCellsDoNotFitTheHeaderIsRejected() {
        assertThatThrownBy(() -> read("id,received,resolved,stated_on_time_percent\nA,3673,3673,99,05\n"))
                .isInstanceOf(MalformedRowException.class)
                .hasMessage("line 2: 5 cells where the header has 4; a number may contain an unquoted comma, such"
                        + " as 99,75 or 3,673");
        assertThatThrownBy(() -> read("id,received,resolved,stated_late_percent\nA,3,673,3673,\n"))
                .as("an unquoted comma shifting the cells into an empty last column")
                .hasMessageStartingWith("line 2: 5 cells where the header has 4");
        assertThatThrownBy(() -> read("id,received,resolved\nA,100\n"))
                .hasMessage("line 2: 2 cells where the header has 3; a comma may be missing");
        assertThatThrownBy(() -> read("id,received,\nA,100,7\n"))
                .hasMessageStartingWith("line 2: '7' stands outside the header's columns");
    }

    @Test
    void anUnnamedLastColumnBlankLinesAndASpaceBeforeThePercentSignAreAccepted() throws IOException {
        List<PublishedFigures> rows = read("\nid,received,stated_on_time_percent,\nA,100,\"99,75 %\",\n\n");

        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).statedOnTimePercent()).contains(new BigDecimal("99.75"));
    }

    @Test
    void anEmptyIdAHugeCountAndTextThatIsNotUtf8AreRejected() throws IOException {
        assertThatThrownBy(() -> read("id,received\n,100\n"))
                .hasMessage("line 2, column id: '' is not an identifier; the id cell must not be empty");
        assertThatThrownBy(() -> read("id,received\nA,99999999999999999999\n"))
                .hasMessage("line 2, column received: '99999999999999999999' is not a count such as 3673 or 3.673,"
                        + " of at most 15 digits");
        assertThatThrownBy(() -> PublishedFiguresCsv.read(new InputStreamReader(
                        new ByteArrayInputStream("id,received\nCh\u00E2u,1\n".getBytes(StandardCharsets.ISO_8859_1)),
                        StandardCharsets.UTF_8.newDecoder())))
                .isInstanceOf(MalformedRowException.class)
                .hasMessageContaining("the text is not UTF-8");
    }

    @Test
    void aBadHeaderIsRejected() {
        assertThatThrownBy(() -> read("id,recieved\nA,1\n"))
                .isInstanceOf(MalformedRowException.class)
                .hasMessageStartingWith("line 1: unknown column 'recieved'");
        assertThatThrownBy(() -> read("received\n1\n")).hasMessage("line 1: the header has no 'id' column");
        assertThatThrownBy(() -> read("")).hasMessage("line 1: the file is empty; a header row is expected");
    }
}
