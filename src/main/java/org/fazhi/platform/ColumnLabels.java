package org.fazhi.platform;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.model.ICloseElementTag;
import org.thymeleaf.model.IModel;
import org.thymeleaf.model.IModelFactory;
import org.thymeleaf.model.IOpenElementTag;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.model.ITemplateEvent;
import org.thymeleaf.processor.element.AbstractElementModelProcessor;
import org.thymeleaf.processor.element.IElementModelStructureHandler;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * Gives every cell of a data table ({@code <table class="data">}) its column's heading as {@code data-label}, so
 * that on a phone, where the stylesheet shows each row as a card, a cell still says what it is. It works on the
 * template before the rows are repeated: the n-th {@code <td>} of a body row takes the {@code th:text} of the n-th
 * {@code <th>} of the head, and the table is marked {@code data-cards}. No page has to remember it. A table whose
 * head repeats ({@code th:each}) is left alone, as are cells spanning columns and cells that carry a label already.
 * A table whose head is written by {@code fazhi:headings} ({@link ColumnHeadings}) is labelled by it instead.
 */
final class ColumnLabels extends AbstractElementModelProcessor {

    private static final String LABEL = "th:data-label";
    private static final String MARK = "data-cards";

    ColumnLabels(String dialectPrefix) {
        super(TemplateMode.HTML, dialectPrefix, "table", false, null, false, 10);
    }

    @Override
    protected void doProcess(ITemplateContext context, IModel model, IElementModelStructureHandler structure) {
        // The model is processed again after this change: the mark says it has been labelled already.
        if (!(model.get(0) instanceof IOpenElementTag table) || !isDataTable(table) || table.hasAttribute(MARK)
                || table.hasAttribute(ColumnHeadings.ATTRIBUTE)) {
            return;
        }
        List<@Nullable String> headings = headings(model);
        if (headings == null || headings.stream().allMatch(heading -> heading == null)) {
            return;
        }
        IModelFactory factory = context.getModelFactory();
        labelCells(model, headings, factory, 1);
        model.replace(0, factory.setAttribute(table, MARK, ""));
    }

    private static boolean isDataTable(IProcessableElementTag table) {
        String classes = table.getAttributeValue("class");
        return classes != null && List.of(classes.split("\\s+")).contains("data");
    }

    /** The head's cells in order (null where a cell has no text), or null when the head is repeated. */
    private static @Nullable List<@Nullable String> headings(IModel model) {
        List<@Nullable String> headings = new ArrayList<>();
        for (int i : ownTags(model, 1)) {
            IOpenElementTag open = (IOpenElementTag) model.get(i);
            if (open.getElementCompleteName().equals("tbody")) {
                break;
            }
            if (open.getElementCompleteName().equals("th")) {
                if (open.hasAttribute("th:each")) {
                    return null;
                }
                headings.add(open.getAttributeValue("th:text"));
            }
        }
        return headings;
    }

    /**
     * Gives the n-th cell of each body row the n-th label (an expression, null for none). {@code depth} is how many
     * tables the model's rows are inside: 1 for a whole table's model (its head is passed over), 0 for rows alone.
     */
    static void labelCells(IModel model, List<@Nullable String> headings, IModelFactory factory, int depth) {
        boolean inBody = depth == 0;
        int column = 0;
        for (int i : ownTags(model, depth)) {
            IOpenElementTag open = (IOpenElementTag) model.get(i);
            switch (open.getElementCompleteName()) {
                case "tbody" -> inBody = true;
                case "tr" -> column = 0;
                case "td" -> {
                    String heading = column < headings.size() ? headings.get(column) : null;
                    column++;
                    if (inBody && heading != null && !open.hasAttribute("colspan") && !open.hasAttribute("th:colspan")
                            && !open.hasAttribute(LABEL) && !open.hasAttribute("data-label")) {
                        model.replace(i, factory.setAttribute(open, LABEL, heading));
                    }
                }
                default -> {
                }
            }
        }
    }

    /** Positions of the opening tags at table nesting {@code own}, leaving out those of any table nested in a cell. */
    private static List<Integer> ownTags(IModel model, int own) {
        List<Integer> positions = new ArrayList<>();
        int depth = 0;
        for (int i = 0; i < model.size(); i++) {
            ITemplateEvent event = model.get(i);
            if (event instanceof IOpenElementTag open) {
                if (open.getElementCompleteName().equals("table")) {
                    depth++;
                } else if (depth == own) {
                    positions.add(i);
                }
            } else if (event instanceof ICloseElementTag close && close.getElementCompleteName().equals("table")) {
                depth--;
            }
        }
        return positions;
    }
}
