package org.fazhi.catalog.checklist;

import java.util.Arrays;

import org.fazhi.platform.InvalidInput;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

/** A submitted checklist: rows ordered by their numbers, blank and removed rows dropped, problems by row. */
class ChecklistFormTests {

    @Test
    void rowsAreOrderedByTheirNumbersAndUnnumberedNewRowsComeLast() {
        ChecklistForm form = form(
                row(11L, 2, "进货查验记录"),
                row(null, null, "清洗消毒"),
                row(12L, 1, "许可证件"),
                row(null, null, null),
                removed(row(13L, 3, "贮存条件")));

        assertThat(form.drafts()).extracting(CheckPointDraft::id, CheckPointDraft::content).containsExactly(
                tuple(12L, "许可证件"),
                tuple(11L, "进货查验记录"),
                tuple(null, "清洗消毒"));
    }

    @Test
    void eachRowsProblemsAreNamedByItsRowAndField() {
        ChecklistForm form = form(row(null, 1, "许"), new ChecklistForm.Row(null, 2, "贮存条件", "", "x".repeat(501),
                false, false));

        assertThatThrownBy(form::drafts).isInstanceOf(InvalidInput.class).satisfies(invalid -> assertThat(
                ((InvalidInput) invalid).problems()).extracting(InvalidInput.FieldProblem::field,
                InvalidInput.FieldProblem::messageKey).containsExactly(
                tuple("points[0].content", "catalog.check-point.content.size"),
                tuple("points[1].standard", "catalog.check-point.standard.required"),
                tuple("points[1].legalBasis", "catalog.check-point.legal-basis.size")));
    }

    @Test
    void aRemovedRowIsNotCheckedAndThePageOffersBlankRowsForNewPoints() {
        ChecklistForm form = form(removed(row(5L, 1, "")));

        assertThat(form.drafts()).isEmpty();
        assertThat(form.rowsForPage()).hasSize(1 + ChecklistForm.BLANK_ROWS);
    }

    private static ChecklistForm form(ChecklistForm.Row... rows) {
        return new ChecklistForm(Arrays.asList(rows), 0);
    }

    private static ChecklistForm.Row row(Long id, Integer position, String content) {
        return new ChecklistForm.Row(id, position, content, content == null ? null : content + "符合要求",
                null, false, false);
    }

    private static ChecklistForm.Row removed(ChecklistForm.Row row) {
        return new ChecklistForm.Row(row.id(), row.position(), row.content(), row.standard(), row.legalBasis(),
                row.keyPoint(), true);
    }
}
