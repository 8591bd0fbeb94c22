package org.fazhi.casework.casefile;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.fazhi.casework.CaseworkProperties;
import org.fazhi.casework.deadline.CaseDeadlines;
import org.fazhi.casework.deadline.LatePayment;
import org.fazhi.casework.document.DocumentFields;
import org.fazhi.casework.document.DocumentKind;
import org.fazhi.casework.procedure.Proposal;
import org.fazhi.catalog.ItemCatalog;
import org.fazhi.entities.PartyCard;
import org.fazhi.entities.PartyDirectory;
import org.fazhi.identity.OfficerOptions;
import org.fazhi.registry.AgencyDirectory;
import org.fazhi.registry.CertifiedOfficer;
import org.fazhi.registry.CertifiedOfficers;
import org.fazhi.registry.RegionNames;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import static org.fazhi.casework.document.Placeholder.*;

/**
 * What a case's documents say, from the case as it stands after the step that issues them: the agency, the party
 * from the party directory, the officers with their certificate numbers, the items' legal bases from the catalog,
 * the penalty with its amounts in figures and in 大写, and each document's own fields. Wording is in
 * {@code messages/casework.properties} ({@code casework.document.*}); a field the case does not know (the agency's
 * address, the hearing's place) is left without a value and prints as a line to fill in by hand.
 */
@Component
class CaseDocumentFields {

    /** The document being issued: its kind, number and day, and the case's numbers so far. */
    record Issue(DocumentKind kind, @Nullable String number, LocalDate day, @Nullable String caseNumber,
                 @Nullable String decisionNumber, @Nullable String note) {
    }

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final PartyDirectory parties;
    private final AgencyDirectory agencies;
    private final RegionNames regions;
    private final CertifiedOfficers certified;
    private final OfficerOptions officers;
    private final ItemCatalog items;
    private final CaseFactsReader facts;
    private final CaseworkProperties rules;
    private final MessageSource messages;
    private final DecisionWording wording;
    private final OnTheSpotRepository spots;
    private final PartyParticulars particulars;
    private final CaseDeadlines deadlines;

    CaseDocumentFields(PartyParticulars particulars, CaseDeadlines deadlines, PartyDirectory parties, AgencyDirectory agencies, RegionNames regions,
                       CertifiedOfficers certified, OfficerOptions officers, ItemCatalog items, CaseFactsReader facts,
                       CaseworkProperties rules, MessageSource messages, OnTheSpotRepository spots) {
        this.parties = parties;
        this.agencies = agencies;
        this.regions = regions;
        this.certified = certified;
        this.officers = officers;
        this.items = items;
        this.facts = facts;
        this.rules = rules;
        this.messages = messages;
        this.wording = new DecisionWording(this::text, rules);
        this.spots = spots;
        this.particulars = particulars;
        this.deadlines = deadlines;
    }

    DocumentFields of(PenaltyCase c, Issue issue) {
        DocumentFields common = common(c, issue);
        return switch (issue.kind()) {
            case FILING_APPROVAL -> common.with(CASE_SOURCE, text("casework.source." + c.origin().kind()))
                    .with(CASE_SUMMARY, lines(c.origin().summary(), c.investigation().facts()))
                    .with(FILING_BASIS, legalBases(c))
                    .with(HANDLER_OPINION, text("casework.document.filing.opinion"));
            case PRIOR_NOTICE, HEARING_RIGHTS_NOTICE -> notice(c, common);
            case HEARING_NOTICE -> common.with(HEARING_TIME, date(c.hearing().scheduledOn()))
                    .with(HEARING_HOST, c.hearing().chair() == null ? null : officerName(c.hearing().chair()));
            case PENALTY_DECISION -> penalty(c, common, decided(c));
            case ON_THE_SPOT_DECISION -> onTheSpot(c, common, decided(c));
            case NO_PENALTY_DECISION -> common.with(INVESTIGATION, investigation(c)).with(FACTS, c.investigation().facts())
                    .with(EVIDENCE, evidence(c)).with(VIOLATED_PROVISION, legalBases(c))
                    .with(NO_PENALTY_REASONS, c.decision().reason())
                    .with(NO_PENALTY_BASIS, text("casework.document.no-penalty.basis." + decided(c).kind()))
                    .with(RECONSIDERATION_BODY, countyBody(c, "casework.document.reconsideration"))
                    .with(COURT, countyBody(c, "casework.document.court"));
            case SERVICE_RECEIPT -> common.with(ADDRESSEE, party(c).name())
                    .with(SERVICE_METHOD, text("casework.document.service.direct"))
                    .with(SERVER, officerNames(c))
                    .withRow(Map.of(SERVED_DOCUMENT, decisionTitle(c), SERVED_DOCUMENT_NUMBER,
                            orEmpty(issue.decisionNumber())));
            case PAYMENT_REMINDER -> reminder(c, common, issue);
            case CLOSING_APPROVAL -> closing(c, common, issue);
            case CASE_EXTENSION_APPROVAL -> extension(c, common);
            default -> common;
        };
    }

