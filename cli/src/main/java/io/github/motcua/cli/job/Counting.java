package io.github.motcua.cli.job;

import io.github.motcua.dossier.Dossier;
import io.github.motcua.io.DossierReader;
import io.github.motcua.io.ReadSummary;
import io.github.motcua.io.Rejection;
import io.github.motcua.period.ReportingPeriod;
import io.github.motcua.tally.Counted;
import io.github.motcua.timeliness.TimelinessClassifier;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Counts each dossier read in a period as of a report date, as the last rule of the reader: a
 * dossier outside the period has its deadline computed all the same, so that one whose procedure
 * has no version on its day of receipt is rejected whatever the period.
 *
 * <p>Read on one thread, {@link #countLast} is the reader's last rule, so that a dossier it refuses
 * is rejected, and {@link #counted} gives the count of the record then accepted. As a function it is
 * stateless and may run on several threads.
 */
public final class Counting implements Function<Dossier, @Nullable Counted> {
    private final ReportingPeriod period;
    private final TimelinessClassifier classifier;
    private final LocalDate reportDate;
    private @Nullable Counted last;

    /**
     * Counts in a period as of a report date.
     *
     * @param period the reporting period
     * @param classifier the classifier of the rules chosen
     * @param reportDate the report date
     */
    public Counting(ReportingPeriod period, TimelinessClassifier classifier, LocalDate reportDate) {
        this.period = period;
        this.classifier = classifier;
        this.reportDate = reportDate;
    }

    /**
     * Returns the dossier counted, or null when it is not in the period's figures (its deadline
     * checked).
     *
     * @param dossier the dossier
     * @return its count, or null
     */
    @Override
    public @Nullable Counted apply(Dossier dossier) {
        Counted counted =
                Counted.inPeriod(dossier, period, classifier, reportDate).orElse(null);
        if (counted == null) {
            classifier.deadlineOn(dossier, reportDate);
        }
        return counted;
    }

    /**
     * Counts a dossier as the reader's last rule, keeping it for {@link #counted}; one thread only.
     *
     * @param dossier the dossier the reader is checking
     */
    public void countLast(Dossier dossier) {
        last = apply(dossier);
    }

    /**
     * Reads dossiers in one thread, in their order, with {@link #countLast} as the reader's last
     * rule, and gives the count of each accepted dossier in the period to its consumer.
     *
     * @param reader the reader's builder, to which the rule is added
     * @param in the dossiers
     * @param counted receives the count of each accepted dossier in the period
     * @param rejected receives each rejection
     * @return the read's summary
     * @throws IOException if the dossiers cannot be read
     */
    public ReadSummary readInOrder(
            DossierReader.Builder reader, InputStream in, Consumer<Counted> counted, Consumer<Rejection> rejected)
            throws IOException {
        return readInOrder(
                reader, (built, accepted, rejections) -> built.read(in, accepted, rejections), counted, rejected);
    }

    /** How dossiers are read with a reader: a file in its format, or a vendor's export through its mapping. */
    @FunctionalInterface
    public interface Source {
        /**
         * Reads the dossiers with a reader.
         *
         * @param reader the reader
         * @param accepted receives each accepted dossier
         * @param rejected receives each rejection
         * @return the read's summary
         * @throws IOException if the dossiers cannot be read
         */
        ReadSummary read(DossierReader reader, Consumer<Dossier> accepted, Consumer<Rejection> rejected)
                throws IOException;
    }

    /**
     * Reads dossiers from a source in one thread, in order, giving each one counted in the period.
     *
     * @param reader the reader's builder, to which the rule is added
     * @param source how the dossiers are read
     * @param counted receives the count of each accepted dossier in the period
     * @param rejected receives each rejection
     * @return the read's summary
     * @throws IOException if the dossiers cannot be read
     */
    public ReadSummary readInOrder(
            DossierReader.Builder reader, Source source, Consumer<Counted> counted, Consumer<Rejection> rejected)
            throws IOException {
        return source.read(
                reader.rule(this::countLast).build(),
                dossier -> {
                    Counted count = counted(dossier);
                    if (count != null) {
                        counted.accept(count);
                    }
                },
                rejected);
    }

    /**
     * Returns the count of a dossier just accepted after {@link #countLast}.
     *
     * @param accepted the dossier accepted
     * @return its count, or null when it is not in the period
     */
    public @Nullable Counted counted(Dossier accepted) {
        Counted counted = last;
        return counted != null && counted.dossier() == accepted ? counted : null;
    }
}
