/**
 * The public feed of publications, withdrawals and expiries (JSON and CSV, paged, with a since-cursor) for the
 * province's credit platform and 信用中国-style consumers.
 */
@NullMarked
package org.fazhi.disclosure.feed;

import org.jspecify.annotations.NullMarked;
