package org.fazhi.platform.spreadsheet;

import java.io.InputStream;
import java.util.Optional;

import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.InvalidInput.FieldProblem;
import org.fazhi.shared.InvalidValueException;
import org.fazhi.shared.RuleViolation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs an import all-or-nothing: every row is checked and written inside one transaction, so rows may refer to
 * rows above them; if any row has a problem the transaction rolls back and the user gets every problem found, by
 * row and column. Nothing is ever half-imported.
 */
@Component
public class SpreadsheetImports {

    private final TransactionTemplate transaction;
    private final int maxRows;

    SpreadsheetImports(TransactionTemplate transaction, @Value("${fazhi.import.max-rows:50000}") int maxRows) {
        this.transaction = transaction;
        this.maxRows = maxRows;
    }

    public ImportOutcome run(InputStream file, String fileName, ImportTarget target) {
        ImportProblems problems = new ImportProblems();
        long[] written = {0};
        try {
            transaction.executeWithoutResult(status -> {
                SheetReader.forFileName(fileName, maxRows).read(file, target.layout(), row -> {
                    if (writeRow(target, row, problems)) {
                        written[0]++;
                    }
                }, problems);
                if (!problems.isEmpty()) {
                    status.setRollbackOnly();
                }
            });
        } catch (ImportAborted aborted) {
            return new ImportOutcome(0, problems);
        }
        return new ImportOutcome(problems.isEmpty() ? written[0] : 0, problems);
    }

    private static boolean writeRow(ImportTarget target, SheetRow row, ImportProblems problems) {
        if (problems.count() >= ImportProblems.DEFAULT_CAP) {
            return false;
        }
        try {
            target.write(row);
            return true;
        } catch (InvalidInput invalid) {
            for (FieldProblem problem : invalid.problems()) {
                problems.add(ImportProblem.inCell(row.number(), header(target, problem.field()),
                        problem.messageKey(), problem.arguments().toArray()));
            }
        } catch (RuleViolation violation) {
            problems.add(ImportProblem.inRow(row.number(), violation.messageKey(), violation.arguments()));
        } catch (InvalidValueException invalid) {
            problems.add(ImportProblem.inRow(row.number(), invalid.messageKey(), invalid.arguments()));
        } catch (DataAccessException failure) {
            // The database refused a write the checks let through (e.g. a concurrent duplicate): stop here,
            // the transaction can take no more statements.
            problems.add(ImportProblem.inRow(row.number(), "import.error.database"));
            throw new ImportAborted(failure);
        }
        return false;
    }

    private static String header(ImportTarget target, String field) {
        String key = target.columnOf(field);
        Optional<Column> column = target.layout().columns().stream().filter(c -> c.key().equals(key)).findFirst();
        return column.map(Column::header).orElse("");
    }

    /** Ends the read after a database failure; the problem is already recorded. */
    static final class ImportAborted extends RuntimeException {
        ImportAborted(Throwable cause) {
            super(cause);
        }
    }
}
