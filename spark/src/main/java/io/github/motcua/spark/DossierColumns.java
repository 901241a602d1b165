package io.github.motcua.spark;

import io.github.motcua.io.DossierColumn;
import io.github.motcua.io.Rejection;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;

/**
 * The columns of the data sets this module reads and writes: accepted dossiers, rejections and
 * verdicts, and the internal rows of a read before duplicate ids are resolved.
 */
final class DossierColumns {
    /** The file a record came from. */
    static final String FILE = "file";

    /** The record's number in its file, from 1 after any header. */
    static final String RECORD = "record";

    /** The line on which the record starts, or 0 when it does not come from a line. */
    static final String LINE = "line";

    /** Whether a parsed record was accepted (internal). */
    static final String ACCEPTED = "_accepted";

    /** The record's place in the input order: its file's place, then its number (internal). */
    static final String ORDER = "_order";

    /** The form in which ids are compared (internal). */
    static final String ID_KEY = "_id_key";

    /** The records a file may hold before its place in the order would run into the next file's. */
    static final long RECORDS_PER_FILE = 1L << 40;

    private static final DossierColumn[] COLUMNS = DossierColumn.values();

    /** The columns of a rejection, after its file: as {@link Rejection}'s components. */
    static final List<String> REJECTION = List.of(RECORD, LINE, "id", "column", "value", "reason");

    private DossierColumns() {}

    /** The accepted dossiers: file, record, then every dossier column as text in the CSV format. */
    static StructType accepted() {
        List<StructField> fields = new ArrayList<>();
        fields.add(DataTypes.createStructField(FILE, DataTypes.StringType, false));
        fields.add(DataTypes.createStructField(RECORD, DataTypes.LongType, false));
        for (DossierColumn column : COLUMNS) {
            fields.add(DataTypes.createStructField(column.header(), DataTypes.StringType, !column.isRequired()));
        }
        return DataTypes.createStructType(fields);
    }

    /** The rejections: file, then the components of {@link Rejection}. */
    static StructType rejected() {
        List<StructField> fields = new ArrayList<>();
        fields.add(DataTypes.createStructField(FILE, DataTypes.StringType, false));
        fields.add(DataTypes.createStructField(RECORD, DataTypes.LongType, false));
        fields.add(DataTypes.createStructField(LINE, DataTypes.LongType, false));
        for (String text : REJECTION.subList(2, REJECTION.size())) {
            fields.add(DataTypes.createStructField(text, DataTypes.StringType, false));
        }
        return DataTypes.createStructType(fields);
    }

    /** A read's rows before duplicates are resolved: accepted, order, id key, then both kinds' columns. */
    static StructType parsed() {
        List<StructField> fields = new ArrayList<>();
        fields.add(DataTypes.createStructField(ACCEPTED, DataTypes.BooleanType, false));
        fields.add(DataTypes.createStructField(ORDER, DataTypes.LongType, false));
        fields.add(DataTypes.createStructField(ID_KEY, DataTypes.StringType, true));
        fields.add(DataTypes.createStructField(LINE, DataTypes.LongType, false));
        for (StructField field : accepted().fields()) {
            fields.add(DataTypes.createStructField(field.name(), field.dataType(), true));
        }
        for (String text : REJECTION.subList(2, REJECTION.size())) {
            fields.add(DataTypes.createStructField("rejection_" + text, DataTypes.StringType, true));
        }
        return DataTypes.createStructType(fields);
    }

    /** A parsed row of an accepted dossier's cells. */
    static Row accepted(long order, String idKey, String file, long record, long line, List<String> cells) {
        Object[] values = new Object[4 + 2 + COLUMNS.length + 4];
        values[0] = true;
        values[1] = order;
        values[2] = idKey;
        values[3] = line;
        values[4] = file;
        values[5] = record;
        for (int i = 0; i < COLUMNS.length; i++) {
            String cell = cells.get(i);
            values[6 + i] = cell.isEmpty() ? null : cell;
        }
        return RowFactory.create(values);
    }

    /** A parsed row of a rejection. */
    static Row rejected(long order, String file, Rejection rejection) {
        Object[] values = new Object[4 + 2 + COLUMNS.length + 4];
        values[0] = false;
        values[1] = order;
        values[3] = rejection.line();
        values[4] = file;
        values[5] = rejection.record();
        int at = 6 + COLUMNS.length;
        values[at] = rejection.id();
        values[at + 1] = rejection.column();
        values[at + 2] = rejection.value();
        values[at + 3] = rejection.reason();
        return RowFactory.create(values);
    }

    /** The cells of an accepted dossier's row, in {@link DossierColumn} order, by the columns' names. */
    static List<@Nullable String> cells(Row row, int[] positions) {
        List<@Nullable String> cells = new ArrayList<>(COLUMNS.length);
        for (int position : positions) {
            cells.add(position < 0 || row.isNullAt(position) ? null : row.getString(position));
        }
        return cells;
    }

    /**
     * Where each dossier column is in a schema, -1 for an optional column it lacks.
     *
     * @throws IllegalArgumentException if a required column is missing
     */
    static int[] positions(StructType schema) {
        int[] positions = new int[COLUMNS.length];
        List<String> names = List.of(schema.fieldNames());
        for (DossierColumn column : COLUMNS) {
            positions[column.ordinal()] = names.indexOf(column.header());
            if (column.isRequired() && positions[column.ordinal()] < 0) {
                throw new IllegalArgumentException("the dossiers have no column '" + column.header()
                        + "'; the columns are those of the dossier CSV format (docs/formats.md): "
                        + List.of(COLUMNS).stream().map(DossierColumn::header).toList());
            }
        }
        return positions;
    }
}
