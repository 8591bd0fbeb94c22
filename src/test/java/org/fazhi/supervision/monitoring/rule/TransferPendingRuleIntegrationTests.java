package org.fazhi.supervision.monitoring.rule;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.casework.CaseDirectory;
import org.fazhi.casework.CaseReference;
import org.fazhi.casework.CaseworkTestData;
import org.fazhi.casework.CaseworkTestData.Handling;
import org.fazhi.casework.DecisionKind;
import org.fazhi.casework.PenaltyDecided;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.shared.Money;
import org.fazhi.supervision.monitoring.AlertCause;
import org.fazhi.supervision.monitoring.Reassessment;
import org.fazhi.supervision.transfer.TransferChanged;
import org.fazhi.supervision.transfer.TransferState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** TRANSFER_PENDING fires for a transfer past a time limit, not before, and no longer once the step is taken. */
@FazhiIntegrationTest
class TransferPendingRuleIntegrationTests {

    @Autowired TransferPendingRule rule;
    @Autowired CaseworkTestData casework;
    @Autowired CaseDirectory cases;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transaction;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired Clock clock;

    @Test
    void firesForAHandOverPastItsTwentyFourHoursAndClosesWhenHandedOver() throws Exception {
        Handling h = casework.agency("超期移送局");
        long caseId = casework.filed(h);
        CaseReference ref = cases.of(caseId).orElseThrow();
        LocalDate today = LocalDate.now(clock);
        transaction.executeWithoutResult(s -> events.publishEvent(new PenaltyDecided(caseId, ref.code(),
                ref.county(), ref.agencyId(), ref.partyId(), DecisionKind.TRANSFERRED, List.of(), Money.ZERO, false,
                today)));
        long id = jdbc.sql("select id from supervision.transfer where case_id = ?").param(caseId)
                .query(Long.class).single();
        TransferChanged changed = new TransferChanged(id, ref.county(), TransferState.APPROVED);

        assertThat(subjects(rule.scan(RegistryTestData.COUNTY, today))).doesNotContain(id);
        assertThat(subjects(rule.scan(RegistryTestData.COUNTY, today.plusDays(3)))).contains(id);
        Reassessment later = rule.reassess(changed, today.plusDays(3)).orElseThrow();
        assertThat(later.holding()).singleElement().satisfies(cause -> {
            assertThat(cause.agencyId()).isEqualTo(h.agencyId());
            assertThat(cause.summary()).contains(ref.code()).contains("移交期限");
        });
        assertThat(rule.reassess(changed, today).orElseThrow().holding()).isEmpty();

        handOver(h, id);

        Reassessment after = rule.reassess(changed, today.plusDays(3)).orElseThrow();
        assertThat(after.examined()).singleElement().satisfies(s -> assertThat(s.id()).isEqualTo(id));
        assertThat(after.holding()).isEmpty();
        assertThat(subjects(rule.scan(RegistryTestData.COUNTY, today.plusDays(3)))).doesNotContain(id);
        assertThat(rule.reassess("another module's event", today)).isEmpty();
        assertThat(rule.code()).isEqualTo("TRANSFER_PENDING");
    }

    private void handOver(Handling h, long id) throws Exception {
        String path = "/api/v1/supervision/transfers/" + id;
        for (String kind : List.of("TRANSFER_LETTER", "INVESTIGATION_REPORT", "EXHIBIT_LIST", "EXPERT_OPINION")) {
            mvc.perform(multipart(path + "/documents").file(new MockMultipartFile("file", kind + ".pdf",
                            "application/pdf", Arrays.copyOf("%PDF-1.7\n".getBytes(), 2048)))
                    .param("kind", kind).with(user(h.officer())).with(csrf())).andExpect(status().isOk());
        }
        mvc.perform(post(path + "/hand-over").with(user(h.officer())).with(csrf())).andExpect(status().isOk());
    }

    private static List<Long> subjects(List<AlertCause> causes) {
        return causes.stream().map(c -> c.subject().id()).toList();
    }
}
