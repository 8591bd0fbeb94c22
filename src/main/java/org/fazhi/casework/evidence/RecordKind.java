package org.fazhi.casework.evidence;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;

/** The 笔录 an officer writes in the field, each a piece of evidence of its kind (行政处罚法第四十六条). */
public enum RecordKind implements MessageSourceResolvable {
    /** 现场检查笔录: what the officers saw at the place, with the party or a witness present. */
    SITE_INSPECTION,
    /** 询问笔录: questions and answers of the party or a witness. */
    INQUIRY,
    /** 勘验笔录: the examination of a thing or a place. */
    EXAMINATION;

    /** The kind of evidence the record is: a 现场笔录 or 勘验笔录, or what the person questioned said. */
    EvidenceKind evidenceKind(RecordInput.@Nullable Relation relation) {
        if (this != INQUIRY) {
            return EvidenceKind.INSPECTION_RECORD;
        }
        return relation == RecordInput.Relation.WITNESS || relation == RecordInput.Relation.OTHER
                ? EvidenceKind.WITNESS : EvidenceKind.PARTY_STATEMENT;
    }

    /** Its Chinese name ({@code casework.evidence.record.kind.<NAME>}), e.g. in a record's title. */
    @Override
    public String[] getCodes() {
        return new String[] {"casework.evidence.record.kind." + name()};
    }
}
