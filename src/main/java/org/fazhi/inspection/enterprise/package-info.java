/** 企业端: an enterprise's own inspections — history, announced visits, ratings (企业评价执法) and complaints. */
@NullMarked
package org.fazhi.inspection.enterprise;

import org.jspecify.annotations.NullMarked;
