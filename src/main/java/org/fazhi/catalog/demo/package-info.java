/**
 * 演示数据: the demo county's enforcement-item lists, discretion benchmarks and flexible-list entries, loaded once
 * on the first start in demo mode.
 */
@NullMarked
package org.fazhi.catalog.demo;

import org.jspecify.annotations.NullMarked;
