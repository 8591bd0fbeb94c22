/** 一公开: published plans and draw results, and their verification by anyone. */
@NullMarked
package org.fazhi.inspection.publication;

import org.jspecify.annotations.NullMarked;
