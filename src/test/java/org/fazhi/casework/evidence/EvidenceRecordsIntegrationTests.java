package org.fazhi.casework.evidence;

import java.util.List;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.casework.CaseworkTestData;
import org.fazhi.casework.CaseworkTestData.Handling;
import org.fazhi.casework.casefile.CaseSteps;
import org.fazhi.casework.casefile.PenaltyCases;
import org.fazhi.casework.casefile.Timeline;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.InvalidInput.FieldProblem;
import org.fazhi.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 笔录 written on real cases in PostgreSQL: each kind read back, and every refusal with its field or article. */
@FazhiIntegrationTest
class EvidenceRecordsIntegrationTests {

    @Autowired CaseworkTestData data;
    @Autowired EvidenceRecords records;
    @Autowired PenaltyCases cases;
    @Autowired Timeline timeline;
    @Autowired JdbcClient jdbc;

    @Test
    void aSiteInspectionRecordIsEvidenceWithTheOfficersCertificatesAndOnTheTimeline() {
        Handling h = data.agency("现场笔录局");
        long id = data.filed(h);

        EvidenceRecords.Recorded recorded = records.record(h.officer(), id, data.next(id),
                EvidenceSamples.siteInspection(h));

        EvidenceRecord read = records.get(h.officer(), id, recorded.record().id());
        assertThat(read.kind()).isEqualTo(RecordKind.SITE_INSPECTION);
        assertThat(read.place()).isEqualTo("郏县城关镇人民路18号门店");
        assertThat(read.presentName()).isEqualTo("王某");
        assertThat(read.content()).contains("未悬挂食品经营许可证");
        assertThat(read.officers()).extracting(EvidenceRecord.PresentOfficer::officerId)
                .containsExactlyElementsOf(h.handlers());
        assertThat(read.officers()).allSatisfy(officer -> assertThat(officer.certificateNumber()).isNotBlank());
        assertThat(read.endedAt()).isAfter(read.startedAt());
        assertThat(recorded.caseVersion()).isEqualTo(data.version(id));
        assertThat(cases.get(h.officer(), id).evidence()).singleElement().satisfies(piece -> {
            assertThat(piece.id()).isEqualTo(read.evidenceId());
            assertThat(piece.kind()).isEqualTo(EvidenceKind.INSPECTION_RECORD);
            assertThat(piece.title()).isEqualTo("现场检查笔录（郏县城关镇人民路18号门店）");
        });
        assertThat(timeline.of(id)).last().satisfies(entry -> {
            assertThat(entry.transition().name()).isEqualTo("RECORD_EVIDENCE");
            assertThat(entry.username()).isEqualTo(h.officer().getUsername());
            assertThat(entry.detail()).isEqualTo("现场检查笔录（郏县城关镇人民路18号门店）");
        });
        assertThat(jdbc.sql("select changed_fields from audit.entry where record_type = 'casework.case' "
                + "and record_id = ? and event_type = 'DATA_UPDATED' order by id desc limit 1")
                .param(String.valueOf(id)).query(String.class).single()).contains("evidence");
    }

    @Test
    void anInquiryKeepsItsQuestionsInOrderAndTheIdNumberEncrypted() {
        Handling h = data.agency("询问笔录局");
        long id = data.filed(h);

        EvidenceRecord read = records.record(h.officer(), id, data.next(id),
                EvidenceSamples.inquiry(h, EvidenceSamples.RESIDENT_ID)).record();

        assertThat(read.answers()).extracting(EvidenceRecord.Answer::question)
                .containsExactly("你是否取得食品经营许可证？", "你从何时开始经营？");
        assertThat(read.answers().get(0).answer()).isEqualTo("没有，正在办理。");
        assertThat(read.relation()).isEqualTo(RecordInput.Relation.LEGAL_REPRESENTATIVE);
        assertThat(read.idNumberMasked()).isEqualTo("410425********1235");
        assertThat(read.signatureRefused()).isTrue();
        assertThat(read.refusalWitness()).isEqualTo("李某（社区网格员）");
        String stored = jdbc.sql("select id_number_cipher from casework.evidence_record where id = ?")
                .param(read.id()).query(String.class).single();
        assertThat(stored).isNotBlank().doesNotContain(EvidenceSamples.RESIDENT_ID);
        assertThat(cases.get(h.officer(), id).evidence()).singleElement()
                .satisfies(piece -> assertThat(piece.kind()).isEqualTo(EvidenceKind.PARTY_STATEMENT));
    }

