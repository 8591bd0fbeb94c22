/**
 * 执法事项清单: each agency's enforcement items, versioned by effective dates, with their legal bases and township
 * delegations (赋权); pages, REST API, Excel, the public list and the item indicators.
 */
@NullMarked
package org.fazhi.catalog.item;

import org.jspecify.annotations.NullMarked;
