package org.fazhi.registry.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.InvalidInput.FieldProblem;
import org.fazhi.platform.NotFound;
import org.fazhi.platform.PageRequest;
import org.fazhi.platform.StaleEdit;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.registry.agency.Agencies;
import org.fazhi.registry.agency.Agency;
import org.fazhi.registry.officer.Officer;
import org.fazhi.registry.officer.Officers;
import org.fazhi.registry.training.TrainingRecordRepository.Row;
import org.fazhi.registry.training.TrainingRecordRepository.Search;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.fazhi.registry.RegistryTestData.admin;
import static org.fazhi.registry.RegistryTestData.agencyAdmin;
import static org.fazhi.registry.RegistryTestData.leader;

@FazhiIntegrationTest
class TrainingRecordsIntegrationTests {

    @Autowired
    private RegistryTestData fixtures;

    private static final int YEAR = LocalDate.now().getYear() - 1;

    @Autowired TrainingRecords training;
    @Autowired JdbcClient jdbc;
    @Autowired Agencies agencies;
    @Autowired Officers officers;

    private Agency agencyA;
    private Agency agencyB;
    private Officer officerA;
    private Officer officerB;

    @BeforeEach
    void agenciesWithOneOfficerEach() {
        agencyA = fixtures.agency("培训甲局");
        agencyB = fixtures.agency("培训乙局");
        officerA = fixtures.officer(agencyA, "训甲" + RegistryTestData.suffix());
        officerB = fixtures.officer(agencyB, "训乙" + RegistryTestData.suffix());
    }

