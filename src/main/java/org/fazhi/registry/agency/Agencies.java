package org.fazhi.registry.agency;

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

/** Registering and changing enforcement agencies, within the user's data scope. */
@Service
public class Agencies {

    static final String RECORD_TYPE = "registry.agency";

    private final AgencyRepository repository;
    private final AgencyRules rules;
    private final ApplicationEventPublisher events;

    Agencies(AgencyRepository repository, AgencyRules rules, ApplicationEventPublisher events) {
        this.repository = repository;
        this.rules = rules;
        this.events = events;
    }

    public Page<Agency> search(SignedInUser user, AgencyRepository.Search search, PageRequest page) {
        return repository.search(user.scope(), search, page);
    }

    public List<Agency> all(SignedInUser user) {
        return repository.all(user.scope());
    }

    /** The agency, if the user may see it; otherwise 404, exactly as if it did not exist. */
    public Agency get(SignedInUser user, long id) {
        return repository.find(id).filter(agency -> user.scope().covers(agency.region(), agency.id()))
                .orElseThrow(() -> new NotFound(RECORD_TYPE, id));
    }

    /** The domain's problems with a form, for pages that show them together with the form's own. */
    public List<InvalidInput.FieldProblem> problemsWith(SignedInUser user, long id, AgencyForm form) {
        return rules.problems(user, id, form);
    }

    @Transactional
    public Agency register(SignedInUser user, AgencyForm form) {
        RegistryPermissions.requireBureau(user, user.region());
        Agency draft = rules.toAgency(user, 0, form);
        RegistryPermissions.requireBureau(user, draft.region());
        long id = repository.insert(draft);
        events.publishEvent(DataChanged.created(RECORD_TYPE, id, draft.region(), ChangedFields.of(Agency.class)));
        return repository.find(id).orElseThrow();
    }

    @Transactional
    public Agency update(SignedInUser user, long id, AgencyForm form) {
        Agency current = get(user, id);
        RegistryPermissions.requireBureau(user, current.region());
        Agency changed = rules.toAgency(user, id, form);
        if (!repository.update(changed)) {
            throw new StaleEdit(RECORD_TYPE, id);
        }
        events.publishEvent(DataChanged.updated(RECORD_TYPE, id, changed.region(),
                ChangedFields.between(current, changed)));
        return repository.find(id).orElseThrow();
    }
}
