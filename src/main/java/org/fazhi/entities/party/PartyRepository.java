package org.fazhi.entities.party;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.fazhi.entities.CreditGrade;
import org.fazhi.entities.PartyKind;
import org.fazhi.identity.DataScope;
import org.fazhi.platform.Page;
import org.fazhi.platform.PageRequest;
import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class PartyRepository {

    /** Lists stop counting here: "10000+" is as useful to a reader as an exact count, and far cheaper. */
    public static final int COUNT_LIMIT = 10_000;

    static final String COLUMNS = """
            p.id, p.region_code, p.kind, p.credit_code, p.id_number_masked, p.name, p.address, p.industry_code,
            p.scale, p.five_above, p.contact_name, p.contact_phone_masked, p.status, p.credit_grade, p.marks,
            p.version""";

    private final JdbcClient jdbc;

    PartyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Party> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from entities.party p where p.id = ?").param(id)
                .query(PartyRepository::map).optional();
    }

    /** Several parties in one query (a page of draw results, a task list), in no particular order. */
    public List<Party> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from entities.party p where p.id = any(?)")
                .param(ids.stream().distinct().toArray(Long[]::new)).query(PartyRepository::map).list();
    }

    public Optional<String> identityKey(long id) {
        return jdbc.sql("select identity_key from entities.party where id = ?").param(id).query(String.class).optional();
    }

    public Optional<Party> findByIdentityKey(String identityKey) {
        return jdbc.sql("select " + COLUMNS + " from entities.party p where p.identity_key = ?").param(identityKey)
                .query(PartyRepository::map).optional();
    }

    /** One page of the parties the search matches, newest first; {@code total} stops at {@link #COUNT_LIMIT} + 1. */
    public Page<Party> search(DataScope scope, PartySearch search, PageRequest page) {
        List<Object> params = new ArrayList<>();
        String where = search.where(scope, params);
        long total = jdbc.sql("select count(*) from (select 1 from entities.party p" + where + " limit "
                        + (COUNT_LIMIT + 1) + ") matches")
                .params(params).query(Long.class).single();
        params.add(page.size());
        params.add(page.offset());
        List<Party> rows = jdbc.sql("select " + COLUMNS + " from entities.party p" + where
                        + " order by p.id desc limit ? offset ?")
                .params(params).query(PartyRepository::map).list();
        return page.page(rows, total);
    }

    long insert(PartyDraft draft) {
        Party party = draft.party();
        return jdbc.sql("""
                        insert into entities.party (region_code, kind, identity_key, credit_code, id_number_cipher,
                               id_number_masked, name, address, industry_code, scale, five_above, contact_name,
                               contact_phone_cipher, contact_phone_masked, status, credit_grade, marks)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::text[]) returning id""")
                .params(party.region().value(), party.kind().name(), draft.identityKey(), party.creditCode(),
                        draft.idNumberCipher(), party.idNumberMasked(), party.name(), party.address(),
                        party.industryCode(), name(party.scale()), party.fiveAbove(), party.contactName(),
                        draft.contactPhoneCipher(), party.contactPhoneMasked(), party.status().name(),
                        name(party.creditGrade()), marks(party.marks()))
                .query(Long.class).single();
    }

    /** Saves the party if nobody changed it since it was read; ciphertexts left null keep the stored ones. */
    boolean update(PartyDraft draft) {
        Party party = draft.party();
        return jdbc.sql("""
                        update entities.party set region_code = ?, kind = ?, identity_key = ?, credit_code = ?,
                               id_number_cipher = coalesce(?, id_number_cipher), id_number_masked = ?, name = ?,
                               address = ?, industry_code = ?, scale = ?, five_above = ?, contact_name = ?,
                               contact_phone_cipher = coalesce(?, contact_phone_cipher), contact_phone_masked = ?,
                               status = ?, credit_grade = ?, marks = ?::text[], updated_at = now(), version = version + 1
                         where id = ? and version = ?""")
                .params(party.region().value(), party.kind().name(), draft.identityKey(), party.creditCode(),
                        draft.idNumberCipher(), party.idNumberMasked(), party.name(), party.address(),
                        party.industryCode(), name(party.scale()), party.fiveAbove(), party.contactName(),
                        draft.contactPhoneCipher(), party.contactPhoneMasked(), party.status().name(),
                        name(party.creditGrade()), marks(party.marks()), party.id(), party.version())
                .update() == 1;
    }

    static String marks(List<PartyMark> marks) {
        return "{" + String.join(",", marks.stream().map(Enum::name).toList()) + "}";
    }

    private static @Nullable String name(@Nullable Enum<?> value) {
        return value == null ? null : value.name();
    }

    static Party map(ResultSet rs, int row) throws SQLException {
        Array marks = rs.getArray("marks");
        String scale = rs.getString("scale");
        String grade = rs.getString("credit_grade");
        return new Party(rs.getLong("id"), new RegionCode(rs.getString("region_code")),
                PartyKind.valueOf(rs.getString("kind")), rs.getString("credit_code"), rs.getString("id_number_masked"),
                rs.getString("name"), rs.getString("address"), rs.getString("industry_code"),
                scale == null ? null : Scale.valueOf(scale), rs.getBoolean("five_above"), rs.getString("contact_name"),
                rs.getString("contact_phone_masked"), PartyStatus.valueOf(rs.getString("status")),
                grade == null ? null : CreditGrade.valueOf(grade),
                marks == null ? List.of() : Arrays.stream((String[]) marks.getArray()).map(PartyMark::valueOf).toList(),
                rs.getInt("version"));
    }
}
