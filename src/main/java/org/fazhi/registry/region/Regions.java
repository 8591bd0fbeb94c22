package org.fazhi.registry.region;

import java.util.List;

import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.NotFound;
import org.fazhi.platform.StaleEdit;
import org.fazhi.shared.DataChanged;
import org.fazhi.shared.RegionCode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The county and its townships: reference data kept by the administrator. A county is created once at set-up;
 * townships are added below it as their codes are assigned.
 */
@Service
public class Regions {

    static final String RECORD_TYPE = "registry.region";

    private final RegionRepository repository;
    private final ApplicationEventPublisher events;

    Regions(RegionRepository repository, ApplicationEventPublisher events) {
        this.repository = repository;
        this.events = events;
    }

    public List<Region> within(SignedInUser user) {
        return repository.within(user.region());
    }

    public Region get(SignedInUser user, String code) {
        return RegionCode.isValid(code) ? repository.find(RegionCode.of(code))
                .filter(region -> user.region().contains(region.code()))
                .orElseThrow(() -> new NotFound(RECORD_TYPE, code)) : notFound(code);
    }

    /** Registers the county itself; done once, at set-up or by the demo county. */
    @Transactional
    public Region registerCounty(SignedInUser user, RegionCode county, String name) {
        requireAdministrator(user);
        Region region = new Region(county, name.strip(), RegionKind.COUNTY, null, 0);
        repository.insert(region);
        events.publishEvent(DataChanged.created(RECORD_TYPE, county.value(), county, List.of("code", "name", "kind")));
        return region;
    }

    @Transactional
    public Region addTownship(SignedInUser user, RegionForm form) {
        requireAdministrator(user);
        RegionCode code = RegionCode.of(form.code());
        RegionCode county = code.county();
        if (repository.find(county).isEmpty() || !user.region().contains(code)) {
            throw InvalidInput.of("code", "registry.region.code.outside-county");
        }
        if (repository.find(code).isPresent()) {
            throw InvalidInput.of("code", "registry.region.code.taken");
        }
        if (repository.findByName(county, form.name()).isPresent()) {
            throw InvalidInput.of("name", "registry.region.name.taken");
        }
        if (form.kind() == RegionKind.COUNTY) {
            throw InvalidInput.of("kind", "registry.region.kind.not-county");
        }
        Region region = new Region(code, form.name().strip(), form.kind(), county, 0);
        repository.insert(region);
        events.publishEvent(DataChanged.created(RECORD_TYPE, code.value(), code, List.of("code", "name", "kind")));
        return region;
    }

    @Transactional
    public Region rename(SignedInUser user, String code, RegionForm form) {
        requireAdministrator(user);
        Region current = get(user, code);
        if (form.kind() == RegionKind.COUNTY != current.isCounty()) {
            throw InvalidInput.of("kind", "registry.region.kind.not-county");
        }
        repository.findByName(current.code().county(), form.name()).filter(other -> !other.code().equals(current.code()))
                .ifPresent(other -> {
                    throw InvalidInput.of("name", "registry.region.name.taken");
                });
        if (!repository.rename(current.code(), form.name().strip(), form.kind(), form.version())) {
            throw new StaleEdit(RECORD_TYPE, code);
        }
        events.publishEvent(DataChanged.updated(RECORD_TYPE, code, current.code(), List.of("name", "kind")));
        return repository.find(current.code()).orElseThrow();
    }

    private static void requireAdministrator(SignedInUser user) {
        if (!user.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("regions are kept by the administrator");
        }
    }

    private static Region notFound(String code) {
        throw new NotFound(RECORD_TYPE, code);
    }
}
