/**
 * 精准管控执法频次: whether an enterprise may be inspected again this year, the warnings of repeated inspections,
 * and proposals to merge several agencies' visits into one ("综合查一次", 国办发〔2024〕54号). Pure rules: the
 * caller brings the history and the county's numbers.
 */
@NullMarked
package org.fazhi.inspection.frequency;

import org.jspecify.annotations.NullMarked;