    /** What every document says: the agency's letterhead, the case, its officers; the contact is the first handler. */
    private DocumentFields common(PenaltyCase c, Issue issue) {
        DocumentFields fields = DocumentFields.letterhead(agencies.letterheadOf(c.agencyId()))
                .with(DOCUMENT_NUMBER, issue.number())
                .with(DATE, date(issue.day()))
                .with(CASE_NUMBER, issue.caseNumber())
                .with(CASE_CAUSE, cause(c))
                .with(OFFICERS, officersWithCertificates(c, issue.day()))
                .with(AGENCY_CONTACT, c.investigation().handlerIds().stream().findFirst().map(this::officerName)
                        .orElse(null));
        return particulars.addTo(fields, c.origin().partyId());
    }

    private DocumentFields notice(PenaltyCase c, DocumentFields common) {
        Proposal notified = c.notice().notified();
        return wording.penalty(common, notified).with(FACTS, c.investigation().facts()).with(EVIDENCE, evidence(c))
                .with(VIOLATED_PROVISION, legalBases(c)).with(PENALTY_BASIS, legalBases(c))
                .with(STATEMENT_PERIOD, text("casework.document.working-days",
                        CapitalYuan.count(rules.statementWorkingDays())))
                .with(HEARING_REQUEST_PERIOD, text("casework.document.working-days",
                        CapitalYuan.count(rules.hearingRequestWorkingDays())));
    }

    private DocumentFields penalty(PenaltyCase c, DocumentFields common, Proposal decided) {
        return wording.penalty(common, decided).with(INVESTIGATION, investigation(c))
                .with(FACTS, c.investigation().facts()).with(EVIDENCE, evidence(c))
                .with(STATEMENTS_HEARD, wording.statements(c))
                .with(VIOLATED_PROVISION, legalBases(c)).with(PENALTY_BASIS, legalBases(c))
                .with(PERFORMANCE, wording.performance(decided))
                .with(RECONSIDERATION_BODY, countyBody(c, "casework.document.reconsideration"))
                .with(COURT, countyBody(c, "casework.document.court"));
    }

    /** 当场行政处罚决定书: what the party said on the spot, and the fine collected there or paid at the bank. */
    private DocumentFields onTheSpot(PenaltyCase c, DocumentFields common, Proposal decided) {
        OnTheSpot spot = spots.find(c.id()).orElseThrow();
        String said = spot.statement() != null ? text("casework.document.statement.made", spot.statement())
                : text("casework.document.statement.waived-on-the-spot");
        String performance = spot.collected() && !decided.fine().isZero()
                ? text("casework.document.performance.collected", spot.receiptNumber())
                : wording.performance(decided);
        return wording.penalty(common, decided).with(FACTS, c.investigation().facts())
                .with(STATEMENTS_HEARD, said).with(VIOLATED_PROVISION, legalBases(c))
                .with(PENALTY_BASIS, legalBases(c)).with(PERFORMANCE, performance)
                .with(RECONSIDERATION_BODY, countyBody(c, "casework.document.reconsideration"))
                .with(COURT, countyBody(c, "casework.document.court"));
    }

    private DocumentFields reminder(PenaltyCase c, DocumentFields common, Issue issue) {
        Proposal decided = decided(c);
        LatePayment.Account owed = facts.account(c, issue.day());
        return wording.penalty(common, decided).with(DECIDED_ON, date(c.decision().decidedOn()))
                .with(DECISION_NUMBER, issue.decisionNumber())
                .with(OBLIGATION, text("casework.document.reminder.obligation", owed.owed().display(),
                        CapitalYuan.of(owed.owed())))
                .with(PERFORMANCE_PERIOD, text("casework.document.days",
                        CapitalYuan.count(rules.reminderWorkingDays())))
                .with(FINE, wording.amount(decided.fine()))
                .with(SURCHARGE, wording.amount(owed.surcharge()));
    }

