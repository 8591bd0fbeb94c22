package org.fazhi.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.model.IModel;
import org.thymeleaf.model.IModelFactory;
import org.thymeleaf.model.IOpenElementTag;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.element.AbstractAttributeTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.standard.expression.StandardExpressions;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * {@code <table class="data" fazhi:headings="${ {'registry.officer.name', 'registry.exam.sat num', ''} }">} writes the
 * table's head from a list of message keys, one column each: a key may be followed by the classes of its heading
 * cell ({@code num}), an empty string is a column without a heading, and null is no column at all (a column only
 * some readers see). The table is marked for the phone layout like {@link ColumnLabels} marks a hand-written one, and
 * the rows that {@code fazhi:rows} ({@link LabelledRows}) puts in its body take the headings as their labels.
 */
final class ColumnHeadings extends AbstractAttributeTagProcessor {

    static final String ATTRIBUTE = "fazhi:headings";
    /** The local variable through which the table's rows learn their labels (expressions, null for none). */
    static final String LABELS = "fazhi.columnLabels";

    private static final Pattern HEADING = Pattern.compile("([A-Za-z0-9.-]*)(?:\\s+([a-z -]+))?");

    ColumnHeadings(String dialectPrefix) {
        // After ColumnLabels (10): a model processor cannot run once the table's body has been changed.
        super(TemplateMode.HTML, dialectPrefix, "table", false, "headings", true, 20, true);
    }

    @Override
    protected void doProcess(ITemplateContext context, IProcessableElementTag table, AttributeName attributeName,
            String attributeValue, IElementTagStructureHandler structure) {
        Object value = StandardExpressions.getExpressionParser(context.getConfiguration())
                .parseExpression(context, attributeValue).execute(context);
        if (!(value instanceof List<?> entries)) {
            throw new TemplateProcessingException(ATTRIBUTE + " takes a list of message keys, not " + value);
        }
        IModelFactory factory = context.getModelFactory();
        IModel head = factory.createModel();
        head.add(factory.createOpenElementTag("thead"));
        head.add(factory.createOpenElementTag("tr"));
        List<@Nullable String> labels = new ArrayList<>();
        for (Object entry : entries) {
            if (entry != null) {
                var heading = HEADING.matcher(entry.toString().strip());
                if (!heading.matches()) {
                    throw new TemplateProcessingException(ATTRIBUTE + ": not a message key and classes: " + entry);
                }
                String label = heading.group(1).isEmpty() ? null : "#{" + heading.group(1) + "}";
                labels.add(label);
                head.add(cell(factory, label, heading.group(2)));
                head.add(factory.createCloseElementTag("th"));
            }
        }
        head.add(factory.createCloseElementTag("tr"));
        head.add(factory.createCloseElementTag("thead"));
        structure.insertImmediatelyAfter(head, true);
        structure.setAttribute("data-cards", "");
        structure.setLocalVariable(LABELS, labels);
    }

    private static IOpenElementTag cell(IModelFactory factory, @Nullable String label, @Nullable String classes) {
        IOpenElementTag cell = factory.createOpenElementTag("th");
        if (classes != null) {
            cell = factory.setAttribute(cell, "class", classes.strip());
        }
        return label == null ? cell : factory.setAttribute(cell, "th:text", label);
    }
}
