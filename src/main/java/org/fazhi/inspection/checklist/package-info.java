/**
 * 检查表单（一表通查）: the form an inspection fills in from the checklists of the items it cites, grouped by agency
 * for a joint visit; each point recorded 符合 / 不符合 / 不涉及 with a note and photos, and the rule by which the
 * inspection's result follows from them.
 */
@NullMarked
package org.fazhi.inspection.checklist;

import org.jspecify.annotations.NullMarked;
