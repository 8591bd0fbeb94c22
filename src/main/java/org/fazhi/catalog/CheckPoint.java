package org.fazhi.catalog;

import org.jspecify.annotations.Nullable;

/**
 * 检查项: one point of an inspection item version's checklist (检查表单): what the inspector checks, the standard it
 * is checked against and the provision that requires it. {@code keyPoint} marks a 重点项, which the county wants
 * checked on every visit. The id is stable while the version keeps the point, so a record of an inspection can
 * name it.
 *
 * @param position   1 for the first point of the version's checklist
 * @param legalBasis the provision as the county cites it, e.g. 《中华人民共和国食品安全法》第五十三条; null when none
 */
public record CheckPoint(long id, long itemId, int position, String content, String standard,
                         @Nullable String legalBasis, boolean keyPoint) {
}
