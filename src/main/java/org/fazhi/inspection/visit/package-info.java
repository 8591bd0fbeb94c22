/**
 * 扫码入企: the signed, expiring visit codes of approved inspection tasks, which officers show as a QR code and
 * an enterprise scans to see whether the inspection at its door is genuine (国办发〔2024〕54号).
 */
@NullMarked
package org.fazhi.inspection.visit;

import org.jspecify.annotations.NullMarked;
