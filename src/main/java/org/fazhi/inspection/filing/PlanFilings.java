package org.fazhi.inspection.filing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.fazhi.catalog.ItemCatalog;
import org.fazhi.catalog.ItemSummary;
import org.fazhi.identity.DataScope;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.inspection.InspectionProperties;
import org.fazhi.inspection.plan.PlanChoices;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.NotFound;
import org.fazhi.platform.files.Acceptance;
import org.fazhi.platform.files.FileContent;
import org.fazhi.platform.files.FileKind;
import org.fazhi.platform.files.FileOwner;
import org.fazhi.platform.files.StoredFiles;
import org.fazhi.platform.files.Upload;
import org.fazhi.registry.AgencyDirectory;
import org.fazhi.shared.DataChanged;
import org.fazhi.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 年度检查计划备案: an agency's legal office files the agency's annual inspection plan, with the plan document, by
 * the county's due day; the justice bureau accepts it or returns it with a reason, and sees every inspecting agency's
 * standing for a year. Agency roles see their own agency's filings; county roles the county's.
 */
@Service
public class PlanFilings {

    static final String RECORD_TYPE = "inspection.plan_filing";
    /** Plan documents are stored as files of the agency that files them. */
    static final String DOCUMENT_OWNER = RECORD_TYPE;
    static final Acceptance DOCUMENTS = Acceptance.of("document", "inspection.filing.document", FileKind.PDF,
            FileKind.DOCX, FileKind.DOC).atMost(10 * 1024 * 1024);

    /** One agency's standing in the bureau's list. */
    public record AgencyStanding(long agencyId, String agencyName, FilingStanding standing) {
    }

    private final FilingRepository repository;
    private final StoredFiles files;
    private final PlanChoices choices;
    private final ItemCatalog catalog;
    private final AgencyDirectory agencies;
    private final InspectionProperties rules;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PlanFilings(FilingRepository repository, StoredFiles files, PlanChoices choices, ItemCatalog catalog,
                AgencyDirectory agencies, InspectionProperties rules, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.files = files;
        this.choices = choices;
        this.catalog = catalog;
        this.agencies = agencies;
        this.rules = rules;
        this.events = events;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public LocalDate dueOn(int year) {
        return rules.planFilingDue().atYear(year);
    }

    /** The inspection items an agency may plan for a year: those it may cite on the year's reference day. */
    public List<ItemSummary> plannableItems(long agencyId, int year) {
        return choices.inspectionItems(choices.countyOf(agencyId), List.of(agencyId), referenceDay(year));
    }

    /**
     * The chosen items and every other version of their codes on the list during the year: the plan names items, so
     * an inspection citing the version before or after a revision in that year is inside it (later revisions are
     * added by {@link PlansFollowRevisions}).
     */
    private List<Long> withTheYearsOtherVersions(long agencyId, int year, List<Long> chosen) {
        List<ItemSummary> versions = catalog.everyVersion(choices.countyOf(agencyId), agencyId);
        Set<String> codes = versions.stream().filter(item -> chosen.contains(item.id())).map(ItemSummary::code)
                .collect(Collectors.toSet());
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        return Stream.concat(chosen.stream(), versions.stream()
                        .filter(item -> codes.contains(item.code()) && !item.effectiveFrom().isAfter(last)
                                && (item.effectiveTo() == null || !item.effectiveTo().isBefore(first)))
                        .map(ItemSummary::id))
                .distinct().toList();
    }

    /** Today for this year; the last day of a past year; the first day of a coming one. */
    private LocalDate referenceDay(int year) {
        LocalDate today = today();
        return year == today.getYear() ? today
                : year < today.getYear() ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1);
    }

    @Transactional
    public PlanFiling file(SignedInUser user, FilingForm form, @Nullable Upload upload) {
        if (!user.hasRole(Role.AGENCY_ADMIN) || user.agencyId() == null) {
            throw new AccessDeniedException("an agency's legal office files its annual inspection plan");
        }
        long agencyId = user.agencyId();
        int year = checkedYear(form);
        Set<Long> plannable = plannableItems(agencyId, year).stream().map(ItemSummary::id).collect(Collectors.toSet());
        List<Long> items = form.itemIds() == null ? List.of() : form.itemIds().stream().distinct().toList();
        if (!plannable.containsAll(items)) {
            throw InvalidInput.of("itemIds", "inspection.filing.items.not-citable");
        }
        items = withTheYearsOtherVersions(agencyId, year, items);
        int routine = count(form.plannedRoutine());
        int special = count(form.plannedSpecial());
        int higher = count(form.plannedHigherSpecial());
        if (routine + special + higher == 0) {
            throw InvalidInput.of("plannedRoutine", "inspection.filing.count.none");
        }
        if (upload == null) {
            throw InvalidInput.of("document", "inspection.filing.document.required");
        }
        PlanDocument document = PlanDocument.of(files.store(FileOwner.of(DOCUMENT_OWNER, agencyId,
                user.region().county()), upload, DOCUMENTS, user.getUsername()));
        PlanFiling filing = new PlanFiling(0, user.region().county(), agencyId, year, FilingStatus.FILED, routine,
                special, higher, items, blankToNull(form.note()), document, today(), user.getUsername(), null, null,
                null, 0);
        long id = repository.insert(filing)
                .orElseThrow(() -> RuleViolation.of("inspection.filing.already-filed", year));
        events.publishEvent(DataChanged.created(RECORD_TYPE, id, filing.county(), List.of("filing", "document")));
        return repository.find(id).orElseThrow();
    }

