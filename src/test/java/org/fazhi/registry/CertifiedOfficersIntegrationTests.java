package org.fazhi.registry;

import java.time.LocalDate;
import java.util.List;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.platform.InvalidInput;
import org.fazhi.registry.Eligibility.Reason;
import org.fazhi.registry.agency.Agency;
import org.fazhi.registry.certificate.AnnualReview.ReviewResult;
import org.fazhi.registry.certificate.Certificate;
import org.fazhi.registry.certificate.CertificateForm;
import org.fazhi.registry.certificate.CertificateKind;
import org.fazhi.registry.certificate.Certificates;
import org.fazhi.registry.certificate.Standing;
import org.fazhi.registry.officer.Establishment;
import org.fazhi.registry.officer.Officer;
import org.fazhi.registry.officer.OfficerPost;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The query other modules ask before assigning enforcement work: 行政处罚法第四十二条. */
@FazhiIntegrationTest
class CertifiedOfficersIntegrationTests {

    @Autowired RegistryTestData data;
    @Autowired Certificates certificates;
    @Autowired CertifiedOfficers certified;
    @Autowired RegistryProperties rules;

    private final LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));

    @Test
    void anOfficerWithAValidReviewedCertificateMayEnforceInItsAreas() {
        Officer officer = data.officer(data.agency("资格测试局"));
        Certificate certificate = data.certificate(officer, today.minusMonths(6), today.plusYears(4));
        Eligibility eligibility = certified.eligibility(new OfficerId(officer.id()), today, "MARKET");
        assertThat(eligibility.eligible()).isTrue();
        assertThat(eligibility.certificateNumber()).isEqualTo(certificate.number());
        assertThat(certified.eligibility(new OfficerId(officer.id()), today, "ENVIRONMENT").reasons())
                .containsExactly(Reason.AREA_NOT_COVERED);
    }

    @Test
    void namesEveryReasonAnOfficerMayNotEnforce() {
        Agency agency = data.agency("无资格测试局");
        Officer none = data.officer(agency);
        assertThat(certified.eligibility(new OfficerId(none.id()), today, null).reasons())
                .containsExactly(Reason.NO_CERTIFICATE);

        Officer suspended = data.officer(agency);
        Certificate certificate = data.certificate(suspended, today.minusMonths(3), today.plusYears(4));
        certificates.suspend(RegistryTestData.supervisor(), certificate.id(), "接受调查");
        assertThat(certified.eligibility(new OfficerId(suspended.id()), today, null).reasons())
                .containsExactly(Reason.CERTIFICATE_SUSPENDED);

        Officer expired = data.officer(agency);
        data.certificate(expired, today.minusYears(5), today.minusDays(1));
        assertThat(certified.eligibility(new OfficerId(expired.id()), today, null).reasons())
                .contains(Reason.CERTIFICATE_EXPIRED);
        assertThat(certified.canEnforce(new OfficerId(expired.id()), today)).isFalse();
        assertThat(certified.eligibility(new OfficerId(-1), today, null).reasons()).containsExactly(Reason.OFFICER_UNKNOWN);
    }

    @Test
    void amongAFewOfficersListsThoseTheRosterListsAndNoOthers() {
        Agency agency = data.agency("名册测试局");
        Officer certifiedOfficer = data.officer(agency);
        data.certificate(certifiedOfficer, today.minusMonths(6), today.plusYears(4));
        Officer alsoCertified = data.officer(agency);
        data.certificate(alsoCertified, today.minusMonths(6), today.plusYears(4));
        Officer uncertified = data.officer(agency);
        Officer elsewhere = data.officer(data.agency("别的测试局"));
        data.certificate(elsewhere, today.minusMonths(6), today.plusYears(4));

        assertThat(certified.among(List.of(certifiedOfficer.id(), uncertified.id(), elsewhere.id()),
                List.of(agency.id()), today)).extracting(CertifiedOfficer::officerId)
                .containsExactly(certifiedOfficer.id());
        assertThat(certified.roster(List.of(agency.id()), today)).extracting(CertifiedOfficer::officerId)
                .containsExactly(certifiedOfficer.id(), alsoCertified.id());
        assertThat(certified.among(List.of(), List.of(agency.id()), today)).isEmpty();
    }

    @Test
    void anOverdueAnnualReviewBlocksEnforcementUntilItIsRecorded() {
        Officer officer = data.officer(data.agency("年审测试局"));
        int dueYear = rules.reviewYearDueOn(today);
        Certificate certificate = data.certificate(officer, LocalDate.of(dueYear - 1, 6, 1), LocalDate.of(dueYear + 4, 5, 31));
        assertThat(certified.eligibility(new OfficerId(officer.id()), today, null).reasons())
                .containsExactly(Reason.ANNUAL_REVIEW_OVERDUE);
        certificates.recordReview(RegistryTestData.supervisor(), certificate.id(), dueYear, ReviewResult.PASSED,
                LocalDate.of(dueYear + 1, 1, 15), null);
        assertThat(certified.canEnforce(new OfficerId(officer.id()), today)).isTrue();
    }

    @Test
    void aFailedAnnualReviewSuspendsTheCertificate() {
        Officer officer = data.officer(data.agency("年审不合格局"));
        int dueYear = rules.reviewYearDueOn(today);
        Certificate certificate = data.certificate(officer, LocalDate.of(dueYear - 1, 6, 1), LocalDate.of(dueYear + 4, 5, 31));
        Certificate after = certificates.recordReview(RegistryTestData.supervisor(), certificate.id(), dueYear,
                ReviewResult.FAILED, LocalDate.of(dueYear + 1, 1, 15), "培训学时不足");
        assertThat(after.standingOn(today)).isEqualTo(Standing.SUSPENDED);
        assertThatThrownBy(() -> certificates.recordReview(RegistryTestData.supervisor(), certificate.id(), dueYear,
                ReviewResult.PASSED, LocalDate.of(dueYear + 1, 1, 16), null))
                .hasMessage("registry.review.duplicate");
    }

    @Test
    void contractStaffCannotHoldAnEnforcementCertificate() {
        Officer contract = data.officer(data.agency("编制测试局"), OfficerPost.ENFORCEMENT, Establishment.CONTRACT);
        assertThatThrownBy(() -> certificates.issue(RegistryTestData.admin(), new CertificateForm(contract.id(),
                CertificateKind.ENFORCEMENT, "C" + contract.id() + "001", today, null, java.util.List.of())))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems())
                        .extracting(InvalidInput.FieldProblem::messageKey)
                        .containsExactly("registry.certificate.officer.not-established"));
    }

    @Test
    void aSecondValidCertificateOfTheSameKindIsRefused() {
        Officer officer = data.officer(data.agency("重复发证局"));
        data.certificate(officer, today.minusMonths(1), today.plusYears(4));
        assertThatThrownBy(() -> data.certificate(officer, today, today.plusYears(5)))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems())
                        .extracting(InvalidInput.FieldProblem::messageKey)
                        .containsExactly("registry.certificate.officer.already-certified"));
    }
}