    @Test
    void anExaminationRecordIsReadBackAndARetryReturnsTheFirstRecord() {
        Handling h = data.agency("勘验笔录局");
        long id = data.filed(h);
        CaseSteps.Request request = data.next(id);

        EvidenceRecord first = records.record(h.officer(), id, request, EvidenceSamples.examination(h)).record();
        EvidenceRecord again = records.record(h.officer(), id, request, EvidenceSamples.examination(h)).record();

        assertThat(again).isEqualTo(first);
        assertThat(records.ofCase(h.officer(), id)).singleElement().satisfies(read -> {
            assertThat(read.kind()).isEqualTo(RecordKind.EXAMINATION);
            assertThat(read.subject()).isEqualTo("冷藏柜两台");
            assertThat(read.presentRole()).isEqualTo(RecordInput.PresentRole.WITNESS);
        });
        assertThat(cases.get(h.officer(), id).evidence()).hasSize(1);
    }

    @Test
    void missingFieldsAreNamedAllAtOnce() {
        Handling h = data.agency("笔录缺项局");
        long id = data.filed(h);
        RecordInput empty = new RecordInput(RecordKind.INQUIRY, " ", null, null, List.of(h.handlers().get(0)), null,
                null, null, null, null, RecordInput.IdKind.RESIDENT_ID, "410425198803151234", null,
                List.of(new RecordInput.Answer("你是否取得许可证？", " "), new RecordInput.Answer("", "")), true, null);

        assertThatThrownBy(() -> records.record(h.officer(), id, data.next(id), empty))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems())
                        .extracting(FieldProblem::field).containsExactlyInAnyOrder("place", "startedAt", "endedAt",
                                "officerIds", "refusalWitness", "personName", "idNumber", "relation",
                                "answers[0].answer"));
        RecordInput noContent = new RecordInput(RecordKind.EXAMINATION, "仓库", null, null, h.handlers(), null, null,
                null, null, null, null, null, null, null, false, null);
        assertThatThrownBy(() -> records.record(h.officer(), id, data.next(id), noContent))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems())
                        .extracting(FieldProblem::field).contains("presentName", "presentRole", "subject", "content"));
        assertThat(records.ofCase(h.officer(), id)).isEmpty();
    }

    @Test
    void fewerThanTwoOfficersOrOneNotOnTheCaseIsRefusedBesideTheOfficers() {
        Handling h = data.agency("笔录人员局");
        long id = data.filed(h);

        assertThatThrownBy(() -> records.record(h.officer(), id, data.next(id),
                EvidenceSamples.siteInspection(List.of(h.handlers().get(0), h.handlers().get(0)))))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems()).singleElement()
                        .satisfies(problem -> {
                            assertThat(problem.field()).isEqualTo("officerIds");
                            assertThat(problem.messageKey()).isEqualTo("casework.evidence.record.officers.two");
                        }));
        assertThatThrownBy(() -> records.record(h.officer(), id, data.next(id),
                EvidenceSamples.siteInspection(List.of(h.handlers().get(0), h.chair()))))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems()).singleElement()
                        .satisfies(problem -> {
                            assertThat(problem.field()).isEqualTo("officerIds");
                            assertThat(problem.messageKey()).isEqualTo("casework.evidence.record.officers.not-handler");
                            assertThat(problem.arguments()).containsExactly(h.inspecting().officers().get(2).name());
                        }));
        assertThat(records.ofCase(h.officer(), id)).isEmpty();
        assertThat(cases.get(h.officer(), id).evidence()).isEmpty();
    }

    @Test
    void afterTheNoticeARecordIsRefusedCitingTheArticlesAndTheRefusalIsOnTheTimeline() {
        Handling h = data.agency("笔录告知后局");
        long reviewed = data.reviewed(h, "3000");

        assertThatThrownBy(() -> records.record(h.officer(), reviewed, data.next(reviewed),
                EvidenceSamples.siteInspection(h)))
                .isInstanceOfSatisfying(RuleViolation.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("casework.evidence.not-now");
                    assertThat(refused.legalBasis()).isEqualTo("行政处罚法第四十二条、第四十七条、第五十五条");
                });
        assertThat(timeline.of(reviewed)).last().satisfies(entry -> {
            assertThat(entry.refused()).isTrue();
            assertThat(entry.detail()).startsWith("案件处于「案件审查」阶段，不能再制作笔录或登记证据");
            assertThat(entry.legalBasis()).isEqualTo("行政处罚法第四十二条、第四十七条、第五十五条");
        });
        assertThat(records.ofCase(h.officer(), reviewed)).isEmpty();
    }
}
