package org.fazhi.governance.ledger;

import java.util.List;
import java.util.Optional;

import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;

/**
 * A kind of ledger (台账) as declared: its fields, the date field that places an entry in a period, the agency field
 * that says whose entry it is (without one, the entry belongs to the agency of whoever records it), and the
 * indicators it feeds. Shipped types serve every county; a county's own types ({@code county} set) only that one.
 */
record LedgerType(String code, String name, String description, String dateField, @Nullable String agencyField,
                  List<LedgerField> fields, List<LedgerIndicator> indicators, @Nullable RegionCode county) {

    LedgerType {
        fields = List.copyOf(fields);
        indicators = List.copyOf(indicators);
    }

    Optional<LedgerField> field(String fieldCode) {
        return fields.stream().filter(f -> f.code().equals(fieldCode)).findFirst();
    }

    public List<LedgerField> listed() {
        return fields.stream().filter(LedgerField::listed).toList();
    }

    public List<LedgerField> choices() {
        return fields.stream().filter(f -> f.type() == FieldType.CHOICE || f.type() == FieldType.BOOLEAN).toList();
    }

    public boolean shipped() {
        return county == null;
    }

    boolean isVisibleIn(RegionCode region) {
        return county == null || county.equals(region.county());
    }

    LedgerType ofCounty(RegionCode region) {
        return new LedgerType(code, name, description, dateField, agencyField, fields, indicators, region.county());
    }
}
