/**
 * 执法文书: documents rendered as .docx from templates a county can replace without code, and their gap-free
 * numbers. Knows nothing of the case: the case side fills {@link org.fazhi.casework.document.DocumentFields} with the
 * placeholders of {@code docs/case-documents.md}.
 */
@NullMarked
package org.fazhi.casework.document;

import org.jspecify.annotations.NullMarked;
