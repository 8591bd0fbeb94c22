package org.fazhi.disputes.reconsideration;

import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

import org.fazhi.disputes.ReconsiderationOutcome;

/**
 * The documents (行政复议文书) a case issues, each rendered from the shipped template named after its title
 * ({@code disputes/documents/受理通知书.docx}) once the step it records has been taken.
 */
public enum ReconsiderationDocumentKind {

    /** 行政复议受理通知书 to the applicant (第三十条). */
    ACCEPTANCE_NOTICE("受理通知书", c -> c.progress().acceptedOn() != null),
    /** 不予受理决定书 with its reasons (第三十条). */
    NON_ACCEPTANCE_DECISION("不予受理决定书", c -> c.progress().refusalReason() != null),
    /** 补正通知书 with the items and the applicant's period (第三十一条). */
    CORRECTION_NOTICE("补正通知书", c -> c.progress().correctionItems() != null),
    /** 提出答复通知书 to the respondent with the copy of the application (第四十八条). */
    ANSWER_NOTICE("提出答复通知书", c -> c.progress().copiedOn() != null),
    /** 听证通知书 when the case is heard at a hearing (第五十条). */
    HEARING_NOTICE("听证通知书", c -> c.progress().hearingMode() == HearingMode.HEARING),
    /** 行政复议决定书: every conclusion but a mediation, a termination included. */
    DECISION("行政复议决定书", c -> c.progress().outcome() != null
            && c.progress().outcome() != ReconsiderationOutcome.MEDIATED),
    /** 行政复议调解书 (第七十三条). */
    MEDIATION_STATEMENT("行政复议调解书", c -> c.progress().outcome() == ReconsiderationOutcome.MEDIATED);

    private final String title;
    private final Predicate<ReconsiderationCase> issued;

    ReconsiderationDocumentKind(String title, Predicate<ReconsiderationCase> issued) {
        this.title = title;
        this.issued = issued;
    }

    public String title() {
        return title;
    }

    public String fileName() {
        return title + ".docx";
    }

    /** Whether the case has taken the step this document records. */
    boolean isIssuedFor(ReconsiderationCase c) {
        return issued.test(c);
    }

    static List<ReconsiderationDocumentKind> issuedFor(ReconsiderationCase c) {
        return Arrays.stream(values()).filter(kind -> kind.isIssuedFor(c)).toList();
    }
}
