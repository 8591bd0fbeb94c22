/**
 * What benchmarks and flexible lists need to know about enforcement items, read from {@code catalog.item}, and who
 * may keep records tied to an item.
 */
@NullMarked
package org.fazhi.catalog.scope;

import org.jspecify.annotations.NullMarked;
