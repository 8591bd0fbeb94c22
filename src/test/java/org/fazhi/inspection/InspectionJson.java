package org.fazhi.inspection;

import java.time.LocalDate;
import java.time.LocalDateTime;

import com.jayway.jsonpath.JsonPath;
import org.fazhi.entities.party.Party;
import org.fazhi.inspection.InspectionTestData.Inspecting;
import org.fazhi.registry.RegistryTestData;
import org.springframework.test.web.servlet.MvcResult;

/** Request bodies for the inspection API in tests, and reading values back from its answers. */
final class InspectionJson {

    private InspectionJson() {
    }

    /** A plan drafted for the agency over the whole county, drawn from today, two inspectors per party. */
    /** A draft plan whose public drawing session is tomorrow at 09:30, as the form proposes. */
    static String plan(Inspecting inspecting) {
        return plan(inspecting, LocalDate.now().plusDays(1).atTime(9, 30));
    }

    /** A draft plan whose seed combines with the value announced at a public drawing session at {@code readingAt}. */
    static String plan(Inspecting inspecting, LocalDateTime readingAt) {
        LocalDate today = LocalDate.now();
        return """
                {"name": "接口抽查计划%s", "kind": "SPECIAL", "leadAgencyId": %d, "otherAgencyIds": [],
                 "itemIds": [%d], "townships": [], "industries": [], "periodFrom": "%s", "periodTo": "%s",
                 "percentA": 2, "percentB": 3, "percentC": 5, "percentD": 20, "percentUnrated": 3,
                 "inspectorsPerParty": 2, "capPerInspector": null, "avoidResidence": true,
                 "randomnessSource": "SESSION", "randomnessIssue": null, "readingAt": "%s", "version": 0}"""
                .formatted(RegistryTestData.suffix(), inspecting.agency().id(), inspecting.item().id(), today,
                        today.plusMonths(2), readingAt.withNano(0));
    }

    /** A 个案检查 of the party by the agency's first two officers, from today for a week. */
    static String caseTask(Inspecting inspecting, Party party) {
        LocalDate today = LocalDate.now();
        return """
                {"kind": "CASE", "origin": "COMPLAINT", "originNote": "12345 热线转办", "partyCode": "%s",
                 "itemIds": [%d], "officerIds": [%d, %d], "windowFrom": "%s", "windowTo": "%s", "emergency": false}"""
                .formatted(party.creditCode(), inspecting.item().id(), inspecting.officers().get(0).id(),
                        inspecting.officers().get(1).id(), today, today.plusDays(7));
    }

    static String version(int version) {
        return "{\"version\": " + version + "}";
    }

    static long id(MvcResult result) throws Exception {
        return number(result, "$.id");
    }

    static int version(MvcResult result) throws Exception {
        return (int) number(result, "$.version");
    }

    static long number(MvcResult result, String path) throws Exception {
        return ((Number) JsonPath.read(result.getResponse().getContentAsString(), path)).longValue();
    }

    static <T> T read(MvcResult result, String path) throws Exception {
        return JsonPath.read(result.getResponse().getContentAsString(), path);
    }
}
