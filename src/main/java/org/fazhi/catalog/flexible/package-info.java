/** 柔性执法清单: 不予处罚 (incl. 首违不罚), 从轻, 减轻 and 免予行政强制 entries tied to items, published. */
@NullMarked
package org.fazhi.catalog.flexible;

import org.jspecify.annotations.NullMarked;
