/**
 * 规范性文件: a normative document from drafting through public comment, legality and fair-competition review,
 * collective deliberation, publication under the 三统一 (registration number, document number, publication) and
 * filing with the higher government and the people's congress standing committee, to its expiry or repeal; and the
 * clean-up campaigns (清理) that decide on documents in force.
 */
@NullMarked
package org.fazhi.governance.normative;

import org.jspecify.annotations.NullMarked;
