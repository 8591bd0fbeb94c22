package org.fazhi.registry;

import java.time.LocalDate;
import java.util.List;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.PageRequest;
import org.fazhi.platform.StaleEdit;
import org.fazhi.registry.agency.Agencies;
import org.fazhi.registry.agency.Agency;
import org.fazhi.registry.agency.AgencyForm;
import org.fazhi.registry.agency.AgencyKind;
import org.fazhi.registry.agency.AgencyRepository;
import org.fazhi.registry.officer.Establishment;
import org.fazhi.registry.officer.Officer;
import org.fazhi.registry.officer.OfficerPost;
import org.fazhi.registry.officer.OfficerRepository;
import org.fazhi.registry.officer.Officers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@FazhiIntegrationTest
class RegistryIntegrationTests {

    @Autowired RegistryTestData data;
    @Autowired Agencies agencies;
    @Autowired Officers officers;
    @Autowired JdbcClient jdbc;
    @Autowired AgencyDirectory agencyDirectory;
    @Autowired org.fazhi.identity.OfficerOptions officerDirectory;

    @Test
    void registersAnAgencyAndFindsItByANameFragment() {
        Agency agency = data.agency("测试县水务局");
        var found = agencies.search(RegistryTestData.admin(),
                new AgencyRepository.Search("水务局" + agency.name().substring(6), null, null, null), PageRequest.of(1, 20));
        assertThat(found.items()).extracting(Agency::id).containsExactly(agency.id());
    }

    @Test
    void refusesAnAgencyWithAWrongCheckDigitNamingTheField() {
        String code = RegistryTestData.creditCode();
        String wrong = code.substring(0, 17) + (code.charAt(17) == '0' ? '1' : '0');
        AgencyForm form = RegistryTestData.agencyForm("校验位错误局");
        AgencyForm bad = new AgencyForm(form.name(), form.kind(), form.regionCode(), wrong, form.legalBasis(), null,
                form.areas(), form.status(), 0);
        assertThatThrownBy(() -> agencies.register(RegistryTestData.admin(), bad))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems())
                        .extracting(InvalidInput.FieldProblem::field, InvalidInput.FieldProblem::messageKey)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("creditCode", "shared.credit-code.check-digit")));
    }

    @Test
    void refusesADuplicateNameAndAnEntrustedOrganisationWithoutItsEntrustingAgency() {
        Agency agency = data.agency("重名测试局");
        AgencyForm duplicate = RegistryTestData.agencyForm(agency.name());
        assertThatThrownBy(() -> agencies.register(RegistryTestData.admin(), duplicate))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems())
                        .extracting(InvalidInput.FieldProblem::messageKey).contains("registry.agency.name.taken"));
        AgencyForm entrusted = new AgencyForm("受托测试队" + agency.id(), AgencyKind.ENTRUSTED_ORGANISATION, "410425",
                RegistryTestData.creditCode(), "委托书", null, List.of(), null, 0);
        assertThatThrownBy(() -> agencies.register(RegistryTestData.admin(), entrusted))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems())
                        .extracting(InvalidInput.FieldProblem::messageKey)
                        .containsExactly("registry.agency.entrusted-by.required"));
    }

    @Test
    void aStaleEditIsRefused() {
        Agency agency = data.agency("并发编辑局");
        AgencyForm first = AgencyForm.of(agency);
        agencies.update(RegistryTestData.admin(), agency.id(), new AgencyForm(first.name() + "甲", first.kind(),
                first.regionCode(), first.creditCode(), first.legalBasis(), null, first.areas(), first.status(), first.version()));
        assertThatThrownBy(() -> agencies.update(RegistryTestData.admin(), agency.id(), first))
                .isInstanceOf(StaleEdit.class);
    }

    @Test
    void storesTheIdNumberEncryptedAndShowsItMasked() {
        Agency agency = data.agency("加密测试局");
        String idNumber = RegistryTestData.idNumber();
        Officer officer = officers.register(RegistryTestData.admin(), new org.fazhi.registry.officer.OfficerForm(
                agency.id(), "李加密", idNumber, OfficerPost.ENFORCEMENT, Establishment.CIVIL_SERVANT, List.of(), null, 0));
        assertThat(officer.idNumberMasked()).isEqualTo(idNumber.substring(0, 6) + "********" + idNumber.substring(14));
        String stored = jdbc.sql("select id_number_cipher || id_number_hash || id_number_masked from registry.officer where id = ?")
                .param(officer.id()).query(String.class).single();
        assertThat(stored).doesNotContain(idNumber).doesNotContain(idNumber.substring(6, 14));
        assertThatThrownBy(() -> officers.register(RegistryTestData.admin(), new org.fazhi.registry.officer.OfficerForm(
                agency.id(), "王重复", idNumber.toLowerCase(), OfficerPost.ENFORCEMENT, Establishment.CIVIL_SERVANT,
                List.of(), null, 0)))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems())
                        .extracting(InvalidInput.FieldProblem::messageKey).containsExactly("registry.officer.id-number.taken"));
    }

    @Test
    void findsOfficersWithoutAValidCertificate() {
        Agency agency = data.agency("持证筛选局");
        Officer certified = data.officer(agency);
        Officer uncertified = data.officer(agency);
        data.certificate(certified, LocalDate.now().minusYears(1), LocalDate.now().plusYears(2));
        var without = officers.search(RegistryTestData.admin(),
                new OfficerRepository.Search(null, agency.id(), null, null, false), PageRequest.of(1, 20));
        assertThat(without.items()).extracting(row -> row.officer().id()).containsExactly(uncertified.id());
    }

    @Test
    void namesAgenciesAndOfficersByIdInOneReadLeavingOutUnknownIds() {
        Agency first = data.agency("名称查询甲局");
        Agency second = data.agency("名称查询乙局");
        Officer officer = data.officer(first, "张名称");
        assertThat(agencyDirectory.namesOf(List.of(first.id(), second.id(), first.id(), -1L)))
                .containsOnly(java.util.Map.entry(first.id(), first.name()), java.util.Map.entry(second.id(), second.name()));
        assertThat(officerDirectory.namesOf(List.of(officer.id(), -1L)))
                .containsOnly(java.util.Map.entry(officer.id(), "张名称"));
        assertThat(officerDirectory.namesOf(List.of())).isEmpty();
    }
}
