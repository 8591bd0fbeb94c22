package org.fazhi.supervision.round;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.NotFound;
import org.fazhi.platform.files.Upload;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.registry.agency.Agency;
import org.fazhi.shared.RuleViolation;
import org.fazhi.shared.WorkdayCalendar;
import org.fazhi.supervision.round.RoundTestData.Bureau;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A round's 监督意见书 from issue to acceptance, return or escalation, and who is refused on the way. */
@FazhiIntegrationTest
class OpinionFlowIntegrationTests {

    private static final Pattern NUMBER = Pattern.compile("郏司监意〔(\\d{4})〕(\\d+)号");
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes();

    @Autowired RoundTestData data;
    @Autowired Opinions opinions;
    @Autowired Rounds rounds;
    @Autowired SupervisionNumbers numbers;
    @Autowired TransactionTemplate transaction;
    @Autowired java.time.Clock clock;

    @Test
    void anOpinionIsIssuedAnsweredAndAccepted() {
        Bureau bureau = data.bureau();
        Agency agency = data.agency("意见书市场监管局");
        SupervisionRound round = data.round(bureau, agency);
        data.finding(bureau, round, agency, "CONDUCT_PROCEDURE", "未依法告知当事人陈述申辩权利", "casework.case:1");
        data.finding(bureau, round, agency, "INST_THREE_SYSTEMS", "重大执法决定法制审核制度未落实", null);

        Opinion opinion = opinions.issueForRound(bureau.supervisor(), round.id(), agency.id());

        assertThat(opinion.state()).isEqualTo(OpinionState.ISSUED);
        assertThat(opinion.number()).matches(NUMBER);
        assertThat(opinion.deadline()).isEqualTo(WorkdayCalendar.china().addWorkingDays(opinion.issuedOn(), 20));
        String docx = RoundTestData.text(opinions.document(bureau.supervisor(), opinion.id(), false));
        assertThat(docx).contains("行政执法监督意见书", opinion.number(), agency.name() + "：",
                "一、【执法规范问题·执法程序不规范】未依法告知当事人陈述申辩权利",
                "二、【体制机制问题·三项制度落实不到位】重大执法决定法制审核制度未落实", "郏县司法局");
        assertThatThrownBy(() -> opinions.issueForRound(bureau.supervisor(), round.id(), agency.id()))
                .isInstanceOf(RuleViolation.class).hasMessage("supervision.opinion.no-findings");

        SignedInUser legalOffice = RegistryTestData.agencyAdmin(agency);
        Opinion answered = opinions.answer(legalOffice, opinion.id(), "已组织全员培训并修订执法程序规定",
                List.of(Upload.of("培训签到表.pdf", PDF)));
        assertThat(answered.state()).isEqualTo(OpinionState.ANSWERED);
        assertThat(opinions.rectificationsOf(answered).get(0).evidence()).hasSize(1);

        assertThatThrownBy(() -> opinions.accept(legalOffice, opinion.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> opinions.accept(RegistryTestData.leader(), opinion.id()))
                .isInstanceOf(AccessDeniedException.class);
        Opinion accepted = opinions.accept(bureau.supervisor(), opinion.id());
        assertThat(accepted.state()).isEqualTo(OpinionState.ACCEPTED);
        assertThat(accepted.onTime()).isTrue();
        assertThat(opinions.rectificationsOf(accepted).get(0).state()).isEqualTo("ACCEPTED");
        assertThatThrownBy(() -> opinions.accept(bureau.supervisor(), opinion.id()))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void returnedMeasuresAreAnsweredAgain() {
        Bureau bureau = data.bureau();
        Agency agency = data.agency("退回交通局");
        SupervisionRound round = data.round(bureau, agency);
        data.finding(bureau, round, agency, "CONDUCT_DOCUMENTS", "文书未载明救济途径", null);
        Opinion opinion = opinions.issueForRound(bureau.supervisor(), round.id(), agency.id());
        SignedInUser legalOffice = RegistryTestData.agencyAdmin(agency);
        opinions.answer(legalOffice, opinion.id(), "已要求改正", List.of());

        assertThatThrownBy(() -> opinions.giveBack(bureau.supervisor(), opinion.id(), " "))
                .isInstanceOf(InvalidInput.class);
        Opinion returned = opinions.giveBack(bureau.supervisor(), opinion.id(), "未附整改后的文书样本");
        assertThat(returned.state()).isEqualTo(OpinionState.RETURNED);
        assertThatThrownBy(() -> opinions.accept(bureau.supervisor(), opinion.id()))
                .isInstanceOf(RuleViolation.class).hasMessage("supervision.opinion.not-answered");

        opinions.answer(legalOffice, opinion.id(), "已修订文书格式并附样本", List.of(Upload.of("样本.pdf", PDF)));
        Opinion accepted = opinions.accept(bureau.supervisor(), opinion.id());
        assertThat(accepted.state()).isEqualTo(OpinionState.ACCEPTED);
        assertThat(opinions.rectificationsOf(accepted)).extracting(Rectification::state)
                .containsExactly("RETURNED", "ACCEPTED");
    }

    @Test
    void anOpinionNotActedOnEscalatesOnceToADecisionAndAnInterview() {
        Bureau bureau = data.bureau();
        Agency agency = data.agency("逾期自然资源局");
        SupervisionRound round = data.round(bureau, agency);
        data.finding(bureau, round, agency, "CONDUCT_FINE_INSTEAD", "对同一违法行为多次罚款未责令改正", null);
        Opinion opinion = opinions.issueForRound(bureau.supervisor(), round.id(), agency.id());

        assertThat(opinions.escalateOverdue(opinion.deadline())).isZero();
        LocalDate dayAfter = opinion.deadline().plusDays(1);
        assertThat(opinions.escalateOverdue(dayAfter)).isGreaterThanOrEqualTo(1);
        assertThat(opinions.escalateOverdue(dayAfter)).isZero();

        Opinion escalated = opinions.get(bureau.supervisor(), opinion.id());
        assertThat(escalated.state()).isEqualTo(OpinionState.ESCALATED);
        assertThat(escalated.decisionNumber()).matches("郏司监决〔\\d{4}〕\\d+号");
        assertThat(escalated.decisionDeadline()).isEqualTo(WorkdayCalendar.china().addWorkingDays(dayAfter, 10));
        String decision = RoundTestData.text(opinions.document(bureau.supervisor(), opinion.id(), true));
        assertThat(decision).contains("行政执法监督决定书", escalated.decisionNumber(), opinion.number(),
                "对同一违法行为多次罚款未责令改正", "约谈你单位主要负责人");
        assertThat(opinions.interviewOf(escalated)).get()
                .satisfies(i -> assertThat(i.heldOn()).isNull());
        opinions.recordInterview(bureau.supervisor(), opinion.id(), LocalDate.now(clock), "局长王某",
                "约谈指出问题，要求十个工作日内纠正");
        assertThat(opinions.interviewOf(escalated).orElseThrow().interviewee()).isEqualTo("局长王某");

        SignedInUser legalOffice = RegistryTestData.agencyAdmin(agency);
        opinions.answer(legalOffice, opinion.id(), "已退还多收罚款并责令当事人改正", List.of());
        Opinion accepted = opinions.accept(bureau.supervisor(), opinion.id());
        assertThat(accepted.state()).isEqualTo(OpinionState.ACCEPTED);
        assertThat(accepted.onTime()).isFalse();
    }

    @Test
    void opinionNumbersHaveNoGapsEvenWhenAnIssueRollsBack() {
        Bureau bureau = data.bureau();
        Agency first = data.agency("编号甲局");
        Agency second = data.agency("编号乙局");
        SupervisionRound round = data.round(bureau, first, second);
        data.finding(bureau, round, first, "CONDUCT_LAW", "适用法律条款错误", null);
        data.finding(bureau, round, second, "CONDUCT_EVIDENCE", "证据不足", null);

        int a = sequence(opinions.issueForRound(bureau.supervisor(), round.id(), first.id()));
        try {
            transaction.executeWithoutResult(status -> {
                numbers.next(round.county(), LocalDate.now(clock).getYear(), SupervisionNumbers.Kind.OPINION);
                throw new IllegalStateException("the issue fails after drawing its number");
            });
        } catch (IllegalStateException expected) {
            // its number goes back to the series
        }
        Opinion next = opinions.issueForRound(bureau.supervisor(), round.id(), second.id());
        assertThat(sequence(next)).isEqualTo(a + 1);
        assertThat(RoundTestData.text(opinions.document(bureau.supervisor(), next.id(), false)))
                .contains(next.number());
    }

    @Test
    void othersSeeNothingAndCannotAct() {
        Bureau bureau = data.bureau();
        Agency agency = data.agency("范围卫健委");
        Agency other = data.agency("范围其他局");
        SupervisionRound round = data.round(bureau, agency, other);
        data.finding(bureau, round, agency, "CONDUCT_DISCRETION", "罚款数额超出裁量基准", null);
        Opinion opinion = opinions.issueForRound(bureau.supervisor(), round.id(), agency.id());

        assertThatThrownBy(() -> opinions.get(RoundTestData.supervisorElsewhere(), opinion.id()))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> rounds.get(RoundTestData.supervisorElsewhere(), round.id()))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> opinions.get(RegistryTestData.agencyAdmin(other), opinion.id()))
                .isInstanceOf(NotFound.class);
        assertThat(rounds.findingsOf(RegistryTestData.agencyAdmin(other), round)).isEmpty();
        assertThatThrownBy(() -> opinions.get(RegistryTestData.user(Role.OFFICER, agency.id()), opinion.id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> opinions.answer(RegistryTestData.supervisor(), opinion.id(), "代为整改", List.of()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> opinions.issueForRound(RegistryTestData.agencyAdmin(agency), round.id(),
                agency.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aRoundNeedsCertifiedSupervisorsAndClosesWithGrades() {
        Bureau bureau = data.bureau();
        Agency agency = data.agency("结束应急局");
        Agency clean = data.agency("结束水利局");
        assertThatThrownBy(() -> rounds.open(bureau.supervisor(), new RoundForm(RoundKind.SPECIAL, "专项监督",
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), "", List.of(agency.id()),
                List.of(bureau.certified().id() + 1_000_000))))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).problems())
                        .extracting(InvalidInput.FieldProblem::field).contains("supervisorIds"));

        SupervisionRound round = data.round(bureau, agency, clean);
        assertThat(round.supervisors()).extracting(SupervisionRound.Supervisor::officerId)
                .containsExactly(bureau.certified().id());
        data.finding(bureau, round, agency, "CONDUCT_PROCEDURE", "检查未出示执法证件", null);
        data.finding(bureau, round, agency, "CONDUCT_DOCUMENTS", "检查记录未签名", null);
        SupervisionRound closed = rounds.close(bureau.supervisor(), round.id());

        assertThat(closed.closed()).isTrue();
        assertThat(closed.agencies()).filteredOn(a -> a.agencyId() == agency.id()).singleElement()
                .satisfies(a -> assertThat(a.score()).isEqualTo(90));
        assertThat(closed.agencies()).filteredOn(a -> a.agencyId() == clean.id()).singleElement()
                .satisfies(a -> assertThat(a.grade()).isEqualTo(Grade.EXCELLENT));
        assertThatThrownBy(() -> data.finding(bureau, closed, agency, "CONDUCT_LAW", "再记一条", null))
                .isInstanceOf(RuleViolation.class);
    }

    private static int sequence(Opinion opinion) {
        Matcher m = NUMBER.matcher(opinion.number());
        assertThat(m.matches()).isTrue();
        return Integer.parseInt(m.group(2));
    }
}
