/**
 * 共享内核: value types every module uses (region codes, credit codes, ID numbers, money, the working-day
 * calendar). No beans, no tables.
 */
@NullMarked
package org.fazhi.shared;

import org.jspecify.annotations.NullMarked;
