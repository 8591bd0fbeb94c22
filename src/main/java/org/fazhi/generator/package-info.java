/**
 * 数据生成: fills a database with generated, realistic data for N counties (regions, agencies, officers,
 * certificates, enforcement items, regulated parties, years of inspections) for benchmarks at province scale.
 * Deterministic for a seed.
 * Each module generates its own data through its own API; this module only sequences the counties.
 */
@NullMarked
package org.fazhi.generator;

import org.jspecify.annotations.NullMarked;
