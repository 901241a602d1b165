package io.github.motcua.ranking;

import io.github.motcua.LabelBundle;
import io.github.motcua.Language;
import io.github.motcua.scoring.Band;
import io.github.motcua.scoring.Bands;
import io.github.motcua.scoring.internal.ScoringLabels;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Ranked scorecards, best first, and their members by band.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Standings {
    private final List<Ranked> entries;

    Standings(List<Ranked> entries) {
        this.entries = List.copyOf(entries);
    }

    /**
     * Returns the ranked scorecards, best first.
     *
     * @return the entries
     */
    public List<Ranked> entries() {
        return entries;
    }

    /**
     * Returns the members of each band in ranking order, every band present, highest first.
     *
     * @param bands the scheme's bands
     * @return the entries by band; a band without members maps to an empty list
     * @throws IllegalArgumentException if a scorecard's band is not one of these
     */
    public Map<Band, List<Ranked>> byBand(Bands bands) {
        Map<Band, List<Ranked>> byBand = new LinkedHashMap<>();
        bands.bands().forEach(band -> byBand.put(band, new ArrayList<>()));
        for (Ranked entry : entries) {
            List<Ranked> members = byBand.get(entry.scorecard().band());
            if (members == null) {
                throw new IllegalArgumentException("band "
                        + entry.scorecard().band().id() + " of " + entry.scorecard() + " is not one of " + bands);
            }
            members.add(entry);
        }
        byBand.replaceAll((band, members) -> List.copyOf(members));
        return Collections.unmodifiableMap(byBand);
    }

    /**
     * Returns one line per band with its count and members' names, in a language, such as {@code 21
     * Excellent: Muổi Nọi, …} or {@code Xuất sắc: 21, gồm: Muổi Nọi, …}.
     *
     * @param bands the scheme's bands
     * @param language the language of the bands' titles and the words around them
     * @return the lines, highest band first, bands without members included
     */
    public List<String> summary(Bands bands, Language language) {
        LabelBundle labels = ScoringLabels.of(language);
        return byBand(bands).entrySet().stream()
                .map(band -> band.getValue().isEmpty()
                        ? labels.format("standings.empty", 0, band.getKey().title(language))
                        : labels.format(
                                "standings.members",
                                band.getValue().size(),
                                band.getKey().title(language),
                                band.getValue().stream()
                                        .map(entry ->
                                                entry.scorecard().subject().name())
                                        .collect(Collectors.joining(", "))))
                .toList();
    }
}
