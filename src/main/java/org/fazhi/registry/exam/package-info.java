/** 考试: exam sessions held by the justice bureau and each officer's score; 通过率 per agency and year. */
@NullMarked
package org.fazhi.registry.exam;

import org.jspecify.annotations.NullMarked;
