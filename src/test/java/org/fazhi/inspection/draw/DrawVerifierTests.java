package org.fazhi.inspection.draw;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.LongStream;

import org.fazhi.inspection.draw.PublishedDraw.Directory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DrawVerifierTests {

    private final DrawVerifier verifier = new DrawVerifier();
    private final PublishedDraw honest = DrawFixtures.published(DrawFixtures.county("县司法局 2025-03-01 承诺种子"),
            SingleSourceSeed.committed("县司法局 2025-03-01 承诺种子"));

    @Test
    void anHonestDrawMatches() {
        assertThat(verifier.verify(honest)).isEqualTo(new Verification(true, List.of()));
        assertThat(honest.result().assignments()).isNotEmpty();
    }

    @Test
    void findsAPartySlippedIntoTheDirectory() {
        List<String> lines = new ArrayList<>(honest.partyDirectory().lines());
        lines.add("9999,D,410425100");
        PublishedDraw forged = withParties(new Directory(honest.partyDirectory().digest(), lines.size(), lines));

        Verification verification = verifier.verify(forged);

        assertThat(verification.matches()).isFalse();
        assertThat(verification.findings().get(0)).startsWith("检查对象名录摘要不符：公布 " + honest.partyDirectory().digest()
                .substring(0, 16) + "…，按公布的名录重算为 " + Directories.digest(lines).substring(0, 16) + "…");
    }

    @Test
    void findsAPartySlippedIntoTheDirectoryEvenWithItsDigestRecomputed() {
        List<String> lines = new ArrayList<>(honest.partyDirectory().lines());
        lines.add("9999,D,410425100");

        Verification verification = verifier.verify(withParties(Directory.of(lines)));

        assertThat(verification.matches()).isFalse();
        assertThat(verification.findings()).noneMatch(finding -> finding.contains("摘要"));
    }

    @Test
    void findsADifferentSeed() {
        PublishedDraw reseeded = new PublishedDraw(honest.format(), honest.algorithm(), honest.plan(), honest.rules(),
                SingleSourceSeed.committed("另一个种子"), honest.partyDirectory(), honest.inspectorDirectory(), honest.conflicts(),
                honest.result());

        Verification verification = verifier.verify(reseeded);

        assertThat(verification.matches()).isFalse();
        assertThat(verification.findings()).isNotEmpty().noneMatch(finding -> finding.contains("承诺"));
    }

    @Test
    void findsASwappedInspector() {
        List<Assignment> assignments = new ArrayList<>(honest.result().assignments());
        Assignment original = assignments.get(3);
        long replacement = LongStream.rangeClosed(1, 12).filter(officer -> !original.officerIds().contains(officer))
                .findFirst().orElseThrow();
        Assignment swapped = new Assignment(original.partyId(), List.of(original.officerIds().get(0), replacement));
        assignments.set(3, swapped);

        Verification verification = verifier.verify(withResult(new DrawOutcome(assignments, honest.result().unstaffedPartyIds())));

        assertThat(verification.findings()).containsExactly("对象 " + original.partyId() + " 的检查人员不同：公布为 "
                + swapped.officerIds() + "，重算为 " + original.officerIds());
    }

    @Test
    void findsARemovedAssignmentAsOneMissingParty() {
        List<Assignment> assignments = new ArrayList<>(honest.result().assignments());
        Assignment removed = assignments.remove(5);

        Verification verification = verifier.verify(withResult(new DrawOutcome(assignments, honest.result().unstaffedPartyIds())));

        assertThat(verification.findings()).containsExactly("公布的结果缺少对象 " + removed.partyId() + "（重算为第 6 个抽中对象）");
    }

    @Test
    void findsAnAddedAssignment() {
        List<Assignment> assignments = new ArrayList<>(honest.result().assignments());
        assignments.add(0, new Assignment(1001, List.of(7L, 8L)));

        Verification verification = verifier.verify(withResult(new DrawOutcome(assignments, honest.result().unstaffedPartyIds())));

        assertThat(verification.findings()).containsExactly("公布的结果多出对象 1001（公布为第 1 个抽中对象，重算中未被抽中）");
    }

    @Test
    void findsPartiesInAnotherOrder() {
        List<Assignment> assignments = new ArrayList<>(honest.result().assignments());
        Assignment first = assignments.get(0);
        Assignment second = assignments.get(1);
        assignments.set(0, second);
        assignments.set(1, first);

        Verification verification = verifier.verify(withResult(new DrawOutcome(assignments, honest.result().unstaffedPartyIds())));

        assertThat(verification.findings()).containsExactly(
                "第 1 个抽中对象不同：公布为 " + second.partyId() + "，重算为 " + first.partyId(),
                "第 2 个抽中对象不同：公布为 " + first.partyId() + "，重算为 " + second.partyId());
    }

    @Test
    void findsASeedThatIsNotTheCommittedOne() {
        SingleSourceSeed seed = (SingleSourceSeed) honest.seed();
        PublishedDraw recommitted = new PublishedDraw(honest.format(), honest.algorithm(), honest.plan(), honest.rules(),
                new SingleSourceSeed(seed.mode(), seed.value(), SingleSourceSeed.commitmentOf("事先承诺的另一个种子"), null),
                honest.partyDirectory(), honest.inspectorDirectory(), honest.conflicts(), honest.result());

        Verification verification = verifier.verify(recommitted);

        assertThat(verification.findings()).hasSize(1);
        assertThat(verification.findings().get(0)).startsWith("种子与事先公布的承诺值不符");
    }

    @Test
    void findsALineItCannotReadAndStopsThere() {
        List<String> lines = new ArrayList<>(honest.inspectorDirectory().lines());
        lines.set(2, "3,101,410425003");
        PublishedDraw broken = new PublishedDraw(honest.format(), honest.algorithm(), honest.plan(), honest.rules(),
                honest.seed(), honest.partyDirectory(), Directory.of(lines), honest.conflicts(), honest.result());

        assertThat(verifier.verify(broken).findings()).containsExactly(
                "无法按公布的输入重算：执法检查人员名录第 3 行有误（3,101,410425003）：应有 4 栏，实有 3 栏");
    }

    @Test
    void listsTwentyFindingsAtMost() {
        List<Assignment> reversed = new ArrayList<>(honest.result().assignments());
        Collections.reverse(reversed);

        Verification verification = verifier.verify(withResult(new DrawOutcome(reversed, List.of(1L))));

        assertThat(honest.result().assignments()).hasSizeGreaterThan(DrawVerifier.MAX_FINDINGS);
        assertThat(verification.findings()).hasSize(DrawVerifier.MAX_FINDINGS);
    }

    @Test
    void findsADifferentListOfUnstaffedParties() {
        Verification verification = verifier.verify(withResult(new DrawOutcome(honest.result().assignments(), List.of(1002L))));

        assertThat(verification.findings()).containsExactly("未配齐检查人员的对象不同：公布为 [1002]，重算为 "
                + honest.result().unstaffedPartyIds());
    }

    @Test
    void aCombinedDrawMatchesAndEveryCheckOfItsSeedCounts() {
        PublishedDraw combined = DrawFixtures.combined("40417362");
        CombinedSeed seed = (CombinedSeed) combined.seed();
        String otherSecret = DrawFixtures.SECRET.replace('1', '2');

        assertThat(verifier.verify(combined).matches()).isTrue();
        assertThat(verifier.verify(withSeed(combined, new CombinedSeed(seed.construction(), seed.announced(),
                seed.secret(), DrawFixtures.entry("40417363"), seed.value()))).findings())
                .singleElement().asString().startsWith("种子不是秘密值与公开随机值的组合");
        assertThat(verifier.verify(withSeed(combined, CombinedSeed.combine(seed.announced(), otherSecret,
                seed.entry()))).findings()).first().asString().startsWith("承诺值与公布的秘密值");
        assertThat(verifier.verify(withSeed(combined, CombinedSeed.combine(DrawFixtures.announced(otherSecret),
                seed.secret(), seed.entry()))).findings()).first().asString().startsWith("承诺值与公布的秘密值");
    }

    @Test
    void aCombinedDrawRedrawnWithAnotherValueIsCaughtByTheRedraw() {
        PublishedDraw honestCombined = DrawFixtures.combined("40417362");
        PublishedDraw redrawn = DrawFixtures.combined("40417363");

        Verification verification = verifier.verify(withSeed(redrawn, honestCombined.seed()));

        assertThat(verification.matches()).isFalse();
        assertThat(verification.findings()).noneMatch(finding -> finding.contains("承诺") || finding.contains("组合"));
    }

    private static PublishedDraw withSeed(PublishedDraw draw, DrawSeed seed) {
        return new PublishedDraw(draw.format(), draw.algorithm(), draw.plan(), draw.rules(), seed,
                draw.partyDirectory(), draw.inspectorDirectory(), draw.conflicts(), draw.result());
    }

    private PublishedDraw withParties(Directory parties) {
        return new PublishedDraw(honest.format(), honest.algorithm(), honest.plan(), honest.rules(), honest.seed(), parties,
                honest.inspectorDirectory(), honest.conflicts(), honest.result());
    }

    private PublishedDraw withResult(DrawOutcome result) {
        return new PublishedDraw(honest.format(), honest.algorithm(), honest.plan(), honest.rules(), honest.seed(),
                honest.partyDirectory(), honest.inspectorDirectory(), honest.conflicts(), result);
    }
}
