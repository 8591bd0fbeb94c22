package org.fazhi.inspection.conflict;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.fazhi.entities.PartyCard;
import org.fazhi.entities.PartyDirectory;
import org.fazhi.identity.AgencyOptions;
import org.fazhi.identity.DataScope;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.InvalidInput.FieldProblem;
import org.fazhi.platform.NotFound;
import org.fazhi.registry.AgencyDirectory;
import org.fazhi.registry.CertifiedOfficer;
import org.fazhi.registry.CertifiedOfficers;
import org.fazhi.registry.RegionDirectory;
import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Declaring and withdrawing conflicts of interest (回避申报). Officers and legal offices declare for their own
 * agency's officers; the justice bureau for any in its region. Draws read the declarations in force when a plan's
 * directories are frozen.
 */
@Service
public class ConflictDeclarations {

    private static final String COLUMNS = """
            id, region_code, agency_id, officer_id, officer_name, party_id, township, reason, declared_on,
            declared_by, withdrawn_on""";

    private final JdbcClient jdbc;
    private final CertifiedOfficers officers;
    private final AgencyDirectory agencies;
    private final PartyDirectory parties;
    private final RegionDirectory regions;
    private final Clock clock;

    ConflictDeclarations(JdbcClient jdbc, CertifiedOfficers officers, AgencyDirectory agencies, PartyDirectory parties,
                         RegionDirectory regions, Clock clock) {
        this.regions = regions;
        this.jdbc = jdbc;
        this.officers = officers;
        this.agencies = agencies;
        this.parties = parties;
        this.clock = clock;
    }

    /** The declarations in the user's scope, newest first, with the parties' names. */
    public List<ConflictDeclaration> list(SignedInUser user) {
        requireDeclarer(user);
        DataScope scope = user.scope();
        List<ConflictDeclaration> found = jdbc.sql("select " + COLUMNS + "\n" + """
                 from inspection.conflict_declaration
                 where region_code like ? and (?::bigint is null or agency_id = ?) order by id desc limit 500""")
                .params(scope.regionPattern(), scope.agencyId(), scope.agencyId())
                .query((rs, row) -> map(rs, null)).list();
        Map<Long, String> names = parties.findAll(found.stream().map(ConflictDeclaration::partyId)
                        .filter(java.util.Objects::nonNull).toList()).stream()
                .collect(Collectors.toMap(PartyCard::id, PartyCard::name));
        return found.stream().map(declaration -> declaration.partyId() == null ? declaration
                : withPartyName(declaration, names.get(declaration.partyId()))).toList();
    }

    /** The certified officers the user may declare for. */
    public List<CertifiedOfficer> officers(SignedInUser user) {
        requireDeclarer(user);
        Collection<Long> agencies = user.agencyId() != null ? List.of(user.agencyId())
                : this.agencies.within(user.scope()).stream().map(AgencyOptions.Option::id).toList();
        return officers.roster(agencies, LocalDate.now(clock));
    }

    @Transactional
    public long declare(SignedInUser user, ConflictForm form) {
        requireDeclarer(user);
        CertifiedOfficer officer = officers(user).stream().filter(o -> o.officerId() == form.officerId())
                .findFirst().orElseThrow(() -> InvalidInput.of("officerId", "inspection.conflict.officer.unknown"));
        List<FieldProblem> problems = new ArrayList<>();
        boolean hasParty = form.partyCode() != null && !form.partyCode().isBlank();
        boolean hasTownship = form.township() != null && !form.township().isBlank();
        if (hasParty == hasTownship) {
            problems.add(FieldProblem.of("partyCode", "inspection.conflict.one-of"));
        }
        Optional<PartyCard> party = hasParty ? parties.findByCreditCode(form.partyCode()) : Optional.empty();
        if (hasParty && party.filter(p -> user.region().county().contains(p.region())).isEmpty()) {
            problems.add(FieldProblem.of("partyCode", "inspection.conflict.party.unknown"));
        }
        if (hasTownship && !isTownshipOf(user.region().county(), form.township().strip())) {
            problems.add(FieldProblem.of("township", "inspection.conflict.township.invalid"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return jdbc.sql("""
                insert into inspection.conflict_declaration (region_code, agency_id, officer_id, officer_name,
                       party_id, township, reason, declared_on, declared_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(user.region().county().value(), officer.agencyId(), officer.officerId(), officer.name(),
                        party.map(PartyCard::id).orElse(null), hasTownship ? form.township().strip() : null,
                        form.reason().strip(), LocalDate.now(clock), user.getUsername())
                .query(Long.class).single();
    }

    @Transactional
    public void withdraw(SignedInUser user, long id) {
        requireDeclarer(user);
        DataScope scope = user.scope();
        int updated = jdbc.sql("""
                update inspection.conflict_declaration set withdrawn_on = ?
                 where id = ? and withdrawn_on is null and region_code like ? and (?::bigint is null or agency_id = ?)""")
                .params(LocalDate.now(clock), id, scope.regionPattern(), scope.agencyId(), scope.agencyId()).update();
        if (updated != 1) {
            throw new NotFound("inspection.conflict", id);
        }
    }

    private boolean isTownshipOf(RegionCode county, String code) {
        return code.matches("[1-9][0-9]{8}") && county.contains(RegionCode.of(code))
                && regions.find(RegionCode.of(code)).filter(region -> !region.county()).isPresent();
    }

    /** The declarations of these officers in force on the day: what a plan's frozen directory lists. */
    public List<ConflictDeclaration> inForce(Collection<Long> officerIds, LocalDate day) {
        if (officerIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + "\n" + """
                 from inspection.conflict_declaration
                 where officer_id in (:officers) and declared_on <= :day and (withdrawn_on is null or withdrawn_on > :day)
                 order by officer_id, id""")
                .param("officers", officerIds).param("day", day).query((rs, row) -> map(rs, null)).list();
    }

    private static void requireDeclarer(SignedInUser user) {
        if (!user.hasRole(Role.ADMIN, Role.SUPERVISOR, Role.AGENCY_ADMIN, Role.OFFICER)) {
            throw new AccessDeniedException("conflicts are declared by officers, legal offices and the bureau");
        }
    }

    private static ConflictDeclaration withPartyName(ConflictDeclaration d, @Nullable String name) {
        return new ConflictDeclaration(d.id(), d.region(), d.agencyId(), d.officerId(), d.officerName(),
                d.partyId(), name, d.township(), d.reason(), d.declaredOn(), d.declaredBy(), d.withdrawnOn());
    }

    private static ConflictDeclaration map(java.sql.ResultSet rs, @Nullable String partyName) throws java.sql.SQLException {
        long partyId = rs.getLong("party_id");
        boolean noParty = rs.wasNull();
        String township = rs.getString("township");
        return new ConflictDeclaration(rs.getLong("id"), RegionCode.of(rs.getString("region_code")),
                rs.getLong("agency_id"), rs.getLong("officer_id"), rs.getString("officer_name"),
                noParty ? null : partyId, partyName, township == null ? null : RegionCode.of(township),
                rs.getString("reason"), rs.getObject("declared_on", LocalDate.class), rs.getString("declared_by"),
                rs.getObject("withdrawn_on", LocalDate.class));
    }
}
