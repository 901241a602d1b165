package io.github.motcua.evidence;

import io.github.motcua.dossier.Channel;
import io.github.motcua.timeliness.Timeliness;
import java.util.Collection;

/**
 * A unit's online public services in the period (TT 01/2018/TT-VPCP indicator 9). Since NĐ
 * 42/2022/NĐ-CP the old levels 3 and 4 are the partial and full-process online services.
 *
 * @param eligibleProcedures the procedures eligible for online service
 * @param onlineProcedures of those, the procedures offered online (partial or full-process)
 * @param dossiers the dossiers received for the eligible procedures
 * @param onlineDossiers of those, the dossiers received online
 * @param onlineOverdue of the online dossiers, those resolved late or pending over their deadline
 */
public record OnlineServices(
        long eligibleProcedures, long onlineProcedures, long dossiers, long onlineDossiers, long onlineOverdue) {
    /**
     * Checks the counts.
     *
     * @throws InvalidEvidenceException if a count is negative or a part exceeds its whole
     *
     * @param eligibleProcedures the procedures eligible for online service
     * @param onlineProcedures of those, the procedures offered online (partial or full-process)
     * @param dossiers the dossiers received for the eligible procedures
     * @param onlineDossiers of those, the dossiers received online
     * @param onlineOverdue of the online dossiers, those resolved late or pending over their deadline
     */
    public OnlineServices {
        InvalidEvidenceException.requireCount("eligible procedures", eligibleProcedures);
        InvalidEvidenceException.requireCount("online procedures", onlineProcedures);
        InvalidEvidenceException.requireCount("dossiers", dossiers);
        InvalidEvidenceException.requireCount("online dossiers", onlineDossiers);
        InvalidEvidenceException.requireCount("overdue online dossiers", onlineOverdue);
        InvalidEvidenceException.requireAtMost(
                "online procedures", onlineProcedures, "eligible procedures", eligibleProcedures);
        InvalidEvidenceException.requireAtMost("online dossiers", onlineDossiers, "dossiers", dossiers);
        InvalidEvidenceException.requireAtMost(
                "overdue online dossiers", onlineOverdue, "online dossiers", onlineDossiers);
    }

    /**
     * Obtains a unit's online services, counting its dossiers from their evidence: those received
     * online, and of them those resolved late or pending over their deadline.
     *
     * @param eligibleProcedures the procedures eligible for online service
     * @param onlineProcedures of those, the procedures offered online
     * @param dossiers the dossiers received for the eligible procedures
     * @return the online services
     */
    public static OnlineServices counting(
            long eligibleProcedures, long onlineProcedures, Collection<DossierEvidence> dossiers) {
        long online = dossiers.stream()
                .filter(dossier -> dossier.channel() == Channel.ONLINE)
                .count();
        long overdue = dossiers.stream()
                .filter(dossier -> dossier.channel() == Channel.ONLINE)
                .filter(dossier ->
                        dossier.timeliness() == Timeliness.LATE || dossier.timeliness() == Timeliness.PENDING_OVERDUE)
                .count();
        return new OnlineServices(eligibleProcedures, onlineProcedures, dossiers.size(), online, overdue);
    }
}
