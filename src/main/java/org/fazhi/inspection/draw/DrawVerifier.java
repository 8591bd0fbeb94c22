package org.fazhi.inspection.draw;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.fazhi.inspection.draw.PublishedDraw.Directory;

/**
 * Checks a published draw the way any member of the public could: hashes the published directory lines again,
 * checks the seed (a combined seed: its commitment, its combination of secret and public value, and that the value
 * was read after publication; an old committed seed: its commitment), recomputes the draw from the published lines, rules and seed,
 * and compares the result entry by entry. Says what differs, in the order a reader would look for it.
 */
public final class DrawVerifier {

    public static final int MAX_FINDINGS = 20;

    public Verification verify(PublishedDraw draw) {
        Findings findings = new Findings();
        if (!RandomDraw.ALGORITHM.equals(draw.algorithm())) {
            findings.add("抽取算法 " + draw.algorithm() + " 不是本程序实现的 " + RandomDraw.ALGORITHM + "，无法重算");
            return findings.verification();
        }
        checkDirectory(Directories.PARTIES, draw.partyDirectory(), findings);
        checkDirectory(Directories.INSPECTORS, draw.inspectorDirectory(), findings);
        checkDirectory(Directories.CONFLICTS, draw.conflicts(), findings);
        draw.seed().discrepancies().forEach(findings::add);
        DrawOutcome recomputed;
        try {
            recomputed = RandomDraw.run(draw.inputs());
        } catch (IllegalArgumentException refused) {
            findings.add("无法按公布的输入重算：" + refused.getMessage());
            return findings.verification();
        }
        compareAssignments(draw.result(), recomputed, findings);
        if (!draw.result().unstaffedPartyIds().equals(recomputed.unstaffedPartyIds())) {
            findings.add("未配齐检查人员的对象不同：公布为 " + brief(draw.result().unstaffedPartyIds()) + "，重算为 "
                    + brief(recomputed.unstaffedPartyIds()));
        }
        return findings.verification();
    }

    private static void checkDirectory(String name, Directory directory, Findings findings) {
        String digest = Directories.digest(directory.lines());
        if (!digest.equals(directory.digest())) {
            findings.add(name + "摘要不符：公布 " + DrawSeed.brief(directory.digest()) + "，按公布的名录重算为 "
                    + DrawSeed.brief(digest));
        }
        if (directory.count() != directory.lines().size()) {
            findings.add(name + "条数不符：公布 " + directory.count() + " 条，实际列出 " + directory.lines().size() + " 条");
        }
    }

    /**
     * Walks both lists of assignments together, so one party left out or slipped in is one finding, not a shift of
     * every later position.
     */
    private static void compareAssignments(DrawOutcome published, DrawOutcome recomputed, Findings findings) {
        List<Assignment> told = published.assignments();
        List<Assignment> actual = recomputed.assignments();
        Set<Long> toldParties = partiesOf(told);
        Set<Long> actualParties = partiesOf(actual);
        int i = 0;
        int j = 0;
        while ((i < told.size() || j < actual.size()) && !findings.isFull()) {
            Assignment claimed = i < told.size() ? told.get(i) : null;
            Assignment expected = j < actual.size() ? actual.get(j) : null;
            if (claimed != null && expected != null && claimed.partyId() == expected.partyId()) {
                if (!claimed.officerIds().equals(expected.officerIds())) {
                    findings.add("对象 " + claimed.partyId() + " 的检查人员不同：公布为 " + claimed.officerIds() + "，重算为 "
                            + expected.officerIds());
                }
                i++;
                j++;
            } else if (claimed != null && (expected == null || !actualParties.contains(claimed.partyId()))) {
                findings.add("公布的结果多出对象 " + claimed.partyId() + "（公布为第 " + (i + 1) + " 个抽中对象，重算中"
                        + (recomputed.unstaffedPartyIds().contains(claimed.partyId()) ? "未能配齐检查人员" : "未被抽中") + "）");
                i++;
            } else if (expected != null && (claimed == null || !toldParties.contains(expected.partyId()))) {
                findings.add("公布的结果缺少对象 " + expected.partyId() + "（重算为第 " + (j + 1) + " 个抽中对象）");
                j++;
            } else {
                findings.add("第 " + (i + 1) + " 个抽中对象不同：公布为 " + claimed.partyId() + "，重算为 " + expected.partyId());
                i++;
                j++;
            }
        }
    }

    private static Set<Long> partiesOf(List<Assignment> assignments) {
        Set<Long> parties = new HashSet<>();
        assignments.forEach(assignment -> parties.add(assignment.partyId()));
        return parties;
    }

    private static String brief(List<Long> ids) {
        return ids.size() <= 10 ? ids.toString() : ids.subList(0, 10).toString().replace("]", ", …] 共 " + ids.size() + " 个");
    }

    /** The first MAX_FINDINGS differences; the answer does not match as soon as there is one. */
    private static final class Findings {

        private final List<String> listed = new ArrayList<>();

        void add(String finding) {
            if (!isFull()) {
                listed.add(finding);
            }
        }

        boolean isFull() {
            return listed.size() >= MAX_FINDINGS;
        }

        Verification verification() {
            return new Verification(listed.isEmpty(), listed);
        }
    }
}
