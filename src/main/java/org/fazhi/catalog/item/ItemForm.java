package org.fazhi.catalog.item;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.fazhi.catalog.ItemCategory;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * An item version as a user submits it: the page's form (with a fixed number of blank rows for legal bases and
 * delegations, blank rows ignored), the API's request body and what an imported row becomes. Presence is checked
 * here; the domain's checks are {@link ItemRules}.
 *
 * @param version the version number read before editing; for a revision, that of the version it follows
 */
public record ItemForm(
        @NotNull(message = "{catalog.item.agency.required}") @Nullable Long agencyId,
        @NotBlank(message = "{catalog.item.code.required}") @Nullable String code,
        @NotBlank(message = "{catalog.item.name.required}") @Nullable String name,
        @NotNull(message = "{catalog.item.category.required}") @Nullable ItemCategory category,
        @Nullable Boolean enterpriseRelated,
        @NotNull(message = "{catalog.item.effective-from.required}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate effectiveFrom,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate effectiveTo,
        @Nullable List<BasisRow> legalBases,
        @Nullable List<DelegationRow> delegations,
        int version) {

    /** Rows the page offers for each list; enough for the items counties publish, no script needed. */
    static final int ROWS = 5;

    public record BasisRow(@Nullable String law, @Nullable String article, @Nullable String quoted) {

        boolean isBlank() {
            return Stream.of(law, article, quoted).allMatch(value -> value == null || value.isBlank());
        }
    }

    public record DelegationRow(Delegation.@Nullable Receiver receiver, @Nullable String receiverRegionCode,
                                @Nullable Long delegatingAgencyId, @Nullable String domain,
                                @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate effectiveFrom) {

        boolean isBlank() {
            return receiver == null && delegatingAgencyId == null && effectiveFrom == null
                    && Stream.of(receiverRegionCode, domain).allMatch(value -> value == null || value.isBlank());
        }
    }

    static ItemForm empty(@Nullable Long agencyId, LocalDate today) {
        return new ItemForm(agencyId, "", "", null, false, today, null, List.of(), List.of(), 0);
    }

    static ItemForm of(EnforcementItem item) {
        return new ItemForm(item.agencyId(), item.code(), item.name(), item.category(), item.enterpriseRelated(),
                item.effectiveFrom(), item.effectiveTo(),
                item.legalBases().stream().map(basis -> new BasisRow(basis.law(), basis.article(), basis.quoted())).toList(),
                item.delegations().stream().map(d -> new DelegationRow(d.receiver(),
                        d.receiverRegion() == null ? null : d.receiverRegion().value(), d.delegatingAgencyId(),
                        d.domain(), d.effectiveFrom())).toList(),
                item.version());
    }

    /** The form for the next version of an item: the same content, starting on {@code from}, open-ended. */
    static ItemForm revisionOf(EnforcementItem item, LocalDate from) {
        ItemForm same = of(item);
        return new ItemForm(same.agencyId, same.code, same.name, same.category, same.enterpriseRelated, from, null,
                same.legalBases, same.delegations, same.version);
    }

    /** The same form with the code of the item it revises: a revision never changes the code. */
    ItemForm withCode(String itemCode) {
        return new ItemForm(agencyId, itemCode, name, category, enterpriseRelated, effectiveFrom, effectiveTo,
                legalBases, delegations, version);
    }

    /** 涉企, when the box was ticked (an unticked box sends nothing). */
    boolean isEnterpriseRelated() {
        return Boolean.TRUE.equals(enterpriseRelated);
    }

    /** The legal-basis rows for the page: those filled in, then blank ones up to {@link #ROWS}. */
    List<BasisRow> basisRowsForPage() {
        return pad(basisRows(), new BasisRow(null, null, null));
    }

    /** The delegation rows for the page: those filled in, then blank ones up to {@link #ROWS}. */
    List<DelegationRow> delegationRowsForPage() {
        return pad(delegationRows(), new DelegationRow(null, null, null, null, null));
    }

    /** The filled-in legal-basis rows. */
    List<BasisRow> basisRows() {
        return legalBases == null ? List.of() : legalBases.stream().filter(row -> row != null && !row.isBlank()).toList();
    }

    /** The filled-in delegation rows. */
    List<DelegationRow> delegationRows() {
        return delegations == null ? List.of()
                : delegations.stream().filter(row -> row != null && !row.isBlank()).toList();
    }

    private static <T> List<T> pad(List<T> rows, T blank) {
        List<T> padded = new ArrayList<>(rows);
        while (padded.size() < Math.max(ROWS, rows.size() + 1)) {
            padded.add(blank);
        }
        return padded;
    }
}
