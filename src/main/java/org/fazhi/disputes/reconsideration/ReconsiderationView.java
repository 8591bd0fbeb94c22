package org.fazhi.disputes.reconsideration;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A case as the API and the detail page show it: the application (a person's ID number masked), each step's day,
 * each time limit and how it was kept, the steps the caller may take now, and the documents it has issued
 * (each at {@code …/{id}/documents/{kind}}).
 */
public record ReconsiderationView(long id, String number, LocalDate receivedOn, Channel channel,
                                  @Nullable String intakePoint, ApplicantKind applicantKind, String applicantName,
                                  @Nullable String applicantIdMasked, @Nullable String applicantCreditCode,
                                  long agencyId, String agencyName, String act, @Nullable Long caseId,
                                  @Nullable String caseCode, LocalDate knewOn, boolean rightExplained,
                                  boolean lateApplication, ReconsiderationState state,
                                  ReconsiderationCase.Progress progress, List<Limit> deadlines,
                                  List<ReconsiderationStep> steps,
                                  List<ReconsiderationDocumentKind> documents) {

    /** One time limit: when it started, its last day, when it was met, whether in time, whether overdue today. */
    public record Limit(DeadlineKind kind, LocalDate startedOn, LocalDate dueOn, @Nullable LocalDate metOn,
                        @Nullable Boolean onTime, boolean overdue, boolean dropped, boolean provisional) {
    }

    static ReconsiderationView of(ReconsiderationCase c, String agencyName, LocalDate today,
                                  List<ReconsiderationStep> steps) {
        ReconsiderationCase.Application a = c.application();
        List<Limit> limits = c.deadlines().stream().map(d -> new Limit(d.kind(), d.startedOn(), d.dueOn(),
                d.metOn(), d.onTime(), d.isOverdueOn(today), d.dropped(), d.provisional())).toList();
        return new ReconsiderationView(c.id(), c.number(), a.receivedOn(), a.channel(), a.intakePoint(),
                a.applicant().kind(), a.applicant().name(), a.applicant().idMasked(), a.applicant().creditCode(),
                a.agencyId(), agencyName, a.act(), a.caseId(), a.caseCode(), a.knewOn(), a.rightExplained(),
                c.lateApplication(), c.state(), c.progress(), limits, steps,
                ReconsiderationDocumentKind.issuedFor(c));
    }
}
