package org.fazhi.supervision.review;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.TestClock;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.registry.agency.Agency;
import org.fazhi.shared.RegionCode;
import org.fazhi.supervision.CaseFileProblemFound;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A review campaign over the demo county's closed cases: announced, drawn, verified publicly, reviewed by officers
 * of other agencies; the own-agency rule, scoring, and the refusals by role and county.
 */
@FazhiIntegrationTest
@RecordApplicationEvents
class ReviewApiIntegrationTests {

    @Autowired
    ReviewCampaigns campaigns;
    @Autowired
    FileReviews reviews;
    @Autowired
    RegistryTestData registry;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationEvents events;

    private final SignedInUser supervisor = RegistryTestData.supervisor();
    private List<Long> agencies;
    private Agency outside;
    private long outsiderOfficer;

    @BeforeEach
    void agenciesWithClosedFiles() {
        agencies = jdbc.sql("""
                        select agency_id from casework.penalty_case where region_code like '410425%'
                        and state in ('CLOSED', 'ARCHIVED') and closed_on >= current_date - 400
                        group by agency_id order by agency_id""")
                .query(Long.class).list();
        assertThat(agencies).as("the demo county has closed cases").isNotEmpty();
        outside = registry.agency("评查测试局");
        outsiderOfficer = registry.officer(outside, "评查员甲").id();
    }

    @Test
    void drawsAVerifiableSampleAndPublishesItsRecord() throws Exception {
        long id = announcedAndDrawn();

        PublishedSample sample = campaigns.publishedSample(id);
        assertThat(sample.drawn()).isNotEmpty();
        assertThat(new SampleVerifier().verify(sample).matches()).isTrue();
        mvc.perform(get("/api/v1/public/supervision/reviews/" + id + "/verification"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.matches").value(true));
        mvc.perform(get("/api/v1/public/supervision/reviews/" + id + "/sample"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.format").value(PublishedSample.FORMAT))
                .andExpect(jsonPath("$.directory.digest").value(sample.directory().digest()));
    }

    @Test
    void refusesAReviewerOfTheFilesOwnAgency() {
        long id = announcedAndDrawn();
        FileReviews.FileView file = reviews.files(supervisor, id).get(0);
        long sameAgencyOfficer = jdbc.sql("select id from registry.officer where agency_id = ? order by id limit 1")
                .param(file.file().agencyId()).query(Long.class).single();
        reviews.nameReviewer(supervisor, id, sameAgencyOfficer);
        reviews.nameReviewer(supervisor, id, outsiderOfficer);

        assertThatThrownBy(() -> reviews.assign(supervisor, file.file().id(), sameAgencyOfficer))
                .hasMessage("supervision.review.assign.own-agency");
        reviews.assign(supervisor, file.file().id(), outsiderOfficer);

        assertThat(reviews.file(supervisor, file.file().id()).reviewers())
                .extracting(ReviewRepository.Assignment::officerId).containsExactly(outsiderOfficer);
    }

    @Test
    void scoresAverageWithTheSpreadAndProblemsArePublished() throws Exception {
        long id = announcedAndDrawn();
        long fileId = reviews.files(supervisor, id).get(0).file().id();
        long second = registry.officer(outside, "评查员乙").id();
        reviews.nameReviewer(supervisor, id, outsiderOfficer);
        reviews.nameReviewer(supervisor, id, second);
        reviews.assign(supervisor, fileId, outsiderOfficer);
        reviews.assign(supervisor, fileId, second);

        mvc.perform(post("/api/v1/supervision/reviews/files/" + fileId + "/scores").with(user(reviewer(outsiderOfficer)))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(scores(0, "P1", "未在法定期限内作出决定")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.score.average").value(100.0));
        mvc.perform(post("/api/v1/supervision/reviews/files/" + fileId + "/scores").with(user(reviewer(second)))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON).content(scores(20, null, null)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.score.average").value(90.0))
                .andExpect(jsonPath("$.score.spread").value(20.0))
                .andExpect(jsonPath("$.score.spreadFlagged").value(true))
                .andExpect(jsonPath("$.score.excellent").value(true))
                .andExpect(jsonPath("$.problems[0].itemCode").value("P1"));
        assertThat(events.stream(CaseFileProblemFound.class))
                .anyMatch(found -> found.campaignId() == id && found.checklistPart().equals("PROCEDURE"));
        assertThat(jdbc.sql("select type_code || ' ' || subject_type || ' ' || description from supervision.finding"
                        + " where source = ?").param("review:" + id).query(String.class).list())
                .as("the problem waits for rectification in the agency's next 监督意见书")
                .containsExactly("CONDUCT_PROCEDURE casework.case 【P1】未在法定期限内作出决定");

        mvc.perform(post("/api/v1/supervision/reviews/files/" + fileId + "/scores").with(user(reviewer(second)))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON).content(scores(0, null, null)))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void refusesByRoleAndCounty() throws Exception {
        long id = announcedAndDrawn();
        long fileId = reviews.files(supervisor, id).get(0).file().id();
        long fileAgency = reviews.files(supervisor, id).get(0).file().agencyId();
        SignedInUser otherCounty = new SignedInUser(990_001, "sv-410421", "他县监督", Role.SUPERVISOR,
                RegionCode.of("410421"), null, null, true, false, false, null);

        mvc.perform(get("/api/v1/supervision/reviews/" + id)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/supervision/reviews/" + id).with(user(otherCounty))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/supervision/reviews/files/" + fileId).with(user(otherCounty)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/supervision/reviews/" + id).with(user(RegistryTestData.agencyAdmin(outside))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/supervision/reviews/files/" + fileId)
                        .with(user(RegistryTestData.user(Role.AGENCY_ADMIN, fileAgency))))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/supervision/reviews/" + id + "/finish").with(user(RegistryTestData.leader()))
                .with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/supervision/reviews/" + id + "/reviewers")
                        .with(user(RegistryTestData.user(Role.AGENCY_ADMIN, fileAgency))).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"officerId\":" + outsiderOfficer + "}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/supervision/reviews/files/" + fileId + "/scores").with(user(reviewer(outsiderOfficer)))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON).content(scores(0, null, null)))
                .andExpect(status().isNotFound());
        reviews.nameReviewer(supervisor, id, outsiderOfficer);
        mvc.perform(post("/api/v1/supervision/reviews/files/" + fileId + "/scores").with(user(reviewer(outsiderOfficer)))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON).content(scores(0, null, null)))
                .andExpect(status().isNotFound()); // a named reviewer does not see a file not assigned to him
        mvc.perform(post("/api/v1/supervision/reviews/files/" + fileId + "/scores").with(user(supervisor))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON).content(scores(0, null, null)))
                .andExpect(status().isForbidden()); // a supervisor sees the file but scores only his own
    }

    @Test
    void refusesAnIncompleteScoringNamingTheItem() throws Exception {
        long id = announcedAndDrawn();
        long fileId = reviews.files(supervisor, id).get(0).file().id();
        reviews.nameReviewer(supervisor, id, outsiderOfficer);
        reviews.assign(supervisor, fileId, outsiderOfficer);

        mvc.perform(post("/api/v1/supervision/reviews/files/" + fileId + "/scores").with(user(reviewer(outsiderOfficer)))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"points\":{\"S1\":7}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").exists());
    }

