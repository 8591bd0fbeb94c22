/**
 * 台账: one mechanism for the county's many registers. A ledger type is declared once (its fields, their checks,
 * which show in the list and are searched, and the indicators it feeds), shipped as a resource file or added by a
 * county's bureau; the form, list, search, Excel import and export, API and indicators all follow from the
 * declaration. Entries live in one table, their values as jsonb, checked against the declaration on every write.
 */
@NullMarked
package org.fazhi.governance.ledger;

import org.jspecify.annotations.NullMarked;
