package io.github.motcua.report;

import io.github.motcua.Language;
import io.github.motcua.ranking.Ranked;
import io.github.motcua.ranking.Standings;
import io.github.motcua.report.SheetCells.Kind;
import io.github.motcua.scoring.Criterion;
import io.github.motcua.scoring.CriterionScore;
import io.github.motcua.scoring.MissingDataPolicy;
import io.github.motcua.scoring.SchemeStatus;
import io.github.motcua.scoring.Scorecard;
import io.github.motcua.scoring.ScoringScheme;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Scorecards ranked under one scheme as an Excel workbook (xlsx) of two sheets. The first lists
 * every band of the scheme, highest first, with its count and its members in ranking order (rank,
 * code, name, total points), the band's cells merged over its members' rows. The second holds each
 * scorecard in ranking order: a row per criterion with its code, title, points (empty without
 * data), maximum and explanation, then the total and the band; the subject's rank, code and name
 * merged over its rows. A provisional scheme's bands say so.
 *
 * <p>Points are numeric cells shown with the rounding's decimals; text is in text cells, never
 * formulas. The headers are in the language given; criteria's explanations are the criteria's own
 * text. The workbook is written streaming, as {@link ProcessingWorkbook}'s is.
 *
 * <pre>{@code
 * Standings standings = Ranking.standard().rank(scorecards);
 * EvaluationWorkbook.write(scheme, standings, Language.VI, out);
 * }</pre>
 */
public final class EvaluationWorkbook {
    private EvaluationWorkbook() {}

    /**
     * Returns a new streaming workbook with the bands' and the scorecards' sheets; the caller writes
     * and closes it.
     *
     * @param scheme the scheme the scorecards were scored under
     * @param standings the ranked scorecards
     * @param language the language of the headers and the bands' titles
     * @return the workbook
     * @throws IllegalArgumentException if a scorecard is of another scheme
     */
    public static Workbook workbook(ScoringScheme scheme, Standings standings, Language language) {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(standings, "standings");
        Labels labels = Labels.of(Objects.requireNonNull(language, "language"));
        for (Ranked entry : standings.entries()) {
            if (!entry.scorecard().schemeId().equals(scheme.id())) {
                throw new IllegalArgumentException(
                        "scorecard " + entry.scorecard() + " is not of scheme " + scheme.id());
            }
        }
        SXSSFWorkbook workbook = OfficeFiles.workbook();
        try {
            bands(workbook, scheme, standings, labels);
            scorecards(workbook, scheme, standings, labels);
        } catch (RuntimeException e) {
            OfficeFiles.closeAfterFailure(workbook, e);
            throw e;
        }
        return workbook;
    }

    /**
     * Writes the workbook as an xlsx file.
     *
     * @param scheme the scheme the scorecards were scored under
     * @param standings the ranked scorecards
     * @param language the language of the headers and the bands' titles
     * @param out where the file goes; it is not closed
     * @throws IOException if writing fails
     * @throws IllegalArgumentException if a scorecard is of another scheme
     */
    public static void write(ScoringScheme scheme, Standings standings, Language language, OutputStream out)
            throws IOException {
        Objects.requireNonNull(out, "out");
        try (Workbook workbook = workbook(scheme, standings, language)) {
            workbook.write(OfficeFiles.unclosed(out));
        }
    }

    private static void bands(Workbook workbook, ScoringScheme scheme, Standings standings, Labels labels) {
        SheetCells cells = new SheetCells(workbook.createSheet(labels.get("scores.sheet.bands")));
        header(cells, labels, "scores.band", "scores.count", "scores.rank", "scores.id", "scores.name", "scores.total");
        EvaluationSection section = EvaluationSection.of(scheme.id(), scheme.id(), scheme, standings);
        int row = 1;
        for (BandMembers band : section.bands()) {
            List<RankedScore> members = section.entries().stream()
                    .filter(entry -> entry.bandId().equals(band.bandId()))
                    .toList();
            int rows = Math.max(1, members.size());
            cells.text(row, 0, bandTitle(band.title(labels.language()), scheme, labels), Kind.BODY);
            cells.count(row, 1, members.size(), Kind.BODY);
            for (int i = 0; i < rows; i++) {
                if (i > 0) {
                    cells.blank(row + i, 0, Kind.BODY);
                    cells.blank(row + i, 1, Kind.BODY);
                }
                if (members.isEmpty()) {
                    for (int column = 2; column <= 5; column++) {
                        cells.blank(row, column, Kind.BODY);
                    }
                } else {
                    RankedScore member = members.get(i);
                    cells.ordinal(row + i, 2, member.rank(), Kind.BODY);
                    cells.text(row + i, 3, member.subjectId(), Kind.BODY);
                    cells.text(row + i, 4, member.name(), Kind.BODY);
                    cells.decimal(row + i, 5, member.total(), Kind.BODY);
                }
            }
            if (rows > 1) {
                cells.merge(row, row + rows - 1, 0, 0);
                cells.merge(row, row + rows - 1, 1, 1);
            }
            row += rows;
        }
        widths(cells.sheet(), 20, 10, 10, 14, 30, 12);
    }

