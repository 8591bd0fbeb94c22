package org.fazhi.inspection;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.identity.Role;
import org.fazhi.inspection.InspectionTestData.Inspecting;
import org.fazhi.inspection.conflict.ConflictDeclarations;
import org.fazhi.inspection.conflict.ConflictForm;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.NotFound;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fazhi.registry.RegistryTestData.agencyAdmin;
import static org.fazhi.registry.RegistryTestData.user;

/** 回避申报: an agency declares for its own officers, about a party or a township of the county, and no one else's. */
@FazhiIntegrationTest
class ConflictDeclarationsIntegrationTests {

    @Autowired InspectionTestData data;
    @Autowired ConflictDeclarations declarations;

    @Test
    void refusesOtherAgenciesOfficersAndTownshipsOutsideTheCounty() {
        Inspecting own = data.agency("回避本局", 2);
        Inspecting other = data.agency("回避他局", 2);
        var legalOffice = agencyAdmin(own.agency());
        long officer = own.officers().get(0).id();

        assertThatThrownBy(() -> declarations.declare(legalOffice,
                new ConflictForm(other.officers().get(0).id(), null, "410425102", "住在该镇")))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("inspection.conflict.officer.unknown");
        assertThatThrownBy(() -> declarations.declare(legalOffice, new ConflictForm(officer, null, "410421100", "住在该镇")))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("inspection.conflict.township.invalid");
        assertThatThrownBy(() -> declarations.declare(legalOffice, new ConflictForm(officer, null, "410425999", "住在该镇")))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("inspection.conflict.township.invalid");
        assertThatThrownBy(() -> declarations.declare(legalOffice,
                new ConflictForm(officer, data.enterprise(false).creditCode(), "410425102", "两者都填")))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("inspection.conflict.one-of");
        assertThatThrownBy(() -> declarations.declare(user(Role.LEADER, null),
                new ConflictForm(officer, null, "410425102", "住在该镇"))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onlyTheDeclaringAgencyWithdrawsItsDeclaration() {
        Inspecting own = data.agency("撤回本局", 2);
        Inspecting other = data.agency("撤回他局", 2);
        long id = declarations.declare(agencyAdmin(own.agency()),
                new ConflictForm(own.officers().get(0).id(), data.enterprise(false).creditCode(), null, "亲属经营"));

        assertThat(declarations.list(agencyAdmin(other.agency()))).noneMatch(d -> d.id() == id);
        assertThatThrownBy(() -> declarations.withdraw(agencyAdmin(other.agency()), id)).isInstanceOf(NotFound.class);
        declarations.withdraw(agencyAdmin(own.agency()), id);
        assertThat(declarations.list(agencyAdmin(own.agency()))).filteredOn(d -> d.id() == id)
                .singleElement().satisfies(d -> assertThat(d.isActive()).isFalse());
    }
}
