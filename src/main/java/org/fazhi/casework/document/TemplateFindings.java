package org.fazhi.casework.document;

import java.util.List;

/**
 * What the check of one template found: the placeholders it uses and what is wrong with it.
 *
 * @param replaced whether the county's own file was checked (false: the shipped one)
 */
public record TemplateFindings(DocumentKind kind, boolean replaced, List<String> placeholders, List<Problem> problems) {

    public TemplateFindings {
        placeholders = List.copyOf(placeholders);
        problems = List.copyOf(problems);
    }

    /** Whether every placeholder will be filled: nothing unknown, misplaced or broken. */
    public boolean isSound() {
        return problems.isEmpty();
    }

    public enum Trouble {
        /** The file is not a .docx that can be read. */
        UNREADABLE,
        /** A name that is not in the vocabulary: a typing mistake, usually. */
        UNKNOWN,
        /** A name of the vocabulary that this kind of document is never given. */
        NOT_OF_THIS_DOCUMENT,
        /** A row placeholder outside a table row: there is no row to repeat. */
        ROW_OUTSIDE_TABLE,
        /** Braces that do not make a placeholder ({@code {{当事人名称}}, missing a brace}). */
        INCOMPLETE
    }

    /** One thing wrong, with the text it concerns. */
    public record Problem(Trouble trouble, String text) {

        /** The problem in Chinese, for the log and the command line. */
        public String describe() {
            return switch (trouble) {
                case UNREADABLE -> "无法作为 .docx 文件读取：" + text;
                case UNKNOWN -> "未知的占位符 {{" + text + "}}";
                case NOT_OF_THIS_DOCUMENT -> "占位符 {{" + text + "}} 不属于本文书，不会被填写";
                case ROW_OUTSIDE_TABLE -> "表格行占位符 {{" + text + "}} 应放在表格的一行中";
                case INCOMPLETE -> "不完整的占位符：" + text;
            };
        }

        @Override
        public String toString() {
            return describe();
        }
    }
}