    @Test
    void recordsTrainingAndAddsUpHoursPerOfficerAndAgency() {
        training.create(admin(), form(officerA, "行政处罚法专题", LocalDate.of(YEAR, 3, 2), "6.5"));
        training.create(agencyAdmin(agencyA), form(officerA, "执法文书制作", LocalDate.of(YEAR, 9, 15), "8"));
        training.create(admin(), form(officerA, "上年度培训", LocalDate.of(YEAR - 1, 12, 31), "4"));
        training.create(admin(), form(officerB, "行政许可法", LocalDate.of(YEAR, 5, 1), "3.0"));

        Search search = new Search(officerA.name().substring(1), null, YEAR);
        List<Row> rows = training.search(admin(), search, PageRequest.of(1, 20)).items();
        assertThat(rows).extracting(row -> row.record().course()).containsExactly("执法文书制作", "行政处罚法专题");
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.officerName()).isEqualTo(officerA.name());
            assertThat(row.agencyName()).isEqualTo(agencyA.name());
            assertThat(row.officerYearHours()).isEqualByComparingTo("14.5");
        });
        assertThat(training.totalHours(admin(), search)).isEqualByComparingTo("14.5");
        assertThat(training.officerHours(admin(), officerA.id(), YEAR)).isEqualByComparingTo("14.5");
        assertThat(training.officerHours(admin(), officerA.id(), YEAR - 1)).isEqualByComparingTo("4");
        assertThat(training.hoursByAgency(admin().scope(), YEAR).get(agencyA.id())).isEqualByComparingTo("14.5");
        assertThat(training.hoursByAgency(admin().scope(), YEAR).get(agencyB.id())).isEqualByComparingTo("3");
        assertThat(training.hoursByOfficer(admin().scope(), YEAR).get(officerB.id())).isEqualByComparingTo("3");

        List<Row> streamed = new ArrayList<>();
        training.eachRow(admin(), new Search(null, agencyA.id(), null), streamed::add);
        assertThat(streamed).hasSize(3);
    }

    @Test
    void anAgencyKeepsOnlyItsOwnOfficersTraining() {
        SignedInUser keeperA = agencyAdmin(agencyA);
        TrainingRecord ownRecord = training.create(keeperA, form(officerA, "案卷评查", LocalDate.of(YEAR, 4, 1), "2"));
        TrainingRecord otherRecord = training.create(admin(), form(officerB, "案卷评查", LocalDate.of(YEAR, 4, 1), "2"));

        assertThat(training.get(keeperA, ownRecord.id()).agencyId()).isEqualTo(agencyA.id());
        assertThatExceptionOfType(NotFound.class).isThrownBy(() -> training.get(keeperA, otherRecord.id()));
        assertThatExceptionOfType(NotFound.class).isThrownBy(() -> training.update(keeperA, otherRecord.id(),
                form(officerB, "改过的课程", LocalDate.of(YEAR, 4, 1), "3")));
        assertThatThrownBy(() -> training.create(keeperA, form(officerB, "替别人登记", LocalDate.of(YEAR, 4, 1), "2")))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems())
                        .extracting(FieldProblem::field).containsExactly("officerId"));
        assertThatExceptionOfType(NotFound.class)
                .isThrownBy(() -> training.officerHours(keeperA, officerB.id(), YEAR));
        assertThat(training.search(keeperA, new Search(null, agencyB.id(), null), PageRequest.of(1, 20)).items())
                .isEmpty();
        assertThat(training.hoursByAgency(keeperA.scope(), YEAR)).containsOnlyKeys(agencyA.id());
    }

    @Test
    void aLeaderReadsButCannotRecordTraining() {
        TrainingRecord record = training.create(admin(), form(officerA, "依法行政", LocalDate.of(YEAR, 6, 1), "4"));

        assertThat(training.get(leader(), record.id()).course()).isEqualTo("依法行政");
        assertThatExceptionOfType(AccessDeniedException.class)
                .isThrownBy(() -> training.create(leader(), form(officerA, "依法行政", LocalDate.of(YEAR, 6, 1), "4")));
        assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> training.update(leader(),
                record.id(), form(officerA, "依法行政", LocalDate.of(YEAR, 6, 1), "5")));
    }

    @Test
    void refusesHoursOutOfRangeFutureDaysAndShortCourseNames() {
        TrainingForm bad = new TrainingForm(officerA.id(), "法", LocalDate.now().plusDays(2), new BigDecimal("200.5"),
                null, 0);

        assertThatThrownBy(() -> training.create(admin(), bad))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems())
                        .extracting(FieldProblem::field, FieldProblem::messageKey)
                        .containsExactlyInAnyOrder(
                                tuple("course", "registry.training.course.size"),
                                tuple("trainedOn", "registry.training.trained-on.future"),
                                tuple("hours", "registry.training.hours.range")));
        assertThatThrownBy(() -> training.create(admin(), form(officerA, "执法规范", LocalDate.of(YEAR, 1, 5), "1.25")))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems())
                        .extracting(FieldProblem::messageKey).containsExactly("registry.training.hours.scale"));
    }

    @Test
    void correctsARecordOnceAndRefusesAStaleCorrection() {
        TrainingRecord record = training.create(admin(), form(officerA, "证据收集", LocalDate.of(YEAR, 2, 1), "2"));

        TrainingRecord corrected = training.update(agencyAdmin(agencyA), record.id(),
                form(officerA, "证据收集与固定", LocalDate.of(YEAR, 2, 1), "2.5"));

        assertThat(corrected.course()).isEqualTo("证据收集与固定");
        assertThat(corrected.hours()).isEqualByComparingTo("2.5");
        assertThat(corrected.version()).isEqualTo(record.version() + 1);
        assertThatExceptionOfType(StaleEdit.class).isThrownBy(() -> training.update(admin(), record.id(),
                form(officerA, "证据收集", LocalDate.of(YEAR, 2, 1), "3")));
        assertThat(fixtures.auditTrail("registry.training-record", record.id()))
                .containsExactly("DATA_CREATED:region,agencyId,officerId,course,trainedOn,hours,organiser",
                        "DATA_UPDATED:course,hours");
    }

    static TrainingForm form(Officer officer, String course, LocalDate on, String hours) {
        return new TrainingForm(officer.id(), course, on, new BigDecimal(hours), "县司法局", 0);
    }
}
