package org.fazhi.catalog.item;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.fazhi.platform.InvalidInput;
import org.fazhi.shared.RegionCode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DelegationTextTests {

    private final Map<String, Long> agencies = Map.of("郏县农业农村局", 5L, "郏县城市管理局", 9L);
    private final Map<String, String> townships = Map.of("堂街镇", "410425102");

    @Test
    void readsReceiverDepartmentAndOptionalDomain() {
        assertThat(DelegationText.parse("乡镇:郏县农业农村局:农业农村；街道：郏县城市管理局；410425100:郏县城市管理局；堂街镇:郏县农业农村局", agencies, townships))
                .containsExactly(
                        new ItemForm.DelegationRow(Delegation.Receiver.TOWNSHIPS, null, 5L, "农业农村", null),
                        new ItemForm.DelegationRow(Delegation.Receiver.SUBDISTRICTS, null, 9L, null, null),
                        new ItemForm.DelegationRow(Delegation.Receiver.ONE_REGION, "410425100", 9L, null, null),
                        new ItemForm.DelegationRow(Delegation.Receiver.ONE_REGION, "410425102", 5L, null, null));
    }

    @Test
    void reportsEveryUnreadableEntry() {
        assertThatThrownBy(() -> DelegationText.parse("村里:郏县农业农村局；乡镇:不存在的局", agencies, townships))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).problems()).extracting(InvalidInput.FieldProblem::messageKey)
                        .containsExactly("catalog.item.delegation.unreadable", "catalog.item.delegation.agency-unknown"));
    }

    @Test
    void formatsWhatItReads() {
        List<Delegation> delegations = List.of(
                new Delegation(Delegation.Receiver.TOWNSHIPS, null, 5L, "农业农村", LocalDate.of(2024, 3, 1)),
                new Delegation(Delegation.Receiver.ONE_REGION, RegionCode.of("410425100"), 9L, null, LocalDate.of(2024, 3, 1)));
        String cell = DelegationText.format(delegations, Map.of(5L, "郏县农业农村局", 9L, "郏县城市管理局"));
        assertThat(cell).isEqualTo("乡镇:郏县农业农村局:农业农村；410425100:郏县城市管理局");
        assertThat(DelegationText.parse(cell, agencies, townships)).hasSize(2);
    }
}
