package org.fazhi.governance.ledger;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.InvalidInput.FieldProblem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Each field type's check, and the stored value it gives; every problem names the field by its label. */
class EntryValidatorTests {

    static final String DECLARATION = """
            {"code": "every-type", "name": "各类型", "dateField": "day", "agencyField": "agency",
             "fields": [
               {"code": "day", "label": "日期", "type": "DATE", "required": true},
               {"code": "title", "label": "名称", "type": "TEXT", "required": true, "maxLength": 5},
               {"code": "phone", "label": "电话", "type": "TEXT", "pattern": "[0-9-]{7,20}"},
               {"code": "note", "label": "说明", "type": "LONG_TEXT"},
               {"code": "people", "label": "人数", "type": "INTEGER", "min": 0, "max": 1000},
               {"code": "amount", "label": "金额", "type": "MONEY", "min": 0},
               {"code": "kind", "label": "类别", "type": "CHOICE", "options": ["甲", "乙"]},
               {"code": "agency", "label": "单位", "type": "AGENCY", "required": true},
               {"code": "done", "label": "完成", "type": "BOOLEAN"}]}""";

    final EntryValidator validator = new EntryValidator(Declarations.read(DECLARATION), Map.of(7L, "县司法局"));

    @Test
    void storesTypedValuesAndDropsUndeclaredOnes() {
        Map<String, Object> values = validator.check(valid(Map.of("note", "多行\n说明", "kind", "乙", "done", "是",
                "people", "12", "amount", "1,500.5", "phone", "0375-5123456", "colour", "red")));
        assertThat(values).containsEntry("day", "2026-03-01").containsEntry("title", "宣讲").containsEntry("people", 12L)
                .containsEntry("amount", 150050L).containsEntry("kind", "乙").containsEntry("agency", 7L)
                .containsEntry("done", true).containsEntry("note", "多行\n说明").doesNotContainKey("colour");
        assertThat(validator.check(valid(Map.of("agency", "县司法局", "done", "false"))))
                .containsEntry("agency", 7L).containsEntry("done", false).doesNotContainKey("amount");
    }

    @Test
    void refusesEachBadValueNamingItsField() {
        Map<String, String> raw = new HashMap<>(Map.of("title", "超过五个字的名称", "phone", "abc", "people", "1.5",
                "amount", "10.005", "kind", "丙", "agency", "8", "done", "也许", "day", "2026-02-30"));
        List<FieldProblem> problems = problems(raw);
        assertThat(problems).extracting(FieldProblem::field, FieldProblem::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple("day", "governance.ledger.error.date"),
                org.assertj.core.groups.Tuple.tuple("title", "governance.ledger.error.too-long"),
                org.assertj.core.groups.Tuple.tuple("phone", "governance.ledger.error.pattern"),
                org.assertj.core.groups.Tuple.tuple("people", "governance.ledger.error.integer"),
                org.assertj.core.groups.Tuple.tuple("amount", "governance.ledger.error.money"),
                org.assertj.core.groups.Tuple.tuple("kind", "governance.ledger.error.choice"),
                org.assertj.core.groups.Tuple.tuple("agency", "governance.ledger.error.agency"),
                org.assertj.core.groups.Tuple.tuple("done", "governance.ledger.error.boolean"));
        assertThat(problems.get(1).arguments()).containsExactly("名称", 5);
        assertThat(problems.get(5).arguments()).containsExactly("类别", "甲、乙");
    }

    @Test
    void checksRequiredFieldsAndRanges() {
        assertThat(problems(Map.of())).extracting(FieldProblem::messageKey).containsOnly(
                "governance.ledger.error.required").hasSize(3);
        assertThat(problems(valid(Map.of("people", "1001")))).extracting(FieldProblem::messageKey)
                .containsExactly("governance.ledger.error.max");
        assertThat(problems(valid(Map.of("people", "-1", "amount", "-0.01")))).extracting(FieldProblem::messageKey)
                .containsExactly("governance.ledger.error.min", "governance.ledger.error.min");
    }

    private static Map<String, String> valid(Map<String, String> more) {
        Map<String, String> raw = new HashMap<>(Map.of("day", "2026-03-01", "title", "宣讲", "agency", "7"));
        raw.putAll(more);
        return raw;
    }

    private List<FieldProblem> problems(Map<String, String> raw) {
        InvalidInput refused = catchThrowableOfType(InvalidInput.class, () -> validator.check(raw));
        assertThat(refused).as("refused").isNotNull();
        return refused.problems();
    }
}
