package org.fazhi.entities;

import java.time.LocalDate;
import java.util.List;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.entities.party.Parties;
import org.fazhi.entities.party.Party;
import org.fazhi.entities.party.PartyForm;
import org.fazhi.entities.party.PartySearch;
import org.fazhi.entities.party.PartyStatus;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.PageRequest;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.shared.RegionCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@FazhiIntegrationTest
class PartyIntegrationTests {

    @Autowired Parties parties;
    @Autowired MockMvc mvc;

    private Party register(String name, String township) {
        return parties.register(RegistryTestData.admin(), new PartyForm(PartyKind.ENTERPRISE,
                EntitiesTestData.enterpriseCode(), name, township, "测试路1号", "C13", null, false, "联系人",
                "13912345678", PartyStatus.OPERATING, CreditGrade.B, List.of(), 0));
    }

    @Test
    void findsAPartyByATwoCharacterFragmentOfItsName() {
        String trade = EntitiesTestData.tradeName();
        Party party = register("郏县" + trade + "食品有限公司", "410425102");
        List<Long> found = parties.search(RegistryTestData.leader(), PartySearch.byName(trade.substring(1, 3)),
                PageRequest.of(1, 200)).items().stream().map(Party::id).toList();
        assertThat(found).contains(party.id());
        assertThat(parties.search(RegistryTestData.leader(), PartySearch.byName(trade), PageRequest.of(1, 20))
                .items()).extracting(Party::id).containsExactly(party.id());
    }

    @Test
    void findsAPersonByIdNumberWithoutStoringIt() {
        String id = EntitiesTestData.personId();
        Party person = parties.register(RegistryTestData.admin(), new PartyForm(PartyKind.PERSON, id, "张某某",
                "410425", null, null, null, false, null, null, null, null, List.of(), 0));
        var found = parties.search(RegistryTestData.leader(), new PartySearch(null, parties.codeKey(id), null, null,
                null, null, null, null, null), PageRequest.of(1, 20));
        assertThat(found.items()).extracting(Party::id).containsExactly(person.id());
        assertThat(person.displayCode()).contains("********");
    }

    @Test
    void aSecondPartyWithTheSameCodeIsRefused() {
        Party party = register("重复代码公司", "410425");
        assertThatThrownBy(() -> parties.register(RegistryTestData.admin(), new PartyForm(PartyKind.ENTERPRISE,
                party.creditCode(), "另一家公司", "410425", null, null, null, false, null, null, null, null, List.of(), 0)))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems())
                        .extracting(InvalidInput.FieldProblem::messageKey).containsExactly("entities.party.code.taken"));
    }

    @Test
    void keepsTheHistoryOfCreditGrades() {
        Party party = register("分级测试公司", "410425");
        parties.grade(RegistryTestData.supervisor(), party.id(), CreditGrade.D, LocalDate.now().plusDays(1),
                "市场监管局信用分级分类", "列入经营异常名录");
        assertThat(parties.get(RegistryTestData.leader(), party.id()).creditGrade()).isEqualTo(CreditGrade.D);
        assertThat(parties.gradeHistory(RegistryTestData.leader(), party.id()))
                .extracting(change -> change.grade()).containsExactly(CreditGrade.D, CreditGrade.B);
        parties.grade(RegistryTestData.supervisor(), party.id(), CreditGrade.A, LocalDate.of(2025, 1, 1), "旧结果", null);
        assertThat(parties.get(RegistryTestData.leader(), party.id()).creditGrade())
                .as("an older grading does not replace a newer one").isEqualTo(CreditGrade.D);
    }

    @Test
    void aTownshipSeesOnlyItsOwnParties() {
        Party inTown = register("乡镇范围公司", "410425102");
        Party elsewhere = register("他乡范围公司", "410425103");
        SignedInUser township = new SignedInUser(1, "t", "t", Role.SUPERVISOR, RegionCode.of("410425102"), null, null,
                true, false, false, null);
        assertThat(parties.get(township, inTown.id()).id()).isEqualTo(inTown.id());
        assertThatThrownBy(() -> parties.get(township, elsewhere.id()))
                .isInstanceOf(org.fazhi.platform.NotFound.class);
    }

    @Test
    void readOnlyRolesAndEnterprisesAreRefused() throws Exception {
        assertThatThrownBy(() -> register("x", "410425")).isInstanceOfSatisfying(InvalidInput.class, invalid ->
                assertThat(invalid.problems()).extracting(InvalidInput.FieldProblem::field).containsExactly("name"));
        SignedInUser leader = RegistryTestData.leader();
        assertThatThrownBy(() -> parties.register(leader, PartyForm.empty("410425")))
                .isInstanceOf(AccessDeniedException.class);
        mvc.perform(post("/api/v1/entities/parties").with(user(leader)).with(csrf())
                .contentType("application/json").content("{}")).andExpect(status().isForbidden());
        mvc.perform(get("/entities/parties").with(user(RegistryTestData.user(Role.ENTERPRISE, null))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/entities/parties/import").with(user(leader))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/entities/parties")).andExpect(status().isUnauthorized());
    }

    @Test
    void theApiSearchesAndShowsPersonalDataMasked() throws Exception {
        String trade = EntitiesTestData.tradeName();
        register("郏县" + trade + "商贸有限公司", "410425");
        mvc.perform(get("/api/v1/entities/parties").param("name", trade).with(user(RegistryTestData.leader())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].contactPhone").value("139****5678"))
                .andExpect(jsonPath("$.items[0].industryCode").value("C13"));
    }
}
