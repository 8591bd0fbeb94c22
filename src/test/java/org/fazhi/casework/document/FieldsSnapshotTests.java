package org.fazhi.casework.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** What an issued document says survives being kept as JSON; the template version follows the county's folder. */
class FieldsSnapshotTests {

    @Test
    void valuesRowsBlanksAndEmptyTextsComeBackAsTheyWere() {
        DocumentFields fields = DocumentFields.none()
                .with(Placeholder.AGENCY_NAME, "郏县市场监督管理局")
                .with(Placeholder.CASE_CAUSE, "无证经营\n第二行 {{不是占位符}} \"引号\"")
                .with(Placeholder.CASE_NUMBER, "")
                .withRow(Map.of(Placeholder.ITEM_NUMBER, "1", Placeholder.ITEM_NAME, "白酒"))
                .withRow(Map.of(Placeholder.ITEM_NUMBER, "2", Placeholder.ITEM_NAME, "香烟"));

        DocumentFields back = FieldsSnapshot.fromJson(FieldsSnapshot.toJson(fields));

        assertThat(back).isEqualTo(fields);
        assertThat(back.value("案件编号")).contains("");
        assertThat(back.value("文书编号")).isEmpty();
        assertThat(back.rows("物品")).extracting(row -> row.get(Placeholder.ITEM_NAME)).containsExactly("白酒", "香烟");
    }

    @Test
    void aNameNoPlaceholderHasAnyMoreIsLeftOutNotFatal() {
        DocumentFields back = FieldsSnapshot.fromJson(
                "{\"values\":{\"机关名称\":\"某局\",\"已删除的占位符\":\"x\"},\"tables\":{}}");
        assertThat(back.values()).containsOnlyKeys(Placeholder.AGENCY_NAME);
    }

    @Test
    void theCurrentVersionIsTheShippedOneUntilTheCountyReplacesItAndFollowsEachReplacement(@TempDir Path folder)
            throws IOException {
        DocumentTemplates templates = new DocumentTemplates(folder);
        TemplateVersion shipped = templates.current(DocumentKind.PENALTY_DECISION);
        assertThat(templates.current(DocumentKind.PENALTY_DECISION)).isSameAs(shipped);

        Path county = folder.resolve(DocumentKind.PENALTY_DECISION.fileName());
        Files.write(county, DocumentFixtures.docx(d -> d.createParagraph().createRun().setText("{{当事人名称}}")));
        TemplateVersion replaced = templates.current(DocumentKind.PENALTY_DECISION);
        assertThat(replaced.sm3()).isNotEqualTo(shipped.sm3());

        Files.write(county, DocumentFixtures.docx(d -> d.createParagraph().createRun().setText("{{当事人名称}} 第二版")));
        Files.setLastModifiedTime(county, FileTime.fromMillis(Files.getLastModifiedTime(county).toMillis() + 5000));
        assertThat(templates.current(DocumentKind.PENALTY_DECISION).sm3()).isNotIn(shipped.sm3(), replaced.sm3());

        Files.delete(county);
        assertThat(templates.current(DocumentKind.PENALTY_DECISION).sm3()).isEqualTo(shipped.sm3());
    }
}
