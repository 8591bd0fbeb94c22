/**
 * 文书生成: fills .docx templates whose placeholders ({@code {{name}}}) are written in the text, across Word's runs,
 * in repeated table rows, text boxes, headers and footers. Knows nothing of what a document is about: each module
 * keeps its own templates and says what each placeholder holds ({@link org.fazhi.platform.documents.TemplateValues}).
 */
@NamedInterface("documents")
@NullMarked
package org.fazhi.platform.documents;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
