/** 裁量基准: discretion benchmarks of penalty items, in tiers, published (行政处罚法第三十四条) and checked against. */
@NullMarked
package org.fazhi.catalog.benchmark;

import org.jspecify.annotations.NullMarked;
