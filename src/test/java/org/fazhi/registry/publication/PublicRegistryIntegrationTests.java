package org.fazhi.registry.publication;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.TestClock;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.registry.agency.Agencies;
import org.fazhi.registry.agency.Agency;
import org.fazhi.registry.agency.AgencyContact;
import org.fazhi.registry.agency.AgencyForm;
import org.fazhi.registry.agency.AgencyStatus;
import org.fazhi.registry.certificate.AnnualReview.ReviewResult;
import org.fazhi.registry.certificate.Certificate;
import org.fazhi.registry.certificate.CertificateCheckCodes;
import org.fazhi.registry.certificate.CertificateForm;
import org.fazhi.registry.certificate.CertificateKind;
import org.fazhi.registry.certificate.Certificates;
import org.fazhi.registry.officer.Officer;
import org.fazhi.registry.officer.OfficerRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 执法信息公示 without login: agencies with their legal basis, duties and complaint channel; officers with their
 * certificate and its standing today; the certificate check reached only by a certificate's signed code.
 */
@FazhiIntegrationTest
class PublicRegistryIntegrationTests {

    private static final String STEMS = "甲乙丙丁戊己庚辛壬癸";
    private static final String BRANCHES = "子丑寅卯辰巳午未申酉戌亥";
    private static final int SEQ = java.util.concurrent.ThreadLocalRandom.current().nextInt(120);

    @Autowired MockMvc mvc;
    @Autowired RegistryTestData data;
    @Autowired Agencies agencies;
    @Autowired Certificates certificates;
    @Autowired CertificateCheckCodes codes;
    @Autowired OfficerRepository officers;
    @Autowired TestClock clock;

