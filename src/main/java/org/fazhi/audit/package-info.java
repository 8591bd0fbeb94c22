/** 审计: the tamper-evident audit trail of every change. */
@NullMarked
package org.fazhi.audit;

import org.jspecify.annotations.NullMarked;
