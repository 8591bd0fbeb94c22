package org.fazhi.entities;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.fazhi.entities.industry.Industries;
import org.fazhi.entities.party.Parties;
import org.fazhi.entities.party.Party;
import org.fazhi.entities.party.PartyLocations;
import org.fazhi.entities.party.PartyRepository;
import org.fazhi.entities.party.PartyStatus;
import org.fazhi.platform.FieldCipher;
import org.fazhi.shared.GeoPoint;
import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Other modules' read-only view of the party register: one party's card, and the 检查对象名录库 of a random
 * inspection — the operating enterprises and individual businesses of a county matching a plan's criteria,
 * reduced to what a draw needs (id, credit grade, township), ordered by id.
 */
@Service
public class PartyDirectory {

    /** One party of an inspection directory; grade null when it has none. */
    public record Entry(long partyId, @Nullable CreditGrade grade, RegionCode township) {
    }

    /**
     * Which parties a plan covers. Empty sets mean "all"; industries may be sections ("C") or divisions ("C13").
     */
    public record Criteria(RegionCode county, Set<RegionCode> townships, Set<String> industries,
                           Set<CreditGrade> grades) {
    }

    private final PartyRepository parties;
    private final Parties register;
    private final PartyLocations locations;
    private final Industries industries;
    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    PartyDirectory(PartyRepository parties, Parties register, PartyLocations locations, Industries industries,
                   JdbcClient jdbc, FieldCipher cipher) {
        this.parties = parties;
        this.register = register;
        this.locations = locations;
        this.industries = industries;
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /** GB/T 4754 sections (门类) and divisions (大类), code → name, for choosing a plan's industries. */
    public Map<String, String> industries() {
        return industries.names();
    }

    public Optional<PartyCard> find(long id) {
        return parties.find(id).map(PartyDirectory::card);
    }

    /** An enterprise, individual business or organisation by its unified social credit code. */
    public Optional<PartyCard> findByCreditCode(String creditCode) {
        return parties.findByIdentityKey("CC:" + creditCode.strip().toUpperCase()).map(PartyDirectory::card);
    }

    /** A party of the county by its credit code, or a person by the ID number (matched by its keyed hash). */
    public Optional<PartyCard> findByCode(RegionCode county, String creditCodeOrIdNumber) {
        String key = register.codeKey(creditCodeOrIdNumber);
        return key == null ? Optional.empty() : parties.findByIdentityKey(key.startsWith("ID:") ? key : "CC:" + key)
                .filter(party -> county.county().contains(party.region())).map(PartyDirectory::card);
    }

    /** The county's parties of exactly this name: more than one when the name does not tell them apart. */
    public List<PartyCard> findByName(RegionCode county, String name) {
        List<Long> ids = jdbc.sql("select id from entities.party where region_code like ? and name = ? limit 2")
                .params(county.county().value() + "%", name.strip()).query(Long.class).list();
        return findAll(ids);
    }

    public List<PartyCard> findAll(Collection<Long> ids) {
        return parties.findAll(ids).stream().map(PartyDirectory::card).toList();
    }

    /**
     * The party's address, contact and telephone for a document addressed to it (an enforcement document states
     * them); the telephone is decrypted only here, for that purpose, and never shown on a list.
     */
    public Optional<PartyContact> contactOf(long partyId) {
        return jdbc.sql("select address, contact_name, contact_phone_cipher from entities.party where id = ?")
                .param(partyId).query((rs, row) -> new PartyContact(rs.getString(1), rs.getString(2),
                        rs.getString(3) == null ? null : cipher.decrypt(rs.getString(3)))).optional();
    }

    /**
     * The names of the parties' contacts (法定代表人、负责人、经营者), by party id, for documents written in bulk
     * (casework's decisions of generated history); parties without one are absent. No telephone: nothing decrypted.
     */
    public Map<Long, String> contactNames(Collection<Long> partyIds) {
        return jdbc.sql("""
                select id, contact_name from entities.party
                 where id = any(?) and contact_name is not null and contact_name <> ''""")
                .param(partyIds.toArray(Long[]::new))
                .query((rs, row) -> Map.entry(rs.getLong(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Where the party's registered address lies, when known (亮码即定位 measures check-ins from it). */
    public Optional<GeoPoint> locationOf(long partyId) {
        return locations.of(partyId);
    }

    /** The located ones among these parties, by id, in one query. */
    public Map<Long, GeoPoint> locationsOf(Collection<Long> partyIds) {
        return locations.ofAll(partyIds);
    }

    public List<Entry> directory(Criteria criteria) {
        return jdbc.sql("""
                select id, credit_grade, region_code from entities.party
                 where region_code like :county and status = 'OPERATING' and kind <> 'PERSON'
                   and (cardinality(:townships::text[]) = 0 or region_code = any(:townships::text[]))
                   and (cardinality(:industries::text[]) = 0 or industry_code = any(:industries::text[])
                        or left(industry_code, 1) = any(:industries::text[]))
                   and (cardinality(:grades::text[]) = 0 or credit_grade = any(:grades::text[]))
                 order by id""")
                .param("county", criteria.county().county().value() + "%")
                .param("townships", criteria.townships().stream().map(RegionCode::value).toArray(String[]::new))
                .param("industries", criteria.industries().toArray(String[]::new))
                .param("grades", criteria.grades().stream().map(Enum::name).toArray(String[]::new))
                .query((rs, row) -> new Entry(rs.getLong(1),
                        rs.getString(2) == null ? null : CreditGrade.valueOf(rs.getString(2)),
                        RegionCode.of(rs.getString(3))))
                .list();
    }

    /** The county's 五上企业, whose inspections also need the justice bureau's approval: one query for the lot. */
    public Set<Long> fiveAboveIn(RegionCode county) {
        return Set.copyOf(jdbc.sql("select id from entities.party where region_code like ? and five_above")
                .param(county.county().value() + "%").query(Long.class).list());
    }

    private static PartyCard card(Party party) {
        String publicName = party.kind() == PartyKind.PERSON ? party.name().charAt(0) + "*" : party.name();
        return new PartyCard(party.id(), party.region(), party.kind(), party.name(), publicName,
                party.displayCode(), party.industryCode(), party.fiveAbove(), party.creditGrade(),
                party.status() == PartyStatus.OPERATING);
    }
}
