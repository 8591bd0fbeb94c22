/**
 * 行政检查: inspection plans and their verifiable 信用+双随机 draws, conflict-of-interest declarations (回避), and
 * the publication of plans and draw results for anyone to check.
 */
@NullMarked
package org.fazhi.inspection;

import org.jspecify.annotations.NullMarked;
