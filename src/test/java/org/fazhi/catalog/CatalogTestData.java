package org.fazhi.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.fazhi.catalog.item.Delegation;
import org.fazhi.catalog.item.EnforcementItem;
import org.fazhi.catalog.item.EnforcementItems;
import org.fazhi.catalog.item.ItemForm;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.registry.agency.Agency;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Enforcement items for integration tests, filed through the real service by the justice bureau. Codes are unique
 * per call, so tests sharing the database (with the demo county's lists in it) never collide.
 */
@Component
public class CatalogTestData {

    private static final AtomicInteger SERIAL = new AtomicInteger();

    private final EnforcementItems items;

    CatalogTestData(EnforcementItems items) {
        this.items = items;
    }

    /** A code no other test uses, e.g. {@code T123456-7}. */
    public static String code() {
        return "T" + RegistryTestData.suffix() + "-" + SERIAL.incrementAndGet();
    }

    public EnforcementItem item(Agency agency, String name, LocalDate from, @Nullable LocalDate to) {
        return items.create(RegistryTestData.admin(), form(agency.id(), code(), name, from, to));
    }

    public EnforcementItem item(ItemForm form) {
        return items.create(RegistryTestData.admin(), form);
    }

    public static ItemForm form(long agencyId, String code, String name, LocalDate from, @Nullable LocalDate to) {
        return new ItemForm(agencyId, code, name, ItemCategory.PENALTY, false, from, to,
                List.of(new ItemForm.BasisRow("中华人民共和国食品安全法", "第一百二十四条", "违反本法规定……")), List.of(), 0);
    }

    /** An inspection item (行政检查), the kind that has a checklist. */
    public static ItemForm inspectionForm(long agencyId, String code, String name, LocalDate from,
                                          @Nullable LocalDate to) {
        ItemForm form = form(agencyId, code, name, from, to);
        return new ItemForm(form.agencyId(), form.code(), form.name(), ItemCategory.INSPECTION, true,
                form.effectiveFrom(), form.effectiveTo(), form.legalBases(), List.of(), 0);
    }

    /** The same form, 涉企 and delegated to the townships by {@code delegatingAgencyId}. */
    public static ItemForm delegated(ItemForm form, long delegatingAgencyId) {
        return new ItemForm(form.agencyId(), form.code(), form.name(), form.category(), true, form.effectiveFrom(),
                form.effectiveTo(), form.legalBases(), List.of(new ItemForm.DelegationRow(Delegation.Receiver.TOWNSHIPS,
                null, delegatingAgencyId, "市场监管", null)), 0);
    }
}
