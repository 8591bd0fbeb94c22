package org.fazhi.entities.party;

import java.util.List;

import org.fazhi.entities.CreditGrade;
import org.fazhi.entities.PartyKind;
import org.fazhi.identity.DataScope;
import org.jspecify.annotations.Nullable;

/**
 * What the party list filters by. A name fragment of two or more characters is looked up through the name's
 * character pairs (GIN index), then confirmed with LIKE; {@code codeKey} is a credit code or the identity key of
 * a person's ID number.
 *
 * @param industry a section ("C") or a division ("C13")
 */
public record PartySearch(@Nullable String name, @Nullable String codeKey, @Nullable String regionCode,
                          @Nullable String industry, @Nullable CreditGrade grade, @Nullable PartyKind kind,
                          @Nullable PartyStatus status, @Nullable Boolean fiveAbove, @Nullable PartyMark mark) {

    public static PartySearch byName(String name) {
        return new PartySearch(name, null, null, null, null, null, null, null, null);
    }

    String where(DataScope scope, List<Object> params) {
        StringBuilder where = new StringBuilder(" where p.region_code like ?");
        params.add(scope.regionPattern());
        if (name != null && name.strip().length() >= 2) {
            String fragment = name.strip().toLowerCase();
            where.append(" and p.name_bigrams @> entities.bigrams(?) and lower(p.name) like ?");
            params.add(fragment);
            params.add("%" + fragment.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (codeKey != null) {
            where.append(" and (p.identity_key = ? or p.identity_key = ?)");
            params.add(codeKey);
            params.add("CC:" + codeKey);
        }
        if (regionCode != null && !regionCode.isBlank()) {
            where.append(" and p.region_code = ?");
            params.add(regionCode);
        }
        if (industry != null && !industry.isBlank()) {
            where.append(industry.length() == 1 ? " and p.industry_code like ?" : " and p.industry_code = ?");
            params.add(industry.length() == 1 ? industry + "%" : industry);
        }
        append(where, params, " and p.credit_grade = ?", grade);
        append(where, params, " and p.kind = ?", kind);
        append(where, params, " and p.status = ?", status);
        if (Boolean.TRUE.equals(fiveAbove)) {
            where.append(" and p.five_above");
        }
        append(where, params, " and ? = any (p.marks)", mark);
        return where.toString();
    }

    private static void append(StringBuilder where, List<Object> params, String condition, @Nullable Enum<?> value) {
        if (value != null) {
            where.append(condition);
            params.add(value.name());
        }
    }
}
