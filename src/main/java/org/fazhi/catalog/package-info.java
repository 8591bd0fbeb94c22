/**
 * 执法事项清单与裁量基准: what each agency may enforce and on what legal basis, township delegations, discretion
 * benchmarks and the flexible-enforcement lists.
 */
@NullMarked
package org.fazhi.catalog;

import org.jspecify.annotations.NullMarked;
