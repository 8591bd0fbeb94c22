package org.fazhi.governance.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.NotFound;
import org.fazhi.shared.DataChanged;
import org.fazhi.shared.RegionCode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ledger types a county works with: the shipped ones (resource files, read once) and its own, which the
 * county's bureau (SUPERVISOR) declares and redeclares in JSON, stored in {@code governance.ledger_type}. A county's
 * type may not take a shipped type's code. Redeclaring does not touch stored entries: each is checked against the
 * declaration again when it is next written.
 */
@Service
class LedgerTypes {

    static final String RECORD_TYPE = "governance.ledger-type";

    private final List<LedgerType> shipped = Declarations.shipped();
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    LedgerTypes(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    List<LedgerType> shipped() {
        return shipped;
    }

    /** Shipped types first, then the county's own by code. */
    List<LedgerType> of(RegionCode region) {
        List<LedgerType> all = new ArrayList<>(shipped);
        all.addAll(countyTypes(region));
        return all;
    }

    List<LedgerType> countyTypes(RegionCode region) {
        return jdbc.sql("select declaration::text from governance.ledger_type where region_code = :county order by code")
                .param("county", region.county().value()).query(String.class).list().stream()
                .map(json -> Declarations.read(json).ofCounty(region)).toList();
    }

    /** The type {@code code} as the user's county sees it; another county's type is not found. */
    LedgerType get(RegionCode region, String code) {
        return find(region, code).orElseThrow(() -> new NotFound("governance.ledger-type", code));
    }

    Optional<LedgerType> find(RegionCode region, String code) {
        Optional<LedgerType> ship = shipped.stream().filter(t -> t.code().equals(code)).findFirst();
        if (ship.isPresent()) {
            return ship;
        }
        return jdbc.sql("select declaration::text from governance.ledger_type where region_code = :county and code = :code")
                .param("county", region.county().value()).param("code", code).query(String.class).optional()
                .map(json -> Declarations.read(json).ofCounty(region));
    }

    /** Declares a new type for the bureau's county, or redeclares one of its own. */
    @Transactional
    LedgerType declare(SignedInUser user, String json) {
        requireBureau(user);
        LedgerType type = Declarations.read(json);
        RegionCode county = user.region().county();
        if (shipped.stream().anyMatch(t -> t.code().equals(type.code()))) {
            throw InvalidInput.of(DeclarationCheck.PROBLEM_FIELD, "governance.ledger.declaration.shipped-code",
                    type.code());
        }
        int updated = jdbc.sql("""
                insert into governance.ledger_type (region_code, code, declaration, declared_by)
                values (:county, :code, cast(:json as jsonb), :by)
                on conflict (region_code, code) do update
                   set declaration = excluded.declaration, declared_by = excluded.declared_by,
                       declared_at = now(), version = governance.ledger_type.version + 1""")
                .param("county", county.value()).param("code", type.code()).param("json", Declarations.write(type))
                .param("by", user.getUsername()).update();
        if (updated == 1) {
            events.publishEvent(DataChanged.updated(RECORD_TYPE, type.code(), county, List.of("declaration")));
        }
        return type.ofCounty(county);
    }

    static void requireBureau(SignedInUser user) {
        if (!user.hasRole(Role.SUPERVISOR)) {
            throw new AccessDeniedException("governance.ledger.bureau-only");
        }
    }
}