    private long announcedAndDrawn() {
        LocalDateTime readingAt = LocalDateTime.now(clock).minusDays(1);
        long id = clock.earlierBy(Duration.ofDays(2), () -> campaigns.announce(supervisor, new CampaignForm(
                "案卷评查测试", LocalDate.now(clock).getYear(), LocalDate.now(clock).minusDays(400),
                LocalDate.now(clock), agencies, SampleSize.Kind.COUNT, "2", "公开抽签会", null, readingAt)));
        campaigns.draw(supervisor, id, "40417362", List.of("张三", "李四"));
        return id;
    }

    private SignedInUser reviewer(long officerId) {
        return new SignedInUser(980_000 + officerId, "reviewer-" + officerId, "评查员", Role.OFFICER,
                RegistryTestData.COUNTY, outside.id(), null, officerId, true, false, false, null);
    }

    /** Full points on every item but {@code lost} points off the first procedure item; one problem if given. */
    private static String scores(int lost, String problemItem, String problemText) {
        Map<String, Object> points = new LinkedHashMap<>();
        ReviewChecklist.defaults().parts().forEach(part -> part.items().forEach(item -> points.put(item.code(),
                item.code().equals("P1") ? item.points() - Math.min(lost, item.points())
                        : item.code().equals("F1") ? item.points() - Math.max(0, lost - 10) : item.points())));
        StringBuilder json = new StringBuilder("{\"points\":{");
        points.forEach((code, value) -> json.append('"').append(code).append("\":").append(value).append(','));
        json.setLength(json.length() - 1);
        json.append("},\"problems\":[");
        if (problemItem != null) {
            json.append("{\"item\":\"").append(problemItem).append("\",\"text\":\"").append(problemText).append("\"}");
        }
        return json.append("]}").toString();
    }
}
