/** 演示数据: the demo county's enforcement-item lists, loaded once on the first start in demo mode. */
@NullMarked
package org.fazhi.catalog.demo;

import org.jspecify.annotations.NullMarked;
