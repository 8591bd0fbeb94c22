/**
 * 双随机一公开的抽取引擎: a verifiable credit-graded random draw (信用+双随机). Which regulated parties are inspected
 * and by which two officers is a pure function of published inputs (the directories, the rules and a seed), so anyone
 * can recompute it from the published document. No Spring, no database; docs/draw-algorithm.md is the specification.
 * A named interface ({@code inspection :: draw}): the seed, its stream and the canonical directories are reused by
 * other verifiable draws, such as supervision's sampling of closed case files (案卷评查, section 14 of the spec).
 */
@NamedInterface("draw")
@NullMarked
package org.fazhi.inspection.draw;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
