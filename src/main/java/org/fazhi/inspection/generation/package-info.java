/**
 * 检查数据生成: years of generated inspection history for a county — annual plans published and drawn through the
 * real draw engine, the draw's tasks and the 个案、专项 tasks around them with their approvals, visit-code scans,
 * results, enterprise ratings and complaints, and non-enforcement visits — written in bulk (COPY) and
 * deterministic for a seed. For benchmarks at province scale and for the demo county.
 */
@NullMarked
package org.fazhi.inspection.generation;

import org.jspecify.annotations.NullMarked;
