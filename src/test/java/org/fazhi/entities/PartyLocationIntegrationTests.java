package org.fazhi.entities;

import java.util.List;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.entities.party.Parties;
import org.fazhi.entities.party.Party;
import org.fazhi.entities.party.PartyForm;
import org.fazhi.entities.party.PartyStatus;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.registry.RegionDirectory;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.registry.region.Regions;
import org.fazhi.shared.GeoPoint;
import org.fazhi.shared.RegionCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Where a party's registered address lies: set on its form and page, optional, and read by other modules. */
@FazhiIntegrationTest
class PartyLocationIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired Parties parties;
    @Autowired PartyDirectory directory;
    @Autowired JdbcClient jdbc;
    @Autowired Regions regions;
    @Autowired RegionDirectory regionDirectory;

    @Test
    void theFormRegistersAPartyWithItsCoordinates() throws Exception {
        String code = EntitiesTestData.enterpriseCode();
        mvc.perform(post("/entities/parties").with(user(RegistryTestData.supervisor())).with(csrf())
                        .param("kind", "ENTERPRISE").param("code", code).param("name", "郏县坐标测试有限公司")
                        .param("regionCode", "410425102").param("status", "OPERATING").param("fiveAbove", "false")
                        .param("latitude", "33.975").param("longitude", "113.2201").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        long id = directory.findByCreditCode(code).orElseThrow().id();

        assertThat(directory.locationOf(id)).contains(new GeoPoint(33.975, 113.2201));
        mvc.perform(get("/entities/parties/" + id).with(user(RegistryTestData.leader()))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("北纬 33.975"), containsString("东经 113.2201"))));
    }

    @Test
    void halfACoordinateIsRefusedBesideTheMissingOne() throws Exception {
        mvc.perform(post("/entities/parties").with(user(RegistryTestData.supervisor())).with(csrf())
                        .param("kind", "ENTERPRISE").param("code", EntitiesTestData.enterpriseCode())
                        .param("name", "郏县半坐标测试有限公司").param("regionCode", "410425102")
                        .param("status", "OPERATING").param("fiveAbove", "false").param("latitude", "33.975").param("version", "0"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("经度和纬度应同时填写")));
        mvc.perform(post("/entities/parties").with(user(RegistryTestData.supervisor())).with(csrf())
                        .param("kind", "ENTERPRISE").param("code", EntitiesTestData.enterpriseCode())
                        .param("name", "郏县错坐标测试有限公司").param("regionCode", "410425102")
                        .param("status", "OPERATING").param("fiveAbove", "false").param("latitude", "133.9").param("longitude", "113.2")
                        .param("version", "0"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("纬度应在 -90 到 90 度之间")));
    }

    @Test
    void thePagesSmallFormSetsAndClearsThePlaceAndCountsAsAnEdit() throws Exception {
        Party party = register();
        mvc.perform(post("/entities/parties/" + party.id() + "/location").with(user(RegistryTestData.admin()))
                        .with(csrf()).param("version", String.valueOf(party.version()))
                        .param("latitude", "34.01").param("longitude", "113.3"))
                .andExpect(status().is3xxRedirection());
        assertThat(directory.locationOf(party.id())).contains(new GeoPoint(34.01, 113.3));

        mvc.perform(post("/entities/parties/" + party.id() + "/location").with(user(RegistryTestData.admin()))
                        .with(csrf()).param("version", String.valueOf(party.version())).param("latitude", "")
                        .param("longitude", ""))
                .andExpect(status().isConflict());
        mvc.perform(post("/entities/parties/" + party.id() + "/location").with(user(RegistryTestData.admin()))
                        .with(csrf()).param("version", String.valueOf(party.version() + 1)).param("latitude", "")
                        .param("longitude", ""))
                .andExpect(status().is3xxRedirection());
        assertThat(directory.locationOf(party.id())).isEmpty();
    }

    @Test
    void readOnlyRolesMayNotSetAPlace() throws Exception {
        Party party = register();
        mvc.perform(post("/entities/parties/" + party.id() + "/location").with(user(RegistryTestData.leader()))
                        .with(csrf()).param("version", String.valueOf(party.version()))
                        .param("latitude", "34.01").param("longitude", "113.3"))
                .andExpect(status().isForbidden());
        assertThat(directory.locationOf(party.id())).isEmpty();
    }

    @Test
    void theApiReadsAndSetsThePlaceWithTheSameRoles() throws Exception {
        Party party = register();
        mvc.perform(put("/api/v1/entities/parties/" + party.id() + "/location").with(user(RegistryTestData.leader()))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + party.version() + ",\"latitude\":34.0,\"longitude\":113.1}"))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/entities/parties/" + party.id() + "/location").with(user(RegistryTestData.supervisor()))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + party.version() + ",\"latitude\":34.0}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("longitude"));
        mvc.perform(put("/api/v1/entities/parties/" + party.id() + "/location").with(user(RegistryTestData.supervisor()))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + party.version() + ",\"latitude\":34.0,\"longitude\":113.1}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.latitude").value(34.0));
        mvc.perform(get("/api/v1/entities/parties/" + party.id() + "/location").with(user(RegistryTestData.leader())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.longitude").value(113.1));
    }

    @Test
    void aPartyOfAnotherCountyIsNotFound() throws Exception {
        RegionCode other = RegionCode.of("410423");
        SignedInUser otherAdmin = new SignedInUser(2, "other-county-admin", "外县管理员", Role.ADMIN, other, null, null,
                true, false, false, null);
        synchronized (PartyLocationIntegrationTests.class) {
            if (regionDirectory.find(other).isEmpty()) {
                regions.registerCounty(otherAdmin, other, "外县乙");
            }
        }
        Party elsewhere = parties.register(otherAdmin, new PartyForm(PartyKind.ENTERPRISE,
                EntitiesTestData.enterpriseCode(), "外县位置测试有限公司", other.value(), null, "C13", null, false, null,
                null, PartyStatus.OPERATING, CreditGrade.B, List.of(), 0));

        mvc.perform(post("/entities/parties/" + elsewhere.id() + "/location").with(user(RegistryTestData.supervisor()))
                        .with(csrf()).param("version", String.valueOf(elsewhere.version()))
                        .param("latitude", "34.01").param("longitude", "113.3"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/entities/parties/" + elsewhere.id() + "/location").with(user(RegistryTestData.leader())))
                .andExpect(status().isNotFound());
        assertThat(directory.locationOf(elsewhere.id())).isEmpty();
    }

    @Test
    void theDemoCountysPartiesLieAroundItsSeat() {
        GeoPoint seat = new GeoPoint(33.9710, 113.2130);
        List<GeoPoint> placed = jdbc.sql("""
                        select latitude, longitude from entities.party
                         where region_code like '410425%' and latitude is not null limit 500""")
                .query((rs, row) -> new GeoPoint(rs.getDouble(1), rs.getDouble(2))).list();

        assertThat(placed).hasSizeGreaterThan(100)
                .allSatisfy(point -> assertThat(point.metresTo(seat)).isLessThan(18_000));
    }

    private Party register() {
        return parties.register(RegistryTestData.admin(), new PartyForm(PartyKind.ENTERPRISE,
                EntitiesTestData.enterpriseCode(), "郏县位置" + EntitiesTestData.tradeName() + "有限公司", "410425102",
                "测试路1号", "C13", null, false, null, null, PartyStatus.OPERATING, CreditGrade.B, List.of(), 0));
    }
}
