/**
 * 行政处罚与行政强制案件: cases from clue to archive, their procedure, deadlines, evidence and documents (执法文书).
 */
@NullMarked
package org.fazhi.casework;

import org.jspecify.annotations.NullMarked;
