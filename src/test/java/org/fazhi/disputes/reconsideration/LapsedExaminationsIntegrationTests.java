package org.fazhi.disputes.reconsideration;

import java.time.Clock;
import java.time.LocalDate;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.casework.CaseworkTestData;
import org.fazhi.casework.CaseworkTestData.Handling;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.shared.WorkdayCalendar;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The watch accepts an application not examined within its 5 working days as of the last of them, and no other. */
@FazhiIntegrationTest
class LapsedExaminationsIntegrationTests {

    @Autowired LapsedExaminations watch;
    @Autowired Reconsiderations service;
    @Autowired ReconsiderationRepository repository;
    @Autowired CaseworkTestData casework;
    @Autowired Clock clock;

    final SignedInUser body = RegistryTestData.user(Role.RECONSIDERATION, null);

    @Test
    void anApplicationNotExaminedInTimeIsAcceptedAsOfItsLastDay() {
        Handling h = casework.agency("视为受理局");
        LocalDate today = LocalDate.now(clock);
        long lapsed = received(h, today.minusDays(30));
        long fresh = received(h, today);

        assertThat(watch.deemAcceptedBy(today)).isGreaterThanOrEqualTo(1);

        ReconsiderationCase deemed = repository.find(lapsed).orElseThrow();
        LocalDate lastDay = WorkdayCalendar.china().addWorkingDays(today.minusDays(30), 5);
        assertThat(deemed.state()).isEqualTo(ReconsiderationState.ACCEPTED);
        assertThat(deemed.progress().deemedAccepted()).isTrue();
        assertThat(deemed.progress().acceptedOn()).isEqualTo(lastDay);
        assertThat(deemed.open(DeadlineKind.COPY)).isPresent();
        assertThat(repository.find(fresh).orElseThrow().state()).isEqualTo(ReconsiderationState.RECEIVED);
        assertThat(repository.lapsedExaminations(today)).doesNotContain(lapsed, fresh);
    }

    private long received(Handling h, LocalDate on) {
        return service.receive(body, new ApplicationForm(on, Channel.MAIL, null, ApplicantKind.ORGANISATION,
                "邮寄申请人", null, h.agencyId(), "没收违法所得的行政处罚决定", null, on.minusDays(2), true)).id();
    }
}
