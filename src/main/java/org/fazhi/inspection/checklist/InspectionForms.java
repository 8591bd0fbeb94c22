package org.fazhi.inspection.checklist;

import java.util.List;

import org.fazhi.catalog.ItemCatalog;
import org.fazhi.catalog.ItemSummary;
import org.fazhi.inspection.InspectionResult;
import org.fazhi.inspection.task.InspectionTask;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Puts a task's form together from the catalog (the checklists of the item versions it cites, as they are now)
 * and the task's records, and applies the form's rule when the task concludes. Reads no scope: callers pass a task
 * the user may see.
 */
@Component
public class InspectionForms {

    private final ItemCatalog catalog;
    private final CheckRecordRepository records;

    InspectionForms(ItemCatalog catalog, CheckRecordRepository records) {
        this.catalog = catalog;
        this.records = records;
    }

    public InspectionForm of(InspectionTask task) {
        List<ItemSummary> items = catalog.findAll(task.itemIds());
        return InspectionForm.of(task.leadAgencyId(), task.agencyIds(), items, catalog.checklists(task.itemIds()),
                records.ofTask(task.id()));
    }

    /**
     * Called as the task concludes, in its transaction: refuses a result the form does not support, and keeps the
     * 不符合 points as the ones the conclusion cites.
     */
    public void concluding(InspectionTask task, InspectionResult result, @Nullable String note) {
        InspectionForm form = of(task);
        form.checkConclusion(result, note);
        if (!form.nonconforming().isEmpty()) {
            records.cite(task.id());
        }
    }
}
