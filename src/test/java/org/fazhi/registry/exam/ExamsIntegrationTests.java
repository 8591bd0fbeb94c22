package org.fazhi.registry.exam;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.NotFound;
import org.fazhi.platform.PageRequest;
import org.fazhi.platform.StaleEdit;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.registry.agency.Agencies;
import org.fazhi.registry.agency.Agency;
import org.fazhi.registry.officer.Officer;
import org.fazhi.registry.officer.Officers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.fazhi.registry.RegistryTestData.admin;
import static org.fazhi.registry.RegistryTestData.agencyAdmin;
import static org.fazhi.registry.RegistryTestData.leader;
import static org.fazhi.registry.RegistryTestData.supervisor;

@FazhiIntegrationTest
class ExamsIntegrationTests {

    private static final int YEAR = LocalDate.now().getYear() - 1;
    private static final LocalDate HELD_ON = LocalDate.of(YEAR, 11, 8);

    @Autowired Exams exams;
    @Autowired JdbcClient jdbc;
    @Autowired Agencies agencies;
    @Autowired Officers officers;

    @Autowired
    private RegistryTestData fixtures;
    private Agency agencyA;
    private Agency agencyB;
    private ExamSession session;

    @BeforeEach
    void aSessionAndTwoAgencies() {
        agencyA = fixtures.agency("考试甲局");
        agencyB = fixtures.agency("考试乙局");
        session = exams.create(supervisor(), sessionForm("年度执法考试" + RegistryTestData.suffix(), HELD_ON, "60", "100", 0));
    }

    @Test
    void recordsScoresAndCountsThePassRatePerAgency() {
        PassRate before = exams.passRate(admin().scope(), YEAR);
        score(officer(agencyA), "60");
        score(officer(agencyA), "88.5");
        score(officer(agencyA), "59.5");
        score(officer(agencyB), "45");
        score(officer(agencyB), "100");

        assertThat(exams.passRateByAgency(admin().scope(), YEAR).get(agencyA.id()))
                .isEqualTo(new PassRate(3, 2, new BigDecimal("66.67")));
        assertThat(exams.passRateByAgency(admin().scope(), YEAR).get(agencyB.id()))
                .isEqualTo(new PassRate(2, 1, new BigDecimal("50.00")));
        PassRate after = exams.passRate(admin().scope(), YEAR);
        assertThat(after.sat() - before.sat()).isEqualTo(5);
        assertThat(after.passed() - before.passed()).isEqualTo(3);

        ExamSessionRepository.Row row = exams.row(admin(), session.id());
        assertThat(row.rate()).isEqualTo(new PassRate(5, 3, new BigDecimal("60.00")));
        assertThat(exams.search(admin(), new ExamSessionRepository.Search(session.title(), null, YEAR),
                PageRequest.of(1, 20)).items()).extracting(found -> found.rate().sat()).containsExactly(5L);
        assertThat(exams.results(admin(), session.id())).extracting(result -> result.result().passed())
                .containsExactlyInAnyOrder(true, true, false, false, true);
    }

    @Test
    void anAgencySeesTheSessionButOnlyItsOwnOfficersResults() {
        ExamResult own = score(officer(agencyA), "75");
        ExamResult other = score(officer(agencyB), "92");
        SignedInUser keeperA = agencyAdmin(agencyA);

        assertThat(exams.get(keeperA, session.id()).title()).isEqualTo(session.title());
        assertThat(exams.row(keeperA, session.id()).rate()).isEqualTo(new PassRate(1, 1, new BigDecimal("100.00")));
        assertThat(exams.results(keeperA, session.id())).extracting(row -> row.result().id()).containsExactly(own.id());
        assertThat(exams.result(keeperA, own.id()).score()).isEqualByComparingTo("75");
        assertThatExceptionOfType(NotFound.class).isThrownBy(() -> exams.result(keeperA, other.id()));
        assertThatExceptionOfType(NotFound.class).isThrownBy(() -> exams.correctScore(keeperA, session.id(),
                other.id(), new ExamResultForm(null, new BigDecimal("10"), 0)));
        assertThat(exams.passRateByAgency(keeperA.scope(), YEAR)).containsOnlyKeys(agencyA.id());
    }

