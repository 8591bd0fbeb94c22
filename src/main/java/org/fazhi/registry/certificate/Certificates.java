package org.fazhi.registry.certificate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.InvalidInput.FieldProblem;
import org.fazhi.platform.NotFound;
import org.fazhi.platform.Page;
import org.fazhi.platform.PageRequest;
import org.fazhi.platform.StaleEdit;
import org.fazhi.registry.RegistryProperties;
import org.fazhi.registry.access.RegistryPermissions;
import org.fazhi.registry.area.EnforcementAreas;
import org.fazhi.registry.certificate.AnnualReview.ReviewResult;
import org.fazhi.registry.officer.Officer;
import org.fazhi.registry.officer.OfficerRepository;
import org.fazhi.shared.ChangedFields;
import org.fazhi.shared.DataChanged;
import org.fazhi.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Issuing certificates and deciding on them (suspend, reinstate, revoke, 年审): the justice bureau's work. */
@Service
public class Certificates {

    static final String RECORD_TYPE = "registry.certificate";
    static final String REVIEW_RECORD_TYPE = "registry.annual-review";

    private final CertificateRepository repository;
    private final OfficerRepository officers;
    private final EnforcementAreas areas;
    private final RegistryProperties rules;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Certificates(CertificateRepository repository, OfficerRepository officers, EnforcementAreas areas,
                 RegistryProperties rules, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.officers = officers;
        this.areas = areas;
        this.rules = rules;
        this.events = events;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The search a list's filters ask for. */
    public CertificateRepository.Search searchFor(CertificateFilter filter) {
        Integer expiringWithin = filter.expiringWithinDays() != null ? filter.expiringWithinDays()
                : Boolean.TRUE.equals(filter.expiring()) ? Integer.valueOf(rules.expiringWithinDays()) : null;
        return new CertificateRepository.Search(filter.text(), filter.agency(), filter.kind(), filter.standing(),
                expiringWithin, Boolean.TRUE.equals(filter.reviewOverdue()) ? reviewYearDue() : null);
    }

    public Page<CertificateRepository.Row> search(SignedInUser user, CertificateRepository.Search search,
                                                  PageRequest page) {
        return repository.search(user.scope(), search, today(), page);
    }

    public Certificate get(SignedInUser user, long id) {
        return repository.find(id).filter(c -> user.scope().covers(c.region(), c.agencyId()))
                .orElseThrow(() -> new NotFound(RECORD_TYPE, id));
    }

    public List<Certificate> ofOfficer(long officerId) {
        return repository.ofOfficer(officerId);
    }

    public List<AnnualReview> reviews(long certificateId) {
        return repository.reviews(certificateId);
    }

    /** The year whose 年审 is due today, for the "overdue" filter. */
    public int reviewYearDue() {
        return rules.reviewYearDueOn(today());
    }

    @Transactional
    public Certificate issue(SignedInUser user, CertificateForm form) {
        Certificate draft = check(user, form);
        RegistryPermissions.requireBureau(user, draft.region());
        long id = repository.insert(draft);
        events.publishEvent(DataChanged.created(RECORD_TYPE, id, draft.region(), ChangedFields.of(Certificate.class)));
        return repository.find(id).orElseThrow();
    }

    @Transactional
    public Certificate suspend(SignedInUser user, long id, String reason) {
        Certificate current = decidable(user, id);
        return save(current, current.suspend(reason, today()));
    }

    @Transactional
    public Certificate reinstate(SignedInUser user, long id) {
        Certificate current = decidable(user, id);
        return save(current, current.reinstate(today()));
    }

    @Transactional
    public Certificate revoke(SignedInUser user, long id, String reason) {
        Certificate current = decidable(user, id);
        return save(current, current.revoke(reason, today()));
    }

    /**
     * Records a 年审. A failed review suspends the certificate (暂扣) until the officer passes one; a revoked
     * certificate is not reviewed, and a year is reviewed once.
     */
    @Transactional
    public Certificate recordReview(SignedInUser user, long id, int year, ReviewResult result, LocalDate reviewedOn,
                                    @Nullable String note) {
        Certificate certificate = decidable(user, id);
        if (certificate.status() == CertificateStatus.REVOKED) {
            throw RuleViolation.of("registry.review.revoked", certificate.number());
        }
        if (year < certificate.issuedOn().getYear() || year > certificate.expiresOn().getYear()
                || reviewedOn.isAfter(today()) || reviewedOn.getYear() < year) {
            throw RuleViolation.of("registry.review.year-outside", year, certificate.number());
        }
        if (repository.reviews(id).stream().anyMatch(review -> review.year() == year)) {
            throw RuleViolation.of("registry.review.duplicate", year, certificate.number());
        }
        long reviewId = repository.insertReview(certificate,
                new AnnualReview(0, id, year, result, reviewedOn, note == null || note.isBlank() ? null : note.strip()));
        events.publishEvent(DataChanged.created(REVIEW_RECORD_TYPE, reviewId, certificate.region(),
                ChangedFields.of(AnnualReview.class)));
        if (result == ReviewResult.FAILED && certificate.isValidOn(today())) {
            return save(certificate, certificate.suspend("年审不合格（" + year + "年度）", today()));
        }
        return certificate;
    }

    private Certificate decidable(SignedInUser user, long id) {
        Certificate certificate = get(user, id);
        RegistryPermissions.requireBureau(user, certificate.region());
        return certificate;
    }

    private Certificate save(Certificate before, Certificate after) {
        if (!repository.saveStatus(after)) {
            throw new StaleEdit(RECORD_TYPE, after.id());
        }
        events.publishEvent(DataChanged.updated(RECORD_TYPE, after.id(), after.region(),
                ChangedFields.between(before, after)));
        return repository.find(after.id()).orElseThrow();
    }

    private Certificate check(SignedInUser user, CertificateForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        Optional<Officer> holder = Optional.ofNullable(form.officerId()).flatMap(officers::find)
                .filter(officer -> user.scope().covers(officer.region(), officer.agencyId()));
        if (holder.isEmpty()) {
            problems.add(FieldProblem.of("officerId", "registry.certificate.officer.unknown"));
        } else if (!holder.get().isActive()) {
            problems.add(FieldProblem.of("officerId", "registry.certificate.officer.inactive"));
        } else if (form.kind() == CertificateKind.ENFORCEMENT && rules.establishedStaffOnly()
                && !holder.get().establishment().isEstablished()) {
            problems.add(FieldProblem.of("officerId", "registry.certificate.officer.not-established"));
        } else if (repository.ofOfficer(holder.get().id()).stream()
                .anyMatch(other -> other.kind() == form.kind() && other.isValidOn(today()))) {
            problems.add(FieldProblem.of("officerId", "registry.certificate.officer.already-certified"));
        }
        String number = form.number().strip();
        if (repository.findByNumber(number).isPresent()) {
            problems.add(FieldProblem.of("number", "registry.certificate.number.taken"));
        }
        LocalDate issuedOn = form.issuedOn();
        LocalDate expiresOn = form.expiresOn() != null ? form.expiresOn()
                : issuedOn.plusYears(rules.certificateValidityYears()).minusDays(1);
        if (issuedOn.isAfter(today())) {
            problems.add(FieldProblem.of("issuedOn", "registry.certificate.issued-on.future"));
        }
        if (!expiresOn.isAfter(issuedOn)) {
            problems.add(FieldProblem.of("expiresOn", "registry.certificate.expires-on.before-issue"));
        }
        List<String> areaCodes = form.areaCodes().isEmpty() && holder.isPresent() ? holder.get().areas()
                : form.areaCodes();
        areaCodes.stream().filter(code -> !areas.isKnown(code)).findFirst()
                .ifPresent(code -> problems.add(FieldProblem.of("areas", "registry.area.unknown", code)));
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Officer officer = holder.get();
        return new Certificate(0, officer.region(), officer.agencyId(), officer.id(), form.kind(), number, issuedOn,
                expiresOn, areaCodes, CertificateStatus.VALID, null, null, 0);
    }
}
