package org.fazhi.catalog.flexible;

import java.time.LocalDate;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.catalog.BenchmarkTestData;
import org.fazhi.catalog.FlexibleEntrySummary;
import org.fazhi.catalog.FlexibleListKind;
import org.fazhi.catalog.FlexibleListLookup;
import org.fazhi.catalog.ItemCategory;
import org.fazhi.catalog.scope.ItemRef;
import org.fazhi.identity.Role;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.NotFound;
import org.fazhi.platform.PageRequest;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.registry.agency.Agency;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.fazhi.registry.RegistryTestData.admin;
import static org.fazhi.registry.RegistryTestData.agencyAdmin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Flexible-list entries: listed, changed, ended, and what casework reads of them. */
@FazhiIntegrationTest
class FlexibleListsIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired RegistryTestData registry;
    @Autowired BenchmarkTestData catalog;
    @Autowired FlexibleLists lists;
    @Autowired FlexibleListLookup lookup;

    @Test
    void anEntryAppliesWhileInForceAndEndingKeepsItsHistory() {
        ItemRef item = catalog.penaltyItem(registry.agency("首违局"));
        FlexibleEntry entry = lists.create(admin(), form(FlexibleListKind.FIRST_OFFENCE, item, LocalDate.of(2025, 6, 1)));
        LocalDate today = lists.today();
        assertThat(lookup.applicableTo(item.id(), today)).extracting(FlexibleEntrySummary::listKind, FlexibleEntrySummary::conditions)
                .containsExactly(tuple(FlexibleListKind.FIRST_OFFENCE, "首次违法、危害后果轻微并及时改正"));
        assertThat(lookup.applicableTo(item.id(), LocalDate.of(2025, 5, 31))).isEmpty();

        FlexibleEntry ended = lists.end(admin(), entry.id(), entry.version(), today.minusDays(1));
        assertThat(ended.effectiveTo()).isEqualTo(today.minusDays(1));
        assertThat(lookup.applicableTo(item.id(), today)).isEmpty();
        assertThat(lookup.applicableTo(item.id(), today.minusDays(1))).hasSize(1);
        assertThat(registry.auditTrail("catalog.flexible-entry", entry.id())).containsExactly(
                "DATA_CREATED:listKind,item,circumstances,conditions,legalBasis,effectiveFrom,effectiveTo",
                "DATA_UPDATED:effectiveTo");
    }

    @Test
    void eachListTakesItemsOfItsOwnCategory() {
        Agency agency = registry.agency("类别局");
        ItemRef penalty = catalog.penaltyItem(agency);
        ItemRef compulsion = catalog.item(agency, ItemCategory.COMPULSION, BenchmarkTestData.SINCE, null);
        assertThatThrownBy(() -> lists.create(admin(), form(FlexibleListKind.NO_COMPULSION, penalty, BenchmarkTestData.SINCE)))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems())
                        .extracting(problem -> problem.field() + ":" + problem.messageKey())
                        .containsExactly("itemId:catalog.flexible.item.category.COMPULSION"));
        assertThat(lists.create(admin(), form(FlexibleListKind.NO_COMPULSION, compulsion, BenchmarkTestData.SINCE)).item())
                .isEqualTo(compulsion);
        FlexibleEntryForm endBeforeStart = new FlexibleEntryForm(FlexibleListKind.LIGHTER, penalty.id(), "主动减轻危害后果",
                null, null, LocalDate.of(2026, 1, 1), LocalDate.of(2025, 12, 31), 0);
        assertThatThrownBy(() -> lists.create(admin(), endBeforeStart)).isInstanceOfSatisfying(InvalidInput.class,
                invalid -> assertThat(invalid.problems()).extracting(problem -> problem.field())
                        .containsExactly("effectiveTo"));
    }

    @Test
    void agencyUsersSeeAndKeepOnlyTheirOwnAgencysEntries() throws Exception {
        Agency own = registry.agency("柔性甲局");
        Agency other = registry.agency("柔性乙局");
        FlexibleEntry mine = lists.create(agencyAdmin(own), form(FlexibleListKind.NO_PENALTY, catalog.penaltyItem(own),
                BenchmarkTestData.SINCE));
        FlexibleEntry theirs = lists.create(admin(), form(FlexibleListKind.NO_PENALTY, catalog.penaltyItem(other),
                BenchmarkTestData.SINCE));
        assertThatThrownBy(() -> lists.get(agencyAdmin(own), theirs.id())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> lists.create(agencyAdmin(own), form(FlexibleListKind.NO_PENALTY, theirs.item(),
                BenchmarkTestData.SINCE))).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> lists.create(RegistryTestData.leader(), form(FlexibleListKind.NO_PENALTY, mine.item(),
                BenchmarkTestData.SINCE))).isInstanceOf(AccessDeniedException.class);
        assertThat(lists.search(agencyAdmin(own), new FlexibleEntryRepository.Search(null, other.id(), null, null),
                PageRequest.of(1, 20)).total()).isZero();
        mvc.perform(get("/catalog/flexible").param("listKind", "NO_PENALTY").param("agency", String.valueOf(own.id()))
                        .with(user(RegistryTestData.user(Role.OFFICER, own.id()))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(mine.item().code())))
                .andExpect(content().string(not(containsString(theirs.item().code()))));
        mvc.perform(get("/catalog/flexible/" + theirs.id() + "/edit").with(user(agencyAdmin(own)))).andExpect(status().isNotFound());
        mvc.perform(post("/catalog/flexible/" + mine.id() + "/end").param("version", "0")
                .with(user(RegistryTestData.leader())).with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    void theFormsCreateAndChangeAnEntry() throws Exception {
        Agency agency = registry.agency("表单柔性局");
        ItemRef item = catalog.penaltyItem(agency);
        mvc.perform(get("/catalog/flexible/new").param("listKind", "LIGHTER").with(user(agencyAdmin(agency))))
                .andExpect(status().isOk()).andExpect(content().string(containsString(item.code())));
        mvc.perform(post("/catalog/flexible").with(user(agencyAdmin(agency))).with(csrf())
                        .param("listKind", "LIGHTER").param("itemId", String.valueOf(item.id()))
                        .param("circumstances", "主动消除违法行为危害后果").param("effectiveFrom", "2025-03-01")
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection());
        FlexibleEntry entry = lists.search(admin(), new FlexibleEntryRepository.Search(null, null, item.id(), null),
                PageRequest.of(1, 5)).items().get(0);
        mvc.perform(post("/catalog/flexible/" + entry.id()).with(user(agencyAdmin(agency))).with(csrf())
                        .param("listKind", "LIGHTER").param("itemId", String.valueOf(item.id()))
                        .param("circumstances", "x").param("effectiveFrom", "2025-03-01")
                        .param("version", String.valueOf(entry.version())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("情形应为2至1000个字")));
    }

    private static FlexibleEntryForm form(FlexibleListKind kind, ItemRef item, LocalDate from) {
        return new FlexibleEntryForm(kind, item.id(), "初次实施该违法行为", "首次违法、危害后果轻微并及时改正",
                "《中华人民共和国行政处罚法》第三十三条第一款", from, null, 0);
    }
}
