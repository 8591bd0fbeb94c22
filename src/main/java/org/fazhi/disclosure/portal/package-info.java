/**
 * 处罚决定公示查询: the public portal's search of published decisions (no login) and their pages. Only the redacted
 * text and fields that name no person are searched or shown; a keyword of two or more characters is found through
 * the text's character pairs ({@link org.fazhi.disclosure.portal.PortalKeywords}); searches are counted for the
 * indicator PORTAL_SEARCHES.
 */
@NullMarked
package org.fazhi.disclosure.portal;

import org.jspecify.annotations.NullMarked;
