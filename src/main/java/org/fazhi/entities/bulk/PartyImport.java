package org.fazhi.entities.bulk;

import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import org.fazhi.entities.party.Parties;
import org.fazhi.entities.party.PartyDraft;
import org.fazhi.entities.party.PartyLookups;
import org.fazhi.entities.party.PartyRules;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.InvalidInput.FieldProblem;
import org.fazhi.platform.spreadsheet.ImportProblem;
import org.fazhi.platform.spreadsheet.ImportProblems;
import org.fazhi.platform.spreadsheet.ImportResult;
import org.fazhi.platform.spreadsheet.SheetReader;
import org.fazhi.platform.spreadsheet.SheetRow;
import org.fazhi.shared.DataImported;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports parties from .xlsx or .csv at real-world size. Each row is checked in memory by the same rules as the
 * form; good rows stream into a staging table with COPY; duplicates within the file are found there; then one
 * statement merges the staging table into the register by identity key, so importing a file again updates the
 * parties instead of duplicating them. Everything happens in one transaction: all rows or none — or, if the user
 * chose so, the valid rows, with every skipped row named.
 */
@Service
public class PartyImport {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(PartyImport.class);

    public enum Mode { ALL_OR_NONE, VALID_ROWS }

    /** How an import ended. {@code skippedRows} counts rows refused (and, in VALID_ROWS mode, not written). */
    public record Outcome(long inserted, long updated, long skippedRows, ImportProblems problems, boolean written)
            implements ImportResult {

        @Override
        public boolean refused() {
            return !written;
        }

        @Override
        public String doneKey() {
            return "entities.import.done";
        }

        @Override
        public List<Object> doneArguments() {
            return List.of(inserted, updated, skippedRows);
        }
    }

    static final int MAX_ROWS = 2_000_000;
    private static final List<String> STAGING_COLUMNS = List.of("row_number", "identity_key", "kind", "credit_code",
            "id_number_cipher", "id_number_masked", "name", "region_code", "address", "industry_code", "scale",
            "five_above", "contact_name", "contact_phone_cipher", "contact_phone_masked", "status", "credit_grade",
            "marks");

    private final Parties parties;
    private final PartyRules rules;
    private final PartySheet sheet;
    private final PartyMerge merge;
    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;

    PartyImport(Parties parties, PartyRules rules, PartySheet sheet, PartyMerge merge, DataSource dataSource,
                JdbcClient jdbc, TransactionTemplate transaction, ApplicationEventPublisher events) {
        this.parties = parties;
        this.rules = rules;
        this.sheet = sheet;
        this.merge = merge;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.events = events;
    }

    public Outcome run(SignedInUser user, InputStream file, String fileName, Mode mode) {
        parties.checkMayKeep(user);
        PartyLookups lookups = parties.lookups(user);
        return transaction.execute(status -> {
            ImportProblems problems = new ImportProblems();
            long[] refused = {0};
            long started = System.nanoTime();
            stage(file, fileName, lookups, problems, refused);
            long staged = System.nanoTime();
            long duplicates = merge.reportDuplicates(problems, header("code"));
            if (!problems.isEmpty() && mode == Mode.ALL_OR_NONE) {
                status.setRollbackOnly();
                return new Outcome(0, 0, refused[0] + duplicates, problems, false);
            }
            merge.dropLaterDuplicates();
            long checked = System.nanoTime();
            PartyMerge.Counts counts = merge.intoRegister();
            log.info("行政相对人导入：读取与校验 {} ms，查重 {} ms，并入名录 {} ms；新增 {}，更新 {}，跳过 {} 行",
                    (staged - started) / 1_000_000, (checked - staged) / 1_000_000,
                    (System.nanoTime() - checked) / 1_000_000, counts.inserted(), counts.updated(),
                    refused[0] + duplicates);
            events.publishEvent(new DataImported("entities.party", user.region(), counts.inserted(), counts.updated()));
            return new Outcome(counts.inserted(), counts.updated(), refused[0] + duplicates, problems, true);
        });
    }

    private void stage(InputStream file, String fileName, PartyLookups lookups, ImportProblems problems,
                       long[] refused) {
        jdbc.sql("create temp table party_import (like entities.party_import_row) on commit drop").update();
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (StagingCopy copy = new StagingCopy(connection, "party_import", STAGING_COLUMNS)) {
            SheetReader.forFileName(fileName, MAX_ROWS).read(file, sheet.layout(), row -> {
                try {
                    copy.write(values(row, rules.check(sheet.toForm(row), lookups, null)));
                } catch (InvalidInput invalid) {
                    refused[0]++;
                    for (FieldProblem problem : invalid.problems()) {
                        problems.add(ImportProblem.inCell(row.number(), header(problem.field()), problem.messageKey(),
                                problem.arguments().toArray()));
                    }
                } catch (SQLException failure) {
                    throw new IllegalStateException("COPY into the staging table failed", failure);
                }
            }, problems);
            copy.finish();
        } catch (SQLException failure) {
            throw new IllegalStateException("COPY into the staging table failed", failure);
        }
    }

    private String header(String field) {
        String key = PartySheet.columnOf(field);
        return sheet.layout().columns().stream().filter(column -> column.key().equals(key)).findFirst()
                .map(column -> column.header()).orElse("");
    }

    private static List<String> values(SheetRow row, PartyDraft draft) {
        var party = draft.party();
        return Arrays.asList(String.valueOf(row.number()), draft.identityKey(), party.kind().name(),
                party.creditCode(), draft.idNumberCipher(), party.idNumberMasked(), party.name(),
                party.region().value(), party.address(), party.industryCode(),
                party.scale() == null ? null : party.scale().name(), String.valueOf(party.fiveAbove()),
                party.contactName(), draft.contactPhoneCipher(), party.contactPhoneMasked(), party.status().name(),
                party.creditGrade() == null ? null : party.creditGrade().name(),
                "{" + String.join(",", party.marks().stream().map(Enum::name).toList()) + "}");
    }
}
