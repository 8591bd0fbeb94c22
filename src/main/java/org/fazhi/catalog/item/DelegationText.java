package org.fazhi.catalog.item;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.InvalidInput.FieldProblem;
import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;

/**
 * An item's delegations written in one spreadsheet cell: entries separated by "；" or new lines, each
 * {@code 接收方:赋权部门[:领域]}, the receiver being 乡镇 (every town and township), 街道 (every subdistrict) or one
 * township or park by its nine-digit code (as exported) or its name. Colons may be full-width.
 */
final class DelegationText {

    static final String TOWNSHIPS = "乡镇";
    static final String SUBDISTRICTS = "街道";

    private DelegationText() {
    }

    /**
     * The cell's delegations, the departments found by name among {@code agencyIds}, a township named by its name
     * found among {@code townships} (name → code); every problem at once.
     */
    static List<ItemForm.DelegationRow> parse(String cell, Map<String, Long> agencyIds, Map<String, String> townships) {
        List<ItemForm.DelegationRow> rows = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (String entry : cell.split("[；;\\n]")) {
            if (entry.isBlank()) {
                continue;
            }
            String[] parts = entry.strip().split("[:：]", -1);
            String receiverText = townships.getOrDefault(parts[0].strip(), parts[0].strip());
            Delegation.Receiver receiver = parts.length < 2 || parts.length > 3 ? null : receiverOf(receiverText);
            if (receiver == null) {
                problems.add(FieldProblem.of("delegations", "catalog.item.delegation.unreadable", entry.strip()));
                continue;
            }
            Long agencyId = agencyIds.get(parts[1].strip());
            if (agencyId == null) {
                problems.add(FieldProblem.of("delegations", "catalog.item.delegation.agency-unknown", parts[1].strip()));
                continue;
            }
            rows.add(new ItemForm.DelegationRow(receiver,
                    receiver == Delegation.Receiver.ONE_REGION ? receiverText : null, agencyId,
                    parts.length == 3 ? parts[2].strip() : null, null));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return rows;
    }

    /** The cell for these delegations; {@link #parse} reads it back (apart from later start dates). */
    static String format(List<Delegation> delegations, Map<Long, String> agencyNames) {
        return delegations.stream().map(delegation -> receiverText(delegation) + ":"
                        + agencyNames.getOrDefault(delegation.delegatingAgencyId(), "")
                        + (delegation.domain() == null ? "" : ":" + delegation.domain()))
                .collect(Collectors.joining("；"));
    }

    private static Delegation.@Nullable Receiver receiverOf(String text) {
        if (TOWNSHIPS.equals(text) || "镇乡".equals(text) || "镇、乡".equals(text)) {
            return Delegation.Receiver.TOWNSHIPS;
        }
        if (SUBDISTRICTS.equals(text)) {
            return Delegation.Receiver.SUBDISTRICTS;
        }
        return RegionCode.isValid(text) && text.length() == 9 ? Delegation.Receiver.ONE_REGION : null;
    }

    private static String receiverText(Delegation delegation) {
        if (delegation.receiver() == Delegation.Receiver.ONE_REGION && delegation.receiverRegion() != null) {
            return delegation.receiverRegion().value();
        }
        return delegation.receiver() == Delegation.Receiver.SUBDISTRICTS ? SUBDISTRICTS : TOWNSHIPS;
    }
}
