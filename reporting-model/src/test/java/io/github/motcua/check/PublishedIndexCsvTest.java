package io.github.motcua.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.motcua.scoring.qd766.IndexTable;
import io.github.motcua.scoring.qd766.PublishedIndex;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Published breakdowns of the QĐ 766 index, one row per publication, a column per group of the table. */
class PublishedIndexCsvTest {
    private static final String HEADER = "id,group_1,group_2,group_3,group_4,group_5,stated_total\n";

    private static List<PublishedIndex> read(String csv) throws IOException {
        return PublishedIndexCsv.read(new StringReader(csv), IndexTable.bundled());
    }

    @Test
    void aRowGivesEachGroupsPointsAndTheStatedTotalWithAPointOrAComma() throws IOException {
        List<PublishedIndex> rows = read(HEADER + "tỉnh A,15.67,\"19,31\",17.49,17.86,16.64,86.97\n");

        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).id()).isEqualTo("tỉnh A");
        assertThat(rows.get(0).groups()).containsEntry("2", new BigDecimal("19.31"));
        assertThat(rows.get(0).statedTotal()).isEqualByComparingTo("86.97");
    }

    @Test
    void aMissingGroupOrAColumnOutsideTheTableIsRejectedNamingItsLine() {
        assertThatThrownBy(() -> read(HEADER + "tỉnh A,15.67,,17.49,17.86,16.64,86.97\n"))
                .isInstanceOf(MalformedRowException.class)
                .hasMessageStartingWith("line 2, column group_2: '' is not points");
        assertThatThrownBy(() -> read("id,group_6,stated_total\n"))
                .isInstanceOf(MalformedRowException.class)
                .hasMessageStartingWith("line 1: unknown column 'group_6'");
        assertThatThrownBy(() -> read(HEADER + "tỉnh A,15.67,abc,17.49,17.86,16.64,86.97\n"))
                .isInstanceOf(MalformedRowException.class)
                .hasMessage("line 2, column group_2: 'abc' is not points such as 15.67 or 15,67");
    }
}
