/** 培训记录: training hours per officer, kept by the officer's agency or the justice bureau. */
@NullMarked
package org.fazhi.registry.training;

import org.jspecify.annotations.NullMarked;
