package org.fazhi.casework.evidence;

import java.util.List;
import java.util.Map;

import org.fazhi.identity.SignedInUser;
import org.springframework.stereotype.Component;

/**
 * What the case page's evidence section shows ({@code templates/casework/evidence-section.html}, which asks for it
 * as {@code @evidenceSection}): the 笔录, the files with their digests as checked now.
 */
@Component("evidenceSection")
public class EvidenceSection {

    /** The section's content; {@code integrity} by evidence file id. */
    public record Section(List<EvidenceRecord> records, List<EvidenceFile> files,
                          Map<Long, EvidenceFiles.Integrity> integrity) {

        /** The 笔录 an officer may add. */
        public List<RecordKind> kinds() {
            return List.of(RecordKind.values());
        }
    }

    private final EvidenceRecords records;
    private final EvidenceFiles files;

    EvidenceSection(EvidenceRecords records, EvidenceFiles files) {
        this.records = records;
        this.files = files;
    }

    public Section of(SignedInUser user, long caseId) {
        List<EvidenceFile> kept = files.ofCase(user, caseId);
        return new Section(records.ofCase(user, caseId), kept, files.integrity(kept));
    }
}
