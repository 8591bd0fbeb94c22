/** Governance indicators counted over a module table by agency, in one grouped query. */
@NullMarked
package org.fazhi.governance.tally;

import org.jspecify.annotations.NullMarked;
