/**
 * 检查表单: the check points of an inspection item version (检查内容、检查标准、依据、重点项), edited on the item's
 * page, through the REST API and by Excel import; copied into a new version when the item is revised.
 */
@NullMarked
package org.fazhi.catalog.checklist;

import org.jspecify.annotations.NullMarked;