    @Test
    void anAgencyIsPublishedWithItsLegalBasisDutiesAndComplaintChannel() throws Exception {
        Agency agency = publishedAgency("公示主体水利局");
        mvc.perform(get("/public/agencies").param("name", agency.name().substring(2)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(agency.name()), containsString("0375-5612345"),
                        containsString("<h1>执法主体公示</h1>"))));
        mvc.perform(get("/public/agencies/" + agency.id()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<h1>" + agency.name() + "</h1>"),
                        containsString("《中华人民共和国行政处罚法》第十七条"), containsString("负责本县水行政执法"),
                        containsString("投诉举报渠道"), containsString("12345"),
                        containsString("郏县龙山大道1号"))));
    }

    @Test
    void anAgencyNoLongerActiveIsNeitherListedNorReachable() throws Exception {
        Agency agency = publishedAgency("公示暂停主体局");
        AgencyForm suspended = AgencyForm.of(agency);
        agencies.update(RegistryTestData.admin(), agency.id(), new AgencyForm(suspended.name(), suspended.kind(),
                suspended.regionCode(), suspended.creditCode(), suspended.legalBasis(), null, suspended.areas(),
                AgencyStatus.SUSPENDED, suspended.version(), suspended.duties(), suspended.address(),
                suspended.phone(), suspended.complaintPhone()));
        mvc.perform(get("/public/agencies").param("name", agency.name()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/public/agencies/" + agency.id() + "\""))));
        mvc.perform(get("/public/agencies/" + agency.id())).andExpect(status().isNotFound());
        mvc.perform(get("/public/agencies/999999999")).andExpect(status().isNotFound());
    }

    @Test
    void theRosterShowsNameAgencyNumberAreasAndStandingButNeverTheIdNumber() throws Exception {
        Agency agency = publishedAgency("公示人员局");
        String idNumber = RegistryTestData.idNumber();
        Officer officer = data.officer(agency, "公示" + STEMS.charAt(SEQ % 10) + BRANCHES.charAt(SEQ / 10 % 12), idNumber);
        LocalDate today = certificates.today();
        Certificate certificate = certificates.issue(RegistryTestData.admin(), new CertificateForm(officer.id(),
                CertificateKind.ENFORCEMENT, "GS" + officer.id(), today.minusYears(1), today.plusYears(2),
                List.of("MARKET", "CULTURE_TOURISM")));
        String masked = officers.find(officer.id()).orElseThrow().idNumberMasked();

        List<String> pages = List.of("/public/officers?name=" + officer.name(),
                "/public/officers?agency=" + agency.id(), "/public/agencies?name=" + agency.name(),
                "/public/agencies/" + agency.id(), "/public/certificates/" + codes.codeOf(certificate), "/public");
        for (String page : pages) {
            String body = mvc.perform(get(page)).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString();
            assertThat(body).as(page).doesNotContain(idNumber).doesNotContain(masked)
                    .doesNotContain(idNumber.substring(6, 14));
        }
        mvc.perform(get("/public/officers").param("name", officer.name()))
                .andExpect(content().string(allOf(containsString(officer.name()), containsString(agency.name()),
                        containsString(certificate.number()), containsString("市场监管、文化旅游"), containsString(">有效<"),
                        containsString("/public/certificates/" + codes.codeOf(certificate)))));
    }

    @Test
    void theCheckSaysValidUpToTheExpiryDayAndExpiredTheDayAfter() throws Exception {
        Agency agency = publishedAgency("公示到期局");
        LocalDate today = certificates.today();
        Certificate endedYesterday = data.certificate(data.officer(agency), today.minusYears(5),
                today.minusDays(1));
        Certificate endsToday = data.certificate(data.officer(agency), today.minusYears(5), today);
        String path = "/public/certificates/" + codes.codeOf(endedYesterday);

        mvc.perform(get(path)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("该执法证已过有效期，今日（" + today + "）无效"),
                        containsString(today.minusDays(1).toString()))));
        clock.earlierBy(Duration.ofDays(1), () -> expect(path, "该执法证今日（" + today.minusDays(1) + "）有效"));
        expect("/public/certificates/" + codes.codeOf(endsToday), "该执法证今日（" + today + "）有效");
    }

    @Test
    void theCheckNamesSuspensionAFailedReviewAndRevocation() throws Exception {
        Agency agency = publishedAgency("公示暂扣局");
        LocalDate today = certificates.today();
        Certificate suspended = data.certificate(data.officer(agency), today.minusYears(2), today.plusYears(2));
        certificates.suspend(RegistryTestData.admin(), suspended.id(), "涉嫌违法执法，暂扣调查");
        Certificate failed = data.certificate(data.officer(agency), today.minusYears(2), today.plusYears(2));
        certificates.recordReview(RegistryTestData.admin(), failed.id(), today.getYear() - 1, ReviewResult.FAILED,
                today, null);
        Certificate revoked = data.certificate(data.officer(agency), today.minusYears(2), today.plusYears(2));
        certificates.revoke(RegistryTestData.admin(), revoked.id(), "调离执法岗位");

        expect("/public/certificates/" + codes.codeOf(suspended), "该执法证已被暂扣，今日（" + today + "）无效");
        expect("/public/certificates/" + codes.codeOf(failed), "该执法证年审不合格，已被暂扣，今日（" + today + "）无效");
        expect("/public/certificates/" + codes.codeOf(revoked), "该执法证已注销，今日（" + today + "）无效");
    }

    @Test
    void aForgedOrBorrowedCodeIsNotFound() throws Exception {
        Agency agency = publishedAgency("公示伪造局");
        LocalDate today = certificates.today();
        Certificate one = data.certificate(data.officer(agency), today.minusYears(1), today.plusYears(1));
        Certificate other = data.certificate(data.officer(agency), today.minusYears(1), today.plusYears(1));
        String code = codes.codeOf(one);
        String signature = code.substring(code.indexOf('.') + 1);
        char last = signature.charAt(signature.length() - 1);
        String tampered = code.substring(0, code.length() - 1) + (last == 'A' ? 'B' : 'A');

        mvc.perform(get("/public/certificates/" + code)).andExpect(status().isOk());
        for (String forged : List.of(tampered, other.id() + "." + signature, String.valueOf(one.id()),
                one.number(), "0." + signature, "99999999999." + signature)) {
            mvc.perform(get("/public/certificates/" + forged)).andExpect(status().isNotFound())
                    .andExpect(content().string(not(containsString(one.number()))));
        }
    }

    private Void expect(String path, String text) {
        try {
            mvc.perform(get(path)).andExpect(status().isOk()).andExpect(content().string(containsString(text)));
            return null;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Agency publishedAgency(String prefix) {
        Agency agency = data.agency(prefix);
        AgencyForm form = AgencyForm.of(agency).withPublicFacts("负责本县水行政执法，受理投诉举报。",
                new AgencyContact("河南省平顶山市郏县龙山大道1号", "0375-5612345", "12345"));
        return agencies.update(RegistryTestData.admin(), agency.id(), form);
    }
}