    private static void scorecards(Workbook workbook, ScoringScheme scheme, Standings standings, Labels labels) {
        SheetCells cells = new SheetCells(workbook.createSheet(labels.get("scores.sheet.scorecards")));
        header(
                cells,
                labels,
                "scores.rank",
                "scores.id",
                "scores.name",
                "scores.criterionId",
                "scores.criterion",
                "scores.points",
                "scores.maxPoints",
                "scores.explanation");
        Map<String, Criterion> criteria =
                scheme.criteria().stream().collect(Collectors.toMap(Criterion::id, Function.identity()));
        int row = 1;
        for (Ranked entry : standings.entries()) {
            Scorecard card = entry.scorecard();
            int first = row;
            for (CriterionScore score : card.criteria()) {
                Criterion criterion = criteria.get(score.criterionId());
                subject(cells, row, row == first, entry);
                cells.text(row, 3, score.criterionId(), Kind.BODY);
                cells.text(row, 4, criterion == null ? "" : title(criterion, labels.language()), Kind.BODY);
                points(cells, row, 5, score.points(card.rounding()), Kind.BODY);
                cells.decimal(row, 6, score.maxPoints(), Kind.BODY);
                cells.text(row, 7, score.explanation().text(), Kind.BODY);
                row++;
            }
            subject(cells, row, row == first, entry);
            cells.blank(row, 3, Kind.TOTAL);
            cells.text(row, 4, labels.get("scores.total"), Kind.TOTAL);
            cells.decimal(row, 5, card.total(), Kind.TOTAL);
            // The maximum the total is out of, as Scorecard.explain states it.
            cells.decimal(
                    row,
                    6,
                    card.missingData() == MissingDataPolicy.RESCALE ? card.maxPoints() : card.maxPointsPresent(),
                    Kind.TOTAL);
            cells.text(row, 7, bandTitle(card.band().title(labels.language()), scheme, labels), Kind.TOTAL);
            if (row > first) {
                for (int column = 0; column <= 2; column++) {
                    cells.merge(first, row, column, column);
                }
            }
            row++;
        }
        widths(cells.sheet(), 10, 14, 30, 12, 50, 10, 12, 80);
    }

    /** The subject's rank, code and name on its first row; on the others, cells for the borders. */
    private static void subject(SheetCells cells, int row, boolean first, Ranked entry) {
        if (first) {
            cells.ordinal(row, 0, entry.rank(), Kind.BODY);
            cells.text(row, 1, entry.scorecard().subject().id(), Kind.BODY);
            cells.text(row, 2, entry.scorecard().subject().name(), Kind.BODY);
        } else {
            for (int column = 0; column <= 2; column++) {
                cells.blank(row, column, Kind.BODY);
            }
        }
    }

    private static void header(SheetCells cells, Labels labels, String... keys) {
        for (int column = 0; column < keys.length; column++) {
            cells.text(0, column, labels.get(keys[column]), Kind.HEADER);
        }
        cells.sheet().createFreezePane(0, 1);
    }

    private static void points(SheetCells cells, int row, int column, Optional<BigDecimal> points, Kind kind) {
        if (points.isPresent()) {
            cells.decimal(row, column, points.get(), kind);
        } else {
            cells.blank(row, column, kind);
        }
    }

    private static String title(Criterion criterion, Language language) {
        return switch (language) {
            case VI -> criterion.titleVi();
            case EN -> criterion.titleEn();
        };
    }

    private static String bandTitle(String title, ScoringScheme scheme, Labels labels) {
        return scheme.status() == SchemeStatus.PROVISIONAL ? labels.format("scores.provisional", title) : title;
    }

    private static void widths(Sheet sheet, int... characters) {
        for (int column = 0; column < characters.length; column++) {
            sheet.setColumnWidth(column, characters[column] * 256);
        }
    }
}