    /** The justice bureau accepts the plan: the agency's inspections of the year are measured against it. */
    @Transactional
    public PlanFiling accept(SignedInUser user, long id, int version) {
        return decide(user, id, version, FilingStatus.ACCEPTED, null);
    }

    /** The justice bureau returns the plan with a reason; the agency files it again. */
    @Transactional
    public PlanFiling returnForCorrection(SignedInUser user, long id, int version, @Nullable String reason) {
        if (reason == null || reason.isBlank()) {
            throw InvalidInput.of("reason", "inspection.filing.reason.required");
        }
        return decide(user, id, version, FilingStatus.RETURNED, reason.strip());
    }

    private PlanFiling decide(SignedInUser user, long id, int version, FilingStatus status, @Nullable String reason) {
        if (!user.hasRole(Role.ADMIN, Role.SUPERVISOR)) {
            throw new AccessDeniedException("the justice bureau reviews plan filings");
        }
        PlanFiling filing = get(user, id);
        filing.checkDecidableBy(user.getUsername());
        repository.decide(id, version, status, user.getUsername(), today(), reason);
        events.publishEvent(DataChanged.updated(RECORD_TYPE, id, filing.county(), List.of("status")));
        return repository.find(id).orElseThrow();
    }

    public PlanFiling get(SignedInUser user, long id) {
        requireStaff(user);
        return repository.find(id).filter(filing -> user.scope().covers(filing.county(), filing.agencyId()))
                .orElseThrow(() -> new NotFound(RECORD_TYPE, id));
    }

    /** The document, for whoever may see the filing, once its bytes are found to be those filed. */
    public FileContent document(SignedInUser user, long id) {
        return files.read(DOCUMENT_OWNER, get(user, id).document().file());
    }

    /** The filings in the user's scope, for a year or all years, newest first. */
    public List<PlanFiling> filings(SignedInUser user, @Nullable Integer year) {
        requireStaff(user);
        return repository.within(user.scope(), year);
    }

    /**
     * Every agency in the user's scope that inspects (may cite an inspection item in the year) or has filed, with its
     * standing for the year, optionally only those standing so.
     */
    public List<AgencyStanding> standings(SignedInUser user, int year, FilingStanding.@Nullable Kind only) {
        requireStaff(user);
        DataScope scope = user.scope();
        Map<Long, List<PlanFiling>> byAgency = repository.within(scope, year).stream()
                .collect(Collectors.groupingBy(PlanFiling::agencyId));
        Set<Long> inspecting = choices.inspectingAgencies(user.region().county(), referenceDay(year));
        LocalDate today = today();
        return agencies.within(DataScope.ofRegion(user.region().county())).stream()
                .filter(agency -> scope.agencyId() == null || scope.agencyId().equals(agency.id()))
                .filter(agency -> inspecting.contains(agency.id()) || byAgency.containsKey(agency.id()))
                .map(agency -> new AgencyStanding(agency.id(), agency.name(), FilingStanding.of(
                        byAgency.getOrDefault(agency.id(), List.of()), year, rules.planFilingDue(), today)))
                .filter(row -> only == null || row.standing().kind() == only)
                .toList();
    }

    private int checkedYear(FilingForm form) {
        int thisYear = today().getYear();
        Integer year = form.year();
        if (year == null || year < thisYear - 1 || year > thisYear + 1) {
            throw InvalidInput.of("year", "inspection.filing.year.range", thisYear - 1, thisYear + 1);
        }
        return year;
    }

    private static int count(@Nullable Integer value) {
        return value == null ? 0 : value;
    }

    static void requireStaff(SignedInUser user) {
        if (user.hasRole(Role.ENTERPRISE)) {
            throw new AccessDeniedException("staff only");
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
