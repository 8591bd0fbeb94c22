package org.fazhi.supervision.round;

import java.util.Map;

import org.fazhi.supervision.CaseFileProblemFound;
import org.fazhi.supervision.NewFinding;
import org.fazhi.supervision.RecordLink;
import org.fazhi.supervision.SupervisionFindings;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A problem found in a case-file review goes to rectification as a round's finding does: it waits for the agency's
 * next 监督意见书. Heard in the reviewer's transaction, so a scoring that is rolled back leaves no finding behind.
 * The checklist part decides the problem's type in the two-level list.
 */
@Component
class ReviewProblemsToRectify {

    static final String REVIEWER = "案卷评查";

    private static final Map<String, String> TYPE_OF_PART = Map.of(
            "SUBJECT", "CONDUCT_PROCEDURE",
            "FACTS", "CONDUCT_EVIDENCE",
            "PROCEDURE", "CONDUCT_PROCEDURE",
            "LAW", "CONDUCT_LAW",
            "DISCRETION", "CONDUCT_DISCRETION",
            "DOCUMENTS", "CONDUCT_DOCUMENTS",
            "ARCHIVE", "CONDUCT_DOCUMENTS");

    private final SupervisionFindings findings;

    ReviewProblemsToRectify(SupervisionFindings findings) {
        this.findings = findings;
    }

    @EventListener
    void on(CaseFileProblemFound problem) {
        findings.record(new NewFinding("review:" + problem.campaignId(), problem.county(), problem.agencyId(),
                typeOf(problem.checklistPart()), "【" + problem.checklistItem() + "】" + problem.text(),
                new RecordLink("casework.case", problem.caseId()), REVIEWER));
    }

    static String typeOf(String checklistPart) {
        return TYPE_OF_PART.getOrDefault(checklistPart, "CONDUCT_PROCEDURE");
    }
}
