/** The checks a governance step's input passes before the aggregate sees it, shared by its features. */
@NullMarked
package org.fazhi.governance.input;

import org.jspecify.annotations.NullMarked;
