package org.fazhi.inspection.draw;

import java.util.List;

/**
 * Where a published draw's seed comes from, and what a reader checks about it before recomputing the draw.
 * {@link SingleSourceSeed}: the documents of "fazhi-draw/1", whose seed is either a committed secret or a public
 * value. {@link CombinedSeed}: those of "fazhi-draw/2", whose seed combines a committed secret with a public value
 * that did not exist when the plan was published, so that nobody, the operator included, knew the outcome then.
 */
public sealed interface DrawSeed permits SingleSourceSeed, CombinedSeed {

    /** The seed text the random stream is built from (docs/draw-algorithm.md, section 4). */
    String value();

    /** What does not hold about the seed, in Chinese, first problem first; empty when every check passes. */
    List<String> discrepancies();

    /** The first 16 hex digits of a digest, enough to tell two apart in a finding. */
    static String brief(String hex) {
        return hex.length() <= 16 ? hex : hex.substring(0, 16) + "…";
    }
}
