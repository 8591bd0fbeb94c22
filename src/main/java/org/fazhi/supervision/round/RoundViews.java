package org.fazhi.supervision.round;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** What the API answers about rounds, opinions and findings: the records as their pages show them. */
final class RoundViews {

    private RoundViews() {
    }

    record FindingView(long id, long agencyId, String source, @Nullable Long roundId, String category,
                       String typeCode, String type, String description, @Nullable String subject,
                       @Nullable String subjectHref, @Nullable Long opinionId, String recordedBy,
                       @Nullable DisciplineClue clue) {

        static FindingView of(Finding f) {
            return new FindingView(f.id(), f.agencyId(), f.source(), f.roundId(), f.categoryName(), f.typeCode(),
                    f.typeName(), f.description(), f.subject() == null ? null : f.subject().toString(),
                    f.subjectHref(), f.opinionId(), f.recordedBy(), f.clue());
        }
    }

    record RoundView(long id, String county, RoundKind kind, String title, LocalDate periodFrom, LocalDate periodTo,
                     String topics, boolean closed, @Nullable LocalDate closedOn,
                     List<SupervisionRound.RoundAgency> agencies, List<SupervisionRound.Supervisor> supervisors,
                     List<FindingView> findings) {

        static RoundView of(SupervisionRound r, List<Finding> findings) {
            return new RoundView(r.id(), r.county().value(), r.kind(), r.title(), r.periodFrom(), r.periodTo(),
                    r.topics(), r.closed(), r.closedOn(), r.agencies(), r.supervisors(),
                    findings.stream().map(FindingView::of).toList());
        }
    }

    record RectificationView(long id, String measures, String submittedBy, LocalDate submittedOn, String state,
                             @Nullable String reviewedBy, @Nullable LocalDate reviewedOn, @Nullable String reviewNote,
                             List<String> evidence) {

        static RectificationView of(Rectification r) {
            return new RectificationView(r.id(), r.measures(), r.submittedBy(), r.submittedOn(), r.state(),
                    r.reviewedBy(), r.reviewedOn(), r.reviewNote(),
                    r.evidence().stream().map(file -> file.name()).toList());
        }
    }

    record OpinionView(long id, String number, long agencyId, @Nullable Long roundId, @Nullable String subject,
                       LocalDate issuedOn, LocalDate deadline, OpinionState state, @Nullable String decisionNumber,
                       @Nullable LocalDate decidedOn, @Nullable LocalDate decisionDeadline,
                       @Nullable LocalDate acceptedOn, @Nullable Boolean onTime, List<FindingView> findings,
                       List<RectificationView> rectifications,
                       RectificationRepository.@Nullable Interview interview) {

        static OpinionView of(Opinion o, List<Finding> findings, List<Rectification> rectifications,
                              RectificationRepository.@Nullable Interview interview) {
            return new OpinionView(o.id(), o.number(), o.agencyId(), o.roundId(),
                    o.subject() == null ? null : o.subject().toString(), o.issuedOn(), o.deadline(), o.state(),
                    o.decisionNumber(), o.decidedOn(), o.decisionDeadline(), o.acceptedOn(), o.onTime(),
                    findings.stream().map(FindingView::of).toList(),
                    rectifications.stream().map(RectificationView::of).toList(), interview);
        }
    }
}