    @Test
    void onlyTheBureauHoldsSessionsAndRecordsScores() {
        Officer officerA = officer(agencyA);
        ExamResult own = score(officerA, "70");
        SignedInUser keeperA = agencyAdmin(agencyA);

        assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> exams.recordScore(keeperA,
                session.id(), new ExamResultForm(officer(agencyA).id(), new BigDecimal("70"), 0)));
        assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> exams.correctScore(keeperA,
                session.id(), own.id(), new ExamResultForm(null, new BigDecimal("99"), own.version())));
        assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> exams.update(keeperA, session.id(),
                sessionForm(session.title(), HELD_ON, "50", "100", session.version())));
        assertThatExceptionOfType(AccessDeniedException.class)
                .isThrownBy(() -> exams.create(leader(), sessionForm("领导组织的考试", HELD_ON, "60", "100", 0)));
    }

    @Test
    void refusesDuplicateOfficersScoresAboveTheFullMarkAndUnheldSessions() {
        Officer officer = officer(agencyA);
        score(officer, "80");

        assertThat(problems(() -> exams.recordScore(admin(), session.id(), new ExamResultForm(officer.id(),
                new BigDecimal("101"), 0)))).containsExactlyInAnyOrder(
                "officerId:registry.exam.result.officer.duplicate", "score:registry.exam.score.range");
        ExamSession future = exams.create(admin(), sessionForm("未来的考试", LocalDate.now().plusDays(30), "60", "100", 0));
        assertThat(problems(() -> exams.recordScore(admin(), future.id(), new ExamResultForm(officer.id(),
                new BigDecimal("80"), 0)))).containsExactly(":registry.exam.result.not-held");
        assertThat(problems(() -> exams.create(admin(), sessionForm("及格分过高", HELD_ON, "120", "100", 0))))
                .containsExactly("passMark:registry.exam.pass-mark.above-full");
        assertThat(problems(() -> exams.update(admin(), session.id(),
                sessionForm(session.title(), HELD_ON, "50", "75", session.version()))))
                .containsExactly("fullMark:registry.exam.full-mark.below-scores");
    }

    @Test
    void correctsAScoreAndASessionOnceAndRefusesStaleEdits() {
        ExamResult result = score(officer(agencyA), "58");

        ExamResult corrected = exams.correctScore(admin(), session.id(), result.id(),
                new ExamResultForm(null, new BigDecimal("61.5"), result.version()));
        assertThat(corrected.passed()).isTrue();
        assertThatExceptionOfType(StaleEdit.class).isThrownBy(() -> exams.correctScore(admin(), session.id(),
                result.id(), new ExamResultForm(null, new BigDecimal("40"), result.version())));

        ExamSession raised = exams.update(admin(), session.id(),
                sessionForm(session.title(), HELD_ON, "62", "100", session.version()));
        assertThat(exams.result(admin(), result.id()).passed()).isFalse();
        assertThat(raised.version()).isEqualTo(session.version() + 1);
        assertThatExceptionOfType(StaleEdit.class).isThrownBy(() -> exams.update(admin(), session.id(),
                sessionForm(session.title(), HELD_ON, "60", "100", session.version())));
        assertThat(fixtures.auditTrail("registry.exam-result", result.id()))
                .containsExactly("DATA_CREATED:region,sessionId,officerId,agencyId,score,passMark", "DATA_UPDATED:score");
        assertThat(fixtures.auditTrail("registry.exam-session", session.id()))
                .containsExactly("DATA_CREATED:region,title,kind,heldOn,passMark,fullMark", "DATA_UPDATED:passMark");
    }

    private Officer officer(Agency agency) {
        return fixtures.officer(agency, "考" + RegistryTestData.suffix());
    }

    private ExamResult score(Officer officer, String score) {
        return exams.recordScore(admin(), session.id(), new ExamResultForm(officer.id(), new BigDecimal(score), 0));
    }

    private static List<String> problems(Runnable action) {
        try {
            action.run();
        } catch (InvalidInput invalid) {
            return invalid.problems().stream().map(p -> p.field() + ":" + p.messageKey()).toList();
        }
        throw new AssertionError("expected the input to be refused");
    }

    static ExamSessionForm sessionForm(String title, LocalDate heldOn, String passMark, String fullMark, int version) {
        return new ExamSessionForm(title, ExamKind.ANNUAL, heldOn, new BigDecimal(passMark), new BigDecimal(fullMark),
                version);
    }
}
