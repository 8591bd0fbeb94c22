package org.fazhi.entities.bulk;

import java.util.ArrayList;
import java.util.List;

import org.fazhi.entities.CreditGrade;
import org.fazhi.entities.PartyKind;
import org.fazhi.entities.party.PartyForm;
import org.fazhi.entities.party.PartyMark;
import org.fazhi.entities.party.PartyStatus;
import org.fazhi.entities.party.Scale;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.InvalidInput.FieldProblem;
import org.fazhi.platform.spreadsheet.Column;
import org.fazhi.platform.spreadsheet.EnumLabels;
import org.fazhi.platform.spreadsheet.SheetLayout;
import org.fazhi.platform.spreadsheet.SheetRow;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The party spreadsheet: its columns, and how a row becomes a {@link PartyForm}. Labels are the Chinese ones the
 * pages use; the township may be given by name or code, the industry by code or division name.
 */
@Component
public class PartySheet {

    static final String YES = "是";
    static final String NO = "否";

    private final EnumLabels<PartyKind> kinds;
    private final EnumLabels<Scale> scales;
    private final EnumLabels<PartyStatus> statuses;
    private final EnumLabels<PartyMark> marks;
    private final SheetLayout layout;

    PartySheet(MessageSource messages) {
        this.kinds = EnumLabels.of(messages, "entities.party.kind.", PartyKind.values());
        this.scales = EnumLabels.of(messages, "entities.party.scale.", Scale.values());
        this.statuses = EnumLabels.of(messages, "entities.party.status.", PartyStatus.values());
        this.marks = EnumLabels.of(messages, "entities.party.mark.", PartyMark.values());
        this.layout = SheetLayout.of("行政相对人",
                Column.choice("kind", "类型", true, kinds.labels()),
                Column.code("code", "统一社会信用代码或身份证号", true, 18).withExample("91410425MA9XXXXXX0"),
                Column.text("name", "名称", true, 200).withExample("郏县恒达建材有限公司"),
                Column.text("region", "所在乡镇（街道）", true, 40).withExample("堂街镇"),
                Column.text("address", "地址", false, 300).withExample("堂街镇建设路18号"),
                Column.text("industry", "行业代码", false, 40).withExample("F52、52 或 5212"),
                Column.choice("scale", "规模", false, scales.labels()),
                Column.choice("fiveAbove", "五上企业", false, List.of(YES, NO)),
                Column.text("contactName", "联系人", false, 30).withExample("王经理"),
                Column.code("contactPhone", "联系电话", false, 20).withExample("13800000000"),
                Column.choice("status", "状态", false, statuses.labels()),
                Column.choice("grade", "信用等级", false, List.of("A", "B", "C", "D")),
                Column.text("marks", "标记", false, 100).withExample("企业联系点"));
    }

    public SheetLayout layout() {
        return layout;
    }

    /** The row as a form; labels were already checked by the reader, marks are checked here. */
    PartyForm toForm(SheetRow row) {
        List<PartyMark> rowMarks = new ArrayList<>();
        for (String label : row.text("marks").split("[、,，;；\\s]+")) {
            if (!label.isBlank()) {
                rowMarks.add(marks.parse(label).orElseThrow(() -> new InvalidInput(List.of(
                        FieldProblem.of("marks", "import.error.unknown-value", String.join("、", marks.labels()))))));
            }
        }
        return new PartyForm(kinds.parse(row.text("kind")).orElseThrow(), row.text("code"), row.text("name"),
                row.text("region"), row.text("address"), row.text("industry"),
                row.isEmpty("scale") ? null : scales.parse(row.text("scale")).orElseThrow(),
                YES.equals(row.text("fiveAbove")),
                row.text("contactName"), row.text("contactPhone"),
                row.isEmpty("status") ? PartyStatus.OPERATING : statuses.parse(row.text("status")).orElseThrow(),
                row.isEmpty("grade") ? null : CreditGrade.valueOf(row.text("grade")), rowMarks, 0);
    }

    /** The column a form field's problem belongs to. */
    static String columnOf(String field) {
        switch (field) {
            case "regionCode":
                return "region";
            case "industryCode":
                return "industry";
            case "creditGrade":
                return "grade";
            default:
                return field;
        }
    }

    List<String> exportRow(org.fazhi.entities.party.Party party, String regionName) {
        return List.of(kinds.label(party.kind()), party.displayCode(), party.name(), regionName,
                nonNull(party.address()), nonNull(party.industryCode()),
                party.scale() == null ? "" : scales.label(party.scale()), party.fiveAbove() ? YES : NO,
                nonNull(party.contactName()), nonNull(party.contactPhoneMasked()), statuses.label(party.status()),
                party.creditGrade() == null ? "" : party.creditGrade().name(),
                String.join("、", party.marks().stream().map(marks::label).toList()));
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
