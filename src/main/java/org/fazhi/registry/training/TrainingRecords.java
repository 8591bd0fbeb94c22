package org.fazhi.registry.training;

import java.math.BigDecimal;
import java.util.Map;
import java.util.function.Consumer;

import org.fazhi.identity.DataScope;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.NotFound;
import org.fazhi.platform.Page;
import org.fazhi.platform.PageRequest;
import org.fazhi.platform.StaleEdit;
import org.fazhi.registry.access.RegistryPermissions;
import org.fazhi.registry.officer.Officer;
import org.fazhi.registry.officer.OfficerRepository;
import org.fazhi.shared.ChangedFields;
import org.fazhi.shared.DataChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording and correcting officers' training, within the user's data scope: the officer's agency keeps its own
 * records, the justice bureau those of its region. Also the year's hours the dashboard and the 年审 read.
 */
@Service
public class TrainingRecords {

    static final String RECORD_TYPE = "registry.training-record";

    private final TrainingRecordRepository repository;
    private final TrainingRules rules;
    private final OfficerRepository officers;
    private final ApplicationEventPublisher events;

    TrainingRecords(TrainingRecordRepository repository, TrainingRules rules, OfficerRepository officers,
                    ApplicationEventPublisher events) {
        this.repository = repository;
        this.rules = rules;
        this.officers = officers;
        this.events = events;
    }

    public Page<TrainingRecordRepository.Row> search(SignedInUser user, TrainingRecordRepository.Search search,
                                                     PageRequest page) {
        return repository.search(user.scope(), search, page);
    }

    /** The hours of every record the search finds, shown above the list. */
    public BigDecimal totalHours(SignedInUser user, TrainingRecordRepository.Search search) {
        return repository.totalHours(user.scope(), search);
    }

    /** Every row the search finds, in list order, for an export. */
    public void eachRow(SignedInUser user, TrainingRecordRepository.Search search,
                        Consumer<TrainingRecordRepository.Row> action) {
        repository.eachRow(user.scope(), search, action);
    }

    /** The record, if the user may see it; otherwise 404, exactly as if it did not exist. */
    public TrainingRecord get(SignedInUser user, long id) {
        return repository.find(id).filter(record -> user.scope().covers(record.region(), record.agencyId()))
                .orElseThrow(() -> new NotFound(RECORD_TYPE, id));
    }

    /** The record with its officer's and agency's names, on the same terms as {@link #get}. */
    public TrainingRecordRepository.Row row(SignedInUser user, long id) {
        get(user, id);
        return repository.findRow(id).orElseThrow(() -> new NotFound(RECORD_TYPE, id));
    }

    @Transactional
    public TrainingRecord create(SignedInUser user, TrainingForm form) {
        TrainingRecord draft = rules.toRecord(user, 0, form);
        RegistryPermissions.requireAgencyKeeper(user, draft.region(), draft.agencyId());
        long id = repository.insert(draft);
        events.publishEvent(DataChanged.created(RECORD_TYPE, id, draft.region(),
                ChangedFields.of(TrainingRecord.class)));
        return repository.find(id).orElseThrow();
    }

    @Transactional
    public TrainingRecord update(SignedInUser user, long id, TrainingForm form) {
        TrainingRecord current = get(user, id);
        RegistryPermissions.requireAgencyKeeper(user, current.region(), current.agencyId());
        TrainingRecord changed = rules.toRecord(user, id, form);
        RegistryPermissions.requireAgencyKeeper(user, changed.region(), changed.agencyId());
        if (!repository.update(changed)) {
            throw new StaleEdit(RECORD_TYPE, id);
        }
        events.publishEvent(DataChanged.updated(RECORD_TYPE, id, changed.region(),
                ChangedFields.between(current, changed)));
        return repository.find(id).orElseThrow();
    }

    /** One officer's training hours in {@code year} (for the 年审); 404 for an officer outside the scope. */
    public BigDecimal officerHours(SignedInUser user, long officerId, int year) {
        Officer officer = officers.find(officerId)
                .filter(found -> user.scope().covers(found.region(), found.agencyId()))
                .orElseThrow(() -> new NotFound("registry.officer", officerId));
        return repository.officerHours(officer.id(), year);
    }

    /** Hours trained in {@code year} per agency id, within the scope (dashboard). */
    public Map<Long, BigDecimal> hoursByAgency(DataScope scope, int year) {
        return repository.hoursByAgency(scope, year);
    }

    /** Hours trained in {@code year} per officer id, within the scope (年审 lists). */
    public Map<Long, BigDecimal> hoursByOfficer(DataScope scope, int year) {
        return repository.hoursByOfficer(scope, year);
    }
}
