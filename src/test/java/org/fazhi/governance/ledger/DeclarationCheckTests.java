package org.fazhi.governance.ledger;

import java.util.List;

import org.fazhi.platform.Indicator.Unit;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.InvalidInput.FieldProblem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A ledger declaration is accepted only whole and sound; each refusal names the part at fault. */
class DeclarationCheckTests {

    static final String VALID = """
            {"code": "village-visits", "name": "进村宣讲", "dateField": "visitedOn",
             "fields": [
               {"code": "visitedOn", "label": "日期", "type": "DATE", "required": true, "listed": true},
               {"code": "kind", "label": "内容", "type": "CHOICE", "required": true, "options": ["宣讲", "排查"]},
               {"code": "people", "label": "人数", "type": "INTEGER", "min": 0}],
             "indicators": [
               {"code": "VISITS", "name": "次数", "unit": "TIMES", "numerator": {}},
               {"code": "TALK_SHARE", "name": "宣讲占比", "unit": "PERCENT",
                "numerator": {"field": "kind", "values": ["宣讲"]}, "denominator": {}},
               {"code": "PEOPLE", "name": "人数合计", "unit": "PERSONS", "numerator": {"sum": "people"}},
               {"code": "KINDS", "name": "内容种数", "unit": "COUNT", "numerator": {"distinct": "kind"}}]}""";

    @Test
    void everyShippedDeclarationPassesItsChecks() {
        List<LedgerType> shipped = Declarations.shipped();
        assertThat(shipped).extracting(LedgerType::code).contains("mediation-cases", "mediation-rooms", "mediators",
                "legal-aid-cases", "publicity-activities", "publicity-duties", "legal-literates", "study-sessions",
                "law-exams", "proposals", "disclosure-requests", "online-messages", "hotline-tickets",
                "creation-tasks", "honours", "legal-advisers", "adviser-work");
        assertThat(shipped).flatExtracting(LedgerType::indicators).extracting(LedgerIndicator::code)
                .contains("MEDIATION_SUCCESS_RATE", "STUDY_RATE", "STUDY_EXAM_PASS_RATE", "HOTLINE_CLOSURE_RATE")
                .doesNotHaveDuplicates();
    }

    @Test
    void readsAValidDeclarationAndWritesItBackTheSame() {
        LedgerType type = Declarations.read(VALID);
        assertThat(type.fields()).extracting(LedgerField::type)
                .containsExactly(FieldType.DATE, FieldType.CHOICE, FieldType.INTEGER);
        assertThat(type.indicators()).extracting(LedgerIndicator::unit)
                .containsExactly(Unit.TIMES, Unit.PERCENT, Unit.PERSONS, Unit.COUNT);
        assertThat(type.indicators().get(1).isRate()).isTrue();
        assertThat(Declarations.read(Declarations.write(type))).isEqualTo(type);
    }

    @Test
    void refusesTextThatIsNotJsonSayingWhere() {
        assertThat(keys("{\"code\": \"x\",")).containsExactly("governance.ledger.declaration.json");
        assertThat(keys("{\"code\": \"abc\", \"colour\": \"red\"}")).containsExactly(
                "governance.ledger.declaration.json");
    }

    @Test
    void refusesEveryFaultAtOnceNamingTheField() {
        String bad = """
                {"code": "Bad Code", "name": "", "dateField": "missing",
                 "fields": [
                   {"code": "kind", "label": "内容", "type": "CHOICE"},
                   {"code": "kind", "label": "重复", "type": "TEXT"},
                   {"code": "shape", "label": "形状", "type": "COLOUR"},
                   {"code": "note", "label": "说明", "type": "TEXT", "min": 1},
                   {"code": "n", "label": "数", "type": "INTEGER", "min": 5, "max": 1},
                   {"code": "p", "label": "编号", "type": "TEXT", "pattern": "[a-"}],
                 "indicators": [
                   {"code": "rate", "name": "比率", "unit": "PERCENT", "numerator": {"field": "kind", "values": ["x"]}},
                   {"code": "SUM_OF_TEXT", "name": "合计", "unit": "COUNT", "numerator": {"sum": "note"}},
                   {"code": "BODIES", "name": "单位数", "unit": "COUNT", "numerator": {"distinct": "nobody"}}]}""";
        List<FieldProblem> problems = problems(bad);
        assertThat(problems).extracting(FieldProblem::messageKey).containsExactlyInAnyOrder(
                "governance.ledger.declaration.code", "governance.ledger.declaration.name",
                "governance.ledger.declaration.field-options", "governance.ledger.declaration.field-duplicate",
                "governance.ledger.declaration.field-type", "governance.ledger.declaration.field-range-type",
                "governance.ledger.declaration.field-range", "governance.ledger.declaration.field-pattern",
                "governance.ledger.declaration.date-field", "governance.ledger.declaration.indicator-code",
                "governance.ledger.declaration.indicator-rate", "governance.ledger.declaration.indicator-values",
                "governance.ledger.declaration.indicator-sum", "governance.ledger.declaration.indicator-distinct");
        assertThat(problems).filteredOn(p -> p.messageKey().endsWith("field-type"))
                .flatExtracting(FieldProblem::arguments).contains("shape", "COLOUR");
    }

    @Test
    void anAgencyFieldMustBeARequiredAgency() {
        String json = VALID.replace("\"dateField\": \"visitedOn\"", "\"dateField\": \"visitedOn\", \"agencyField\": \"kind\"");
        assertThat(keys(json)).containsExactly("governance.ledger.declaration.agency-field");
    }

    private static List<String> keys(String json) {
        return problems(json).stream().map(FieldProblem::messageKey).toList();
    }

    private static List<FieldProblem> problems(String json) {
        InvalidInput refused = catchThrowableOfType(InvalidInput.class, () -> Declarations.read(json));
        assertThat(refused).as("refused").isNotNull();
        return refused.problems();
    }
}
