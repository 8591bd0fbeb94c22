package org.fazhi.supervision.transfer;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The time limits of 行政执法机关移送涉嫌犯罪案件的规定 (2020) and the documents a transfer must carry, as the
 * county may set them ({@code fazhi.supervision.transfers.*}). Day limits are calendar days ending on a working day
 * (a limit that ends on a day off moves to the next working day); the hand-over limit is hours. A case the head
 * decides in casework as a transfer goes to {@code policeBody}, described as {@code decidedOffence} until edited.
 */
@ConfigurationProperties("fazhi.supervision.transfers")
public record TransferProperties(
        @DefaultValue("3") int approvalDays,
        @DefaultValue("24") int handoverHours,
        @DefaultValue("3") int policeDecisionDays,
        @DefaultValue("3") int reconsiderationRequestDays,
        @DefaultValue("3") int reconsiderationDecisionDays,
        @DefaultValue("3") int exhibitsDays,
        @DefaultValue("0") int commissionDecisionDays,
        @DefaultValue({"TRANSFER_LETTER", "INVESTIGATION_REPORT", "EXHIBIT_LIST", "EXPERT_OPINION"})
        List<DocumentKind> publicSecurityDocuments,
        @DefaultValue({"TRANSFER_LETTER", "CLUE_MATERIAL"}) List<DocumentKind> commissionDocuments,
        @DefaultValue("县公安局") String policeBody,
        @DefaultValue("涉嫌犯罪，经负责人决定移送司法机关") String decidedOffence) {

    public List<DocumentKind> requiredFor(TransferKind kind) {
        return kind == TransferKind.PUBLIC_SECURITY ? publicSecurityDocuments : commissionDocuments;
    }
}
