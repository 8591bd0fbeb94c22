package org.fazhi.supervision.monitoring.rule;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.fazhi.casework.UnreviewedDecision;
import org.fazhi.casework.UnreviewedDecisions;
import org.fazhi.shared.RegionCode;
import org.fazhi.supervision.monitoring.AlertCause;
import org.fazhi.supervision.monitoring.MonitoringRule;
import org.fazhi.supervision.monitoring.Reassessment;
import org.fazhi.supervision.monitoring.Subject;
import org.springframework.stereotype.Component;

/**
 * 3. A decision in a case that needs 法制审核 (行政处罚法第五十八条: a major public interest; complex, with several legal
 * relationships; the party's major rights after a hearing; or every case where the county says so) taken without a
 * review that passed before it, and after the hearing when one was held. The procedure refuses such a decision, so
 * the rule catches records written around it (ledgers taken over, generated data) and flags set after the fact.
 */
@Component
class DecisionWithoutLegalReview implements MonitoringRule {

    static final String CODE = "ART58_DECISION_WITHOUT_LEGAL_REVIEW";
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    /** What is missing: any review, a review after the hearing, or a review before the decision. */
    enum Lack { NO_REVIEW, REVIEW_BEFORE_HEARING, REVIEW_AFTER_DECISION }

    /** Why the case needed a review, as the message keys name it. */
    enum Ground { MAJOR_PUBLIC_INTEREST, COMPLEX, HEARING, EVERY_CASE }

    private final UnreviewedDecisions decisions;
    private final RuleTexts texts;
    private final DecisionWithoutLegalReviewParameters parameters;

    DecisionWithoutLegalReview(UnreviewedDecisions decisions, RuleTexts texts,
                               DecisionWithoutLegalReviewParameters parameters) {
        this.decisions = decisions;
        this.texts = texts;
        this.parameters = parameters;
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public List<AlertCause> scan(RegionCode county, LocalDate today) {
        return causes(decisions.inCounty(county), county, today);
    }

    @Override
    public Optional<Reassessment> reassess(Object event, LocalDate today) {
        return reassess(List.of(event), today);
    }

    /** The cases the events touch, read at once. */
    @Override
    public Optional<Reassessment> reassess(List<?> events, LocalDate today) {
        return CaseEvents.reassessCases(events, decisions::ofCases, UnreviewedDecision::caseId,
                (found, county) -> causes(found, county, today));
    }

    private List<AlertCause> causes(List<UnreviewedDecision> found, RegionCode county, LocalDate today) {
        LocalDate from = today.minusDays(parameters.lookbackDays());
        return found.stream().filter(decision -> !decision.decidedOn().isBefore(from))
                .map(decision -> cause(decision, county)).toList();
    }

    private AlertCause cause(UnreviewedDecision decision, RegionCode county) {
        String grounds = RuleTexts.enumerate(grounds(decision).stream()
                .map(ground -> texts.text("supervision.rule." + CODE + ".ground." + ground.name())).toList());
        Lack lack = lack(decision);
        String passedOn = decision.legalReviewPassedAt() == null ? ""
                : decision.legalReviewPassedAt().atZone(BEIJING).toLocalDate().toString();
        String heardOn = decision.hearingHeldAt() == null ? ""
                : decision.hearingHeldAt().atZone(BEIJING).toLocalDate().toString();
        String summary = texts.text("supervision.rule." + CODE + ".summary." + lack.name(), decision.caseCode(),
                decision.decidedOn().toString(), grounds, passedOn, heardOn);
        return new AlertCause(new Subject(CaseEvents.CASE, decision.caseId(), decision.caseCode()), county,
                decision.agencyId(), decision.decidedOn(), summary);
    }

    static List<Ground> grounds(UnreviewedDecision decision) {
        List<Ground> grounds = new ArrayList<>();
        if (decision.majorPublicInterest()) {
            grounds.add(Ground.MAJOR_PUBLIC_INTEREST);
        }
        if (decision.complex()) {
            grounds.add(Ground.COMPLEX);
        }
        if (decision.hearingHeldAt() != null) {
            grounds.add(Ground.HEARING);
        }
        if (grounds.isEmpty() && decision.everyCaseRule()) {
            grounds.add(Ground.EVERY_CASE);
        }
        return grounds;
    }

    static Lack lack(UnreviewedDecision decision) {
        var passed = decision.legalReviewPassedAt();
        if (passed == null) {
            return Lack.NO_REVIEW;
        }
        if (decision.hearingHeldAt() != null && !passed.isAfter(decision.hearingHeldAt())) {
            return Lack.REVIEW_BEFORE_HEARING;
        }
        return Lack.REVIEW_AFTER_DECISION;
    }
}
