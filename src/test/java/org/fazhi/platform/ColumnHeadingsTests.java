package org.fazhi.platform;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A table's head written from message keys ({@code fazhi:headings}) and rows from elsewhere labelled by it
 * ({@code fazhi:rows}), rendered by Thymeleaf with the pages' dialect but without Spring's context.
 */
class ColumnHeadingsTests {

    private static final String ROWS = """
            <template th:remove="all"><tr th:fragment="rows" th:each="name : ${names}">
              <td th:text="${name}">n</td><td class="num">1</td><td>edit</td><td colspan="2">wide</td>
              <td><table><tr><td>nested</td></tr></table></td></tr></template>
            """;

    private final SpringTemplateEngine engine = engine();

    @Test
    void writesTheHeadFromMessageKeysWithTheirClassesAndLeavesOutNullColumns() {
        String html = render("""
                <table class="data" id="t" fazhi:headings="${ {'officer.name', 'exam.sat num', '', shown ? 'x' : null} }">
                </table>""", Map.of("shown", false));

        assertThat(html).isEqualTo("""
                <table class="data" id="t" data-cards=""><thead><tr><th>姓名</th><th class="num">考试人数</th><th></th>\
                </tr></thead>
                </table>""");
    }

    @Test
    void labelsEachCellOfRowsFromAnotherPlaceWithItsColumnsHeading() {
        String html = render("<table class=\"data\" fazhi:headings=\"${ {'officer.name', 'exam.sat num', ''} }\">"
                + "<tbody><th:block fazhi:rows=\"~{::rows}\"></th:block></tbody></table>" + ROWS,
                Map.of("names", List.of("张三", "李四")));

        assertThat(html)
                .contains("<td data-label=\"姓名\">张三</td><td class=\"num\" data-label=\"考试人数\">1</td><td>edit</td>")
                .contains("<td data-label=\"姓名\">李四</td>")
                // a cell spanning columns, a column without a heading and a table nested in a cell keep no label
                .contains("<td colspan=\"2\">wide</td>", "<td>nested</td>")
                .doesNotContain("data-label=\"\"");
    }

    @Test
    void anEmptyFragmentOfRowsLeavesTheBodyEmpty() {
        String html = render("<table class=\"data\" fazhi:headings=\"${ {'officer.name'} }\"><tbody>"
                + "<th:block fazhi:rows=\"~{}\"></th:block></tbody></table>", Map.of());

        assertThat(html).endsWith("</tr></thead><tbody></tbody></table>");
    }

    @Test
    void refusesRowsOutsideATableWithHeadingsAndHeadingsThatAreNotKeys() {
        assertThatThrownBy(() -> render("<table class=\"data\"><tbody><th:block fazhi:rows=\"~{::rows}\"></th:block>"
                + "</tbody></table>" + ROWS, Map.of("names", List.of())))
                .hasRootCauseInstanceOf(TemplateProcessingException.class)
                .rootCause().hasMessageContaining("fazhi:rows stands only inside a table with fazhi:headings");
        assertThatThrownBy(() -> render("<table class=\"data\" fazhi:headings=\"${ {'a.b onclick=x'} }\"></table>",
                Map.of()))
                .rootCause().hasMessageContaining("not a message key and classes");
        assertThatThrownBy(() -> render("<table class=\"data\" fazhi:headings=\"${'officer.name'}\"></table>", Map.of()))
                .rootCause().hasMessageContaining("takes a list of message keys");
    }

    private String render(String template, Map<String, Object> variables) {
        return engine.process(template, new Context(Locale.SIMPLIFIED_CHINESE, variables)).strip();
    }

    private static SpringTemplateEngine engine() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("officer.name", Locale.SIMPLIFIED_CHINESE, "姓名");
        messages.addMessage("exam.sat", Locale.SIMPLIFIED_CHINESE, "考试人数");
        StringTemplateResolver templates = new StringTemplateResolver();
        templates.setTemplateMode(TemplateMode.HTML);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(templates);
        engine.setTemplateEngineMessageSource(messages);
        engine.addDialect(new PlatformConfiguration().pageDialect());
        return engine;
    }
}
