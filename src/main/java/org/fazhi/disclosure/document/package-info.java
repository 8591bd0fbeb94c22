/**
 * 公示文书 PDF: a published (or withdrawn) decision's redacted text as an A4 PDF for the portal, rendered in Java
 * with a subset of a CJK font embedded ({@code fazhi.disclosure.pdf.*}).
 */
@NullMarked
package org.fazhi.disclosure.document;

import org.jspecify.annotations.NullMarked;
