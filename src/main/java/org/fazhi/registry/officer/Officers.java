package org.fazhi.registry.officer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.NotFound;
import org.fazhi.platform.Page;
import org.fazhi.platform.PageRequest;
import org.fazhi.platform.StaleEdit;
import org.fazhi.registry.access.RegistryPermissions;
import org.fazhi.shared.ChangedFields;
import org.fazhi.shared.DataChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registering and changing officers, within the user's data scope. */
@Service
public class Officers {

    static final String RECORD_TYPE = "registry.officer";

    private final OfficerRepository repository;
    private final OfficerRules rules;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Officers(OfficerRepository repository, OfficerRules rules, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.rules = rules;
        this.events = events;
        this.clock = clock;
    }

    public Page<OfficerRepository.Row> search(SignedInUser user, OfficerRepository.Search search, PageRequest page) {
        return repository.search(user.scope(), search, LocalDate.now(clock), page);
    }

    public List<Officer> all(SignedInUser user) {
        return repository.all(user.scope());
    }

    /** The officer, if the user may see him or her; otherwise 404, exactly as if there were none. */
    public Officer get(SignedInUser user, long id) {
        return repository.find(id).filter(officer -> user.scope().covers(officer.region(), officer.agencyId()))
                .orElseThrow(() -> new NotFound(RECORD_TYPE, id));
    }

    /** The domain's problems with a form, for pages that show them together with the form's own. */
    public List<InvalidInput.FieldProblem> problemsWith(SignedInUser user, long id, OfficerForm form) {
        return rules.problems(user, id, form);
    }

    @Transactional
    public Officer register(SignedInUser user, OfficerForm form) {
        OfficerRules.Checked checked = rules.check(user, 0, form);
        Officer officer = checked.officer();
        RegistryPermissions.requireAgencyKeeper(user, officer.region(), officer.agencyId());
        long id = repository.insert(officer, checked.idNumber());
        events.publishEvent(DataChanged.created(RECORD_TYPE, id, officer.region(),
                ChangedFields.of(Officer.class)));
        return repository.find(id).orElseThrow();
    }

    @Transactional
    public Officer update(SignedInUser user, long id, OfficerForm form) {
        Officer current = get(user, id);
        RegistryPermissions.requireAgencyKeeper(user, current.region(), current.agencyId());
        OfficerRules.Checked checked = rules.check(user, id, form);
        RegistryPermissions.requireAgencyKeeper(user, checked.officer().region(), checked.officer().agencyId());
        if (!repository.update(checked.officer(), checked.idNumber())) {
            throw new StaleEdit(RECORD_TYPE, id);
        }
        List<String> changed = new java.util.ArrayList<>(ChangedFields.between(current, checked.officer()));
        if (checked.idNumber() != null && !changed.contains("idNumberMasked")) {
            changed.add("idNumber");
        }
        events.publishEvent(DataChanged.updated(RECORD_TYPE, id, checked.officer().region(), changed));
        return repository.find(id).orElseThrow();
    }
}
