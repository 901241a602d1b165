package io.github.motcua.report;

import io.github.motcua.ranking.Ranked;
import io.github.motcua.ranking.Standings;
import io.github.motcua.scoring.Band;
import io.github.motcua.scoring.ScoringScheme;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One group of subjects scored under one scheme and ranked: the district's agencies, its communes,
 * its officials. Built from standings, so that its band counts and member lists cannot disagree
 * with the scorecards.
 *
 * @param key the section's key, such as {@code communes}
 * @param title the section's title, such as {@code Bộ phận Tiếp nhận và trả kết quả cấp xã}
 * @param schemeId the scheme's identifier
 * @param schemeVersion the scheme's version
 * @param entries the ranked scorecards, best first
 * @param bands every band of the scheme, highest first, with its members in ranking order
 */
public record EvaluationSection(
        String key,
        String title,
        String schemeId,
        String schemeVersion,
        List<RankedScore> entries,
        List<BandMembers> bands) {
    /**
     * Checks that the bands hold each entry once.
     *
     * @param key the section's key, such as {@code communes}
     * @param title the section's title, such as {@code Bộ phận Tiếp nhận và trả kết quả cấp xã}
     * @param schemeId the scheme's identifier
     * @param schemeVersion the scheme's version
     * @param entries the ranked scorecards, best first
     * @param bands every band of the scheme, highest first, with its members in ranking order
     * @throws ReportIdentityException if a band's members are not its entries in rank order, or an
     *     entry's band is not listed
     */
    public EvaluationSection {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(schemeId, "schemeId");
        Objects.requireNonNull(schemeVersion, "schemeVersion");
        entries = List.copyOf(entries);
        bands = List.copyOf(bands);
        for (BandMembers band : bands) {
            List<String> members = entries.stream()
                    .filter(entry -> entry.bandId().equals(band.bandId()))
                    .map(RankedScore::name)
                    .toList();
            if (!members.equals(band.names())) {
                throw new ReportIdentityException("section '" + title + "': band " + band.bandId() + " lists "
                        + band.names() + " but its entries are " + members);
            }
        }
        ReportIdentityException.require(
                title,
                "entries = the bands' members",
                entries.size(),
                bands.stream().mapToLong(BandMembers::count).sum());
    }

    /**
     * Builds a section from ranked scorecards of one scheme.
     *
     * @param key the section's key
     * @param title the section's title
     * @param scheme the scheme the scorecards come from
     * @param standings the ranked scorecards
     * @return the section
     */
    public static EvaluationSection of(String key, String title, ScoringScheme scheme, Standings standings) {
        List<RankedScore> entries = standings.entries().stream()
                .map(entry -> new RankedScore(
                        entry.rank(),
                        entry.scorecard().subject().id(),
                        entry.scorecard().subject().name(),
                        entry.scorecard().total(),
                        entry.scorecard().band().id()))
                .toList();
        Map<Band, List<Ranked>> byBand = standings.byBand(scheme.bands());
        List<BandMembers> bands = byBand.entrySet().stream()
                .map(band -> new BandMembers(
                        band.getKey().id(),
                        band.getKey().titleVi(),
                        band.getKey().titleEn(),
                        band.getValue().stream()
                                .map(entry -> entry.scorecard().subject().name())
                                .toList()))
                .toList();
        return new EvaluationSection(key, title, scheme.id(), scheme.version(), entries, bands);
    }

    /**
     * Returns the members of one band.
     *
     * @param bandId the band's identifier
     * @return the band's members
     * @throws IllegalArgumentException if the scheme has no such band
     */
    public BandMembers band(String bandId) {
        return bands.stream()
                .filter(band -> band.bandId().equals(bandId))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("section " + key + " has no band " + bandId));
    }
}
