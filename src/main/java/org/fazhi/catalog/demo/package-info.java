/** Demonstration benchmarks and flexible-list entries for the demo county's items. */
@NullMarked
package org.fazhi.catalog.demo;

import org.jspecify.annotations.NullMarked;
