package org.fazhi.platform;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.engine.TemplateModel;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.model.IModel;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.element.AbstractAttributeTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.standard.expression.Fragment;
import org.thymeleaf.standard.expression.StandardExpressions;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * {@code <th:block fazhi:rows="${rows}">}, inside a table whose head {@code fazhi:headings} wrote, is replaced by a
 * page's fragment of body rows (like {@code th:replace}) whose cells first take their column's heading as
 * {@code data-label}: the rows come from another template, so {@link ColumnLabels} never sees them in the table.
 */
final class LabelledRows extends AbstractAttributeTagProcessor {

    LabelledRows(String dialectPrefix) {
        super(TemplateMode.HTML, dialectPrefix, null, false, "rows", true, 100, true);
    }

    @Override
    @SuppressWarnings("unchecked")
    protected void doProcess(ITemplateContext context, IProcessableElementTag tag, AttributeName attributeName,
            String attributeValue, IElementTagStructureHandler structure) {
        Object value = StandardExpressions.getExpressionParser(context.getConfiguration())
                .parseExpression(context, attributeValue).execute(context);
        if (value == null || value == Fragment.EMPTY_FRAGMENT) {
            structure.removeElement();
            return;
        }
        if (!(value instanceof Fragment fragment)) {
            throw new TemplateProcessingException("fazhi:rows takes a fragment (~{...}), not " + value);
        }
        if (!(context.getVariable(ColumnHeadings.LABELS) instanceof List<?> labels)) {
            throw new TemplateProcessingException("fazhi:rows stands only inside a table with fazhi:headings");
        }
        TemplateModel template = fragment.getTemplateModel();
        IModel rows = template.cloneModel();
        ColumnLabels.labelCells(rows, (List<@Nullable String>) labels, context.getModelFactory(), 0);
        structure.setTemplateData(template.getTemplateData());
        structure.replaceWith(rows, true);
    }
}
