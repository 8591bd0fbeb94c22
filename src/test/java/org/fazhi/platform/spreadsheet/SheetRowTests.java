package org.fazhi.platform.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SheetRowTests {

    private final SheetRow row = new SheetRow(7, Map.of("name", "张三", "certifiedOn", "2026-03-25",
            "years", "12", "allowance", "1500.5", "note", ""));

    @Test
    void givesTypedValuesAndEmptyForEmptyCells() {
        assertThat(row.text("name")).isEqualTo("张三");
        assertThat(row.date("certifiedOn")).contains(LocalDate.of(2026, 3, 25));
        assertThat(row.integer("years")).contains(12L);
        assertThat(row.decimal("allowance")).contains(new BigDecimal("1500.5"));
        assertThat(row.text("note")).isEmpty();
        assertThat(row.isEmpty("note")).isTrue();
        assertThat(row.date("note")).isEmpty();
        assertThat(row.optionalText("note")).isEmpty();
    }

    @Test
    void refusesAKeyTheLayoutDoesNotHave() {
        assertThatIllegalArgumentException().isThrownBy(() -> row.text("nmae")).withMessageContaining("nmae");
    }

    @Test
    void layoutsRefuseDuplicateKeysAndChoiceColumnsWithoutChoices() {
        assertThatIllegalArgumentException().isThrownBy(() -> SheetLayout.of("表",
                Column.text("name", "姓名", true, 10), Column.text("name", "名称", false, 10)));
        assertThatIllegalArgumentException().isThrownBy(() -> Column.choice("gender", "性别", true, List.of()));
    }
}
