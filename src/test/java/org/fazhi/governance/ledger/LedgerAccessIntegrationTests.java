package org.fazhi.governance.ledger;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.registry.agency.Agency;
import org.fazhi.shared.RegionCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who may see and write which ledger entries: another county sees neither the county's own types nor its entries;
 * an agency's staff see and record only their agency's; leaders and officers read but do not record; enterprises,
 * anonymous callers and all but the bureau are refused declaring types.
 */
@FazhiIntegrationTest
class LedgerAccessIntegrationTests {

    static final String ACTIVITIES = "/governance/ledgers/publicity-activities";
    static final RegionCode OTHER_COUNTY = RegionCode.of("410421");

    @Autowired MockMvc mvc;
    @Autowired RegistryTestData registry;
    @Autowired Clock clock;

    final SignedInUser bureau = RegistryTestData.supervisor();
    final SignedInUser otherBureau = new SignedInUser(990_001, "other-county-supervisor", "外县司法局", Role.SUPERVISOR,
            OTHER_COUNTY, null, null, true, false, false, null);

    @Test
    void anotherCountySeesNeitherTheCountysTypesNorItsEntries() throws Exception {
        Agency agency = registry.agency("外县不可见局");
        String code = LedgerFixtures.code();
        page(post("/governance/ledger-types").param("json", LedgerFixtures.declaration(code)), bureau)
                .andExpect(status().is3xxRedirection());
        long id = activity(bureau, agency, "外县不可见的讲座" + RegistryTestData.suffix());

        page(get("/governance/ledgers/" + code), otherBureau).andExpect(status().isNotFound());
        page(get("/governance/ledger-types/" + code), otherBureau).andExpect(status().isNotFound());
        page(get("/api/v1/governance/ledgers/" + code + "/entries"), otherBureau).andExpect(status().isNotFound());
        page(get("/governance/ledgers"), otherBureau).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("data-ledger=\"" + code + "\""))));
        page(get(ACTIVITIES + "/" + id), otherBureau).andExpect(status().isNotFound());
        page(get("/api/v1/governance/ledgers/publicity-activities/entries/" + id), otherBureau)
                .andExpect(status().isNotFound());
        page(get(ACTIVITIES), otherBureau).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("data-entry=\"" + id + "\""))));
    }

    @Test
    void anAgencySeesAndRecordsOnlyItsOwnEntries() throws Exception {
        Agency mine = registry.agency("台账本部门");
        Agency other = registry.agency("台账他部门");
        SignedInUser office = RegistryTestData.agencyAdmin(mine);
        long theirs = activity(bureau, other, "他部门讲座" + RegistryTestData.suffix());
        long own = activity(office, mine, "本部门讲座" + RegistryTestData.suffix());

        page(get(ACTIVITIES + "/" + theirs), office).andExpect(status().isNotFound());
        page(get(ACTIVITIES + "/" + theirs + "/edit"), office).andExpect(status().isNotFound());
        page(get(ACTIVITIES).param("agencyId", String.valueOf(other.id())), office)
                .andExpect(content().string(not(containsString("data-entry=\"" + theirs + "\""))));
        page(post(ACTIVITIES).param("heldOn", today()).param("agency", String.valueOf(other.id()))
                .param("title", "冒名讲座").param("kind", "法治讲座").param("audienceKind", "群众").param("audience", "5"),
                office).andExpect(status().isOk())
                .andExpect(content().string(containsString("组织单位：请选择本县（本单位）的部门")));
        SignedInUser officer = RegistryTestData.user(Role.OFFICER, mine.id());
        page(get(ACTIVITIES + "/" + own), officer).andExpect(status().isOk());
        page(get(ACTIVITIES + "/" + theirs), officer).andExpect(status().isNotFound());
        page(get(ACTIVITIES + "/new"), officer).andExpect(status().isForbidden());
        page(post(ACTIVITIES).param("title", "x"), officer).andExpect(status().isForbidden());
    }

    @Test
    void leadersReadOnlyAndEnterprisesAnonymousAndOthersAreRefused() throws Exception {
        Agency agency = registry.agency("台账领导局");
        long id = activity(bureau, agency, "领导可见讲座" + RegistryTestData.suffix());
        SignedInUser leader = RegistryTestData.leader();
        page(get(ACTIVITIES + "/" + id), leader).andExpect(status().isOk());
        page(post(ACTIVITIES).param("title", "x"), leader).andExpect(status().isForbidden());
        page(get(ACTIVITIES + "/import"), leader).andExpect(status().isForbidden());

        SignedInUser enterprise = RegistryTestData.enterprise(1L);
        page(get(ACTIVITIES), enterprise).andExpect(status().isForbidden());
        page(get("/api/v1/governance/ledgers"), enterprise).andExpect(status().isForbidden());
        mvc.perform(get(ACTIVITIES)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/governance/ledgers/publicity-activities/entries")).andExpect(status().isUnauthorized());

        SignedInUser office = RegistryTestData.agencyAdmin(agency);
        page(get("/governance/ledger-types"), office).andExpect(status().isForbidden());
        page(post("/governance/ledger-types").param("json", LedgerFixtures.declaration(LedgerFixtures.code())), office)
                .andExpect(status().isForbidden());
        page(post("/api/v1/governance/ledgers").contentType(MediaType.APPLICATION_JSON)
                .content(LedgerFixtures.declaration(LedgerFixtures.code())), leader).andExpect(status().isForbidden());
        page(post("/governance/ledger-types").param("json", LedgerFixtures.declaration("mediation-cases")), bureau)
                .andExpect(status().isOk()).andExpect(content().string(containsString("已被系统内置台账使用")));
    }

    private long activity(SignedInUser who, Agency agency, String title) throws Exception {
        String location = page(post(ACTIVITIES).param("heldOn", today()).param("agency", String.valueOf(agency.id()))
                .param("title", title).param("kind", "法治讲座").param("audienceKind", "群众").param("audience", "40"), who)
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(Objects.requireNonNull(location).substring(location.lastIndexOf('/') + 1));
    }

    private String today() {
        return LocalDate.now(clock).toString();
    }

    private ResultActions page(MockHttpServletRequestBuilder request, SignedInUser caller) throws Exception {
        return mvc.perform(request.with(user(caller)).with(csrf()));
    }
}
