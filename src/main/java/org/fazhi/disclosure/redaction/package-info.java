/**
 * 个人信息隐去: finds the personal information in a text that is about to be published (names of natural persons,
 * ID numbers, phone numbers, home addresses below the street, bank accounts, private licence plates, e-mail
 * addresses) and proposes a replacement for each. A pure function of the text and a {@link
 * org.fazhi.disclosure.redaction.RedactionContext}: no Spring, no database. Start at {@link
 * org.fazhi.disclosure.redaction.Redaction}.
 */
@NullMarked
package org.fazhi.disclosure.redaction;

import org.jspecify.annotations.NullMarked;
