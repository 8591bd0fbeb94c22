/**
 * 双随机一公开的抽取引擎: a verifiable credit-graded random draw (信用+双随机). Which regulated parties are inspected
 * and by which two officers is a pure function of published inputs (the directories, the rules and a seed), so anyone
 * can recompute it from the published document. No Spring, no database; docs/draw-algorithm.md is the specification.
 */
@NullMarked
package org.fazhi.inspection.draw;

import org.jspecify.annotations.NullMarked;