    private DocumentFields closing(PenaltyCase c, DocumentFields common, Issue issue) {
        Proposal decided = c.decision().decided();
        LatePayment.Account account = facts.account(c, issue.day());
        DocumentFields fields = common.with(DECISION_NUMBER, issue.decisionNumber())
                .with(EXECUTION, account.paid().isZero() ? text("casework.document.closing.nothing-paid")
                        : text("casework.document.closing.paid", account.paid().display(),
                        account.surcharge().display()))
                .with(CLOSING_REASONS, issue.note() == null ? text("casework.document.closing.reason") : issue.note())
                .with(HANDLER_OPINION, text("casework.document.closing.opinion"));
        return decided == null ? fields : wording.penalty(fields, decided).with(FINE, wording.amount(decided.fine()));
    }

    /** 延长办案期限审批表 (第六十条): the extension just approved, from the period it moves to the day it now ends. */
    private DocumentFields extension(PenaltyCase c, DocumentFields common) {
        Extension latest = c.extensions().get(c.extensions().size() - 1);
        LocalDate filed = java.util.Objects.requireNonNull(c.investigation().filedOn(), "a filed case");
        int before = c.extensionDays() - latest.days();
        return common.with(FILED_ON, date(filed))
                .with(DECISION_DUE, date(deadlines.decision(filed, before).date()))
                .with(EXTENSION_DAYS, text("casework.document.days", CapitalYuan.count(latest.days())))
                .with(EXTENDED_UNTIL, date(deadlines.decision(filed, c.extensionDays()).date()))
                .with(EXTENSION_REASONS, latest.reason())
                .with(HANDLER_OPINION, text("casework.document.extension.opinion"));
    }

    /** 案由: the clue's summary as a case's name (…案). */
    private String cause(PenaltyCase c) {
        String summary = c.origin().summary();
        return summary.endsWith(text("casework.document.cause.ending")) ? summary
                : text("casework.document.cause", summary);
    }

    private String investigation(PenaltyCase c) {
        return text("casework.document.investigation", date(c.investigation().filedOn()), officerNames(c),
                c.evidence().size());
    }

    private String evidence(PenaltyCase c) {
        return IntStream.range(0, c.evidence().size()).mapToObj(i -> text("casework.document.evidence", i + 1,
                text("casework.evidence.kind." + c.evidence().get(i).kind()), c.evidence().get(i).title()))
                .collect(Collectors.joining("\n"));
    }

    private String legalBases(PenaltyCase c) {
        List<Long> cited = c.investigation().itemIds().isEmpty() ? c.origin().itemIds() : c.investigation().itemIds();
        return cited.stream().flatMap(item -> items.legalBases(item).stream()).distinct()
                .collect(Collectors.joining("、"));
    }

    private String officersWithCertificates(PenaltyCase c, LocalDate day) {
        Map<Long, CertifiedOfficer> roster = certified.roster(List.of(c.agencyId()), day).stream()
                .collect(Collectors.toMap(CertifiedOfficer::officerId, Function.identity(), (a, b) -> a));
        return c.investigation().handlerIds().stream().map(id -> roster.containsKey(id)
                ? text("casework.document.officer", roster.get(id).name(), roster.get(id).certificateNumber())
                : officerName(id)).collect(Collectors.joining("、"));
    }

    private String officerNames(PenaltyCase c) {
        return c.investigation().handlerIds().stream().map(this::officerName).collect(Collectors.joining("、"));
    }

    private String officerName(long officerId) {
        return officers.find(officerId).map(OfficerOptions.Option::name).orElse(String.valueOf(officerId));
    }

    private String countyBody(PenaltyCase c, String key) {
        return text(key, regions.of(c.county().county().value()));
    }

    private String decisionTitle(PenaltyCase c) {
        return (decided(c).kind().imposesPenalty() ? DocumentKind.PENALTY_DECISION
                : DocumentKind.NO_PENALTY_DECISION).title();
    }

    private PartyCard party(PenaltyCase c) {
        return parties.find(c.origin().partyId()).orElseThrow();
    }

    private static Proposal decided(PenaltyCase c) {
        return java.util.Objects.requireNonNull(c.decision().decided(), "a decided case");
    }

    String date(@Nullable LocalDate day) {
        return day == null ? "" : text("casework.document.date", String.valueOf(day.getYear()), day.getMonthValue(),
                day.getDayOfMonth());
    }

    String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, CHINESE);
    }

    private static String lines(String first, @Nullable String second) {
        return second == null ? first : first + "\n" + second;
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }
}
