package io.github.motcua.cli.serve;

import io.github.motcua.cli.job.MasterData;
import io.github.motcua.cli.job.RuleChoices;
import io.github.motcua.deadline.DeadlineRules;
import io.github.motcua.io.DossierFormat;
import io.github.motcua.io.DossierReader;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The master data in use, as read at one time, with what the single-dossier endpoints build from
 * it once per rule choices (the deadline rules and a reader of dossiers that checks them), so that
 * a request pays for none of it. A reload replaces the whole snapshot; requests under way keep the
 * one they started with.
 */
final class Snapshot {
    private final MasterData data;
    private final Instant loadedAt;
    private final Map<RuleChoices, Deadlines> deadlines = new ConcurrentHashMap<>();

    Snapshot(MasterData data, Instant loadedAt) {
        this.data = data;
        this.loadedAt = loadedAt;
    }

    MasterData data() {
        return data;
    }

    /** The deadline rules of rule choices, and the reader that rejects a dossier they cannot give a deadline. */
    record Deadlines(DeadlineRules rules, DossierReader reader) {}

    Deadlines deadlines(RuleChoices choices) {
        return deadlines.computeIfAbsent(choices, key -> {
            DeadlineRules rules = key.deadlineRules(data.catalogue());
            DossierReader.Builder reader = DossierReader.builder(DossierFormat.JSON_LINES)
                    .procedures(data.procedureCodes())
                    .rule(rules::deadline);
            if (data.units().size() > 0) {
                reader.units(data.units());
            }
            return new Deadlines(rules, reader.build());
        });
    }

    /** What the health endpoint says of the master data. */
    Map<String, Object> summary() {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("loadedAt", loadedAt.toString());
        summary.put("units", data.units().versions().size());
        summary.put("procedures", data.procedures().size());
        summary.put("excusals", data.excusals().size());
        return summary;
    }
}
