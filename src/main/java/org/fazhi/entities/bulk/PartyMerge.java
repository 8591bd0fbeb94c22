package org.fazhi.entities.bulk;

import java.util.List;

import org.fazhi.platform.spreadsheet.ImportProblem;
import org.fazhi.platform.spreadsheet.ImportProblems;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The set-based half of an import: duplicates within the file, and the merge of the staged rows into the register. */
@Component
class PartyMerge {

    record Counts(long inserted, long updated) {
    }

    private final JdbcClient jdbc;

    PartyMerge(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Reports every row whose code already appeared higher up in the file, in the code column; returns how many.
     * One sort of the staging table, however many rows.
     */
    long reportDuplicates(ImportProblems problems, String codeColumn) {
        List<int[]> duplicates = jdbc.sql("""
                        select row_number, first_row from (
                               select row_number, min(row_number) over (partition by identity_key) as first_row
                                 from party_import) rows
                         where row_number > first_row order by row_number""")
                .query((rs, n) -> new int[] {rs.getInt(1), rs.getInt(2)}).list();
        duplicates.forEach(pair -> problems.add(ImportProblem.inCell(pair[0], codeColumn,
                "import.error.duplicate-in-file", pair[1])));
        return duplicates.size();
    }

    void dropLaterDuplicates() {
        jdbc.sql("""
                delete from party_import where row_number in (
                       select row_number from (
                              select row_number, min(row_number) over (partition by identity_key) as first_row
                                from party_import) rows
                        where row_number > first_row)""").update();
    }

    /**
     * Inserts new parties and updates known ones (by identity key), keeping the credit-grade history: a grade that
     * changes, or a first grade, is recorded with the import as its source.
     */
    Counts intoRegister() {
        jdbc.sql("analyze party_import").update();
        // A grade that changes for a party already registered: recorded before the merge overwrites it.
        jdbc.sql("""
                insert into entities.credit_grade_change (party_id, region_code, grade, graded_on, source)
                select p.id, s.region_code, s.credit_grade, current_date, '批量导入'
                  from party_import s join entities.party p on p.identity_key = s.identity_key
                 where s.credit_grade is not null and s.credit_grade is distinct from p.credit_grade""").update();
        // One pass: insert or update every staged row, record the first grade of the new ones, count both kinds.
        return jdbc.sql("""
                with merged as (
                    insert into entities.party (region_code, kind, identity_key, credit_code, id_number_cipher,
                           id_number_masked, name, address, industry_code, scale, five_above, contact_name,
                           contact_phone_cipher, contact_phone_masked, status, credit_grade, marks)
                    select region_code, kind, identity_key, credit_code, id_number_cipher, id_number_masked, name,
                           address, industry_code, scale, five_above, contact_name, contact_phone_cipher,
                           contact_phone_masked, status, credit_grade, marks
                      from party_import
                    on conflict (identity_key) do update set
                           region_code = excluded.region_code, kind = excluded.kind, credit_code = excluded.credit_code,
                           id_number_cipher = excluded.id_number_cipher, id_number_masked = excluded.id_number_masked,
                           name = excluded.name, address = excluded.address, industry_code = excluded.industry_code,
                           scale = excluded.scale, five_above = excluded.five_above,
                           contact_name = excluded.contact_name,
                           contact_phone_cipher = coalesce(excluded.contact_phone_cipher, party.contact_phone_cipher),
                           contact_phone_masked = coalesce(excluded.contact_phone_masked, party.contact_phone_masked),
                           status = excluded.status, credit_grade = coalesce(excluded.credit_grade, party.credit_grade),
                           marks = excluded.marks, updated_at = now(), version = party.version + 1
                    returning id, region_code, credit_grade, (xmax = 0) as inserted),
                first_grades as (
                    insert into entities.credit_grade_change (party_id, region_code, grade, graded_on, source)
                    select id, region_code, credit_grade, current_date, '批量导入' from merged
                     where inserted and credit_grade is not null)
                select count(*) filter (where inserted), count(*) filter (where not inserted) from merged""")
                .query((rs, n) -> new Counts(rs.getLong(1), rs.getLong(2))).single();
    }
}
