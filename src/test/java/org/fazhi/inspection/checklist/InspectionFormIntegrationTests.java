package org.fazhi.inspection.checklist;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import javax.imageio.ImageIO;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.catalog.CheckPoint;
import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.inspection.InspectionResult;
import org.fazhi.inspection.InspectionTestData;
import org.fazhi.inspection.InspectionTestData.Inspecting;
import org.fazhi.inspection.checklist.CheckRecords.Entry;
import org.fazhi.inspection.task.InspectionTask;
import org.fazhi.inspection.task.TaskStatus;
import org.fazhi.inspection.task.Tasks;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.NotFound;
import org.fazhi.platform.StaleEdit;
import org.fazhi.platform.files.FileOwner;
import org.fazhi.platform.files.StoredFilesOnDisk;
import org.fazhi.platform.files.Upload;
import org.fazhi.shared.RuleViolation;
import org.fazhi.shared.Sm3;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fazhi.registry.RegistryTestData.supervisor;
import static org.fazhi.registry.RegistryTestData.user;

/** 检查表单 on PostgreSQL: recording point by point, who may record what, the conclusion rule, photos on disk. */
@FazhiIntegrationTest
public class InspectionFormIntegrationTests {

    @Autowired InspectionTestData data;
    @Autowired CheckRecords records;
    @Autowired Tasks tasks;
    @Autowired JdbcClient jdbc;
    @Autowired StoredFilesOnDisk disk;

    @Test
    void everyPointIsRecordedBeforeConcludingAndTheConclusionCitesTheNonconformingOne() {
        Inspecting market = data.agency("表单办结局", 2);
        List<CheckPoint> points = data.checklist(market, "许可证件", "进货查验记录", "贮存条件");
        InspectionTask task = data.approvedTask(market, data.enterprise(false));
        SignedInUser officer = user(Role.OFFICER, market.agency().id());

        records.record(officer, task.id(), points.get(0).id(), new Entry(CheckOutcome.CONFORMS, null, null), List.of());
        assertThatThrownBy(() -> records.record(officer, task.id(), points.get(1).id(),
                new Entry(CheckOutcome.NONCONFORMING, " ", null), List.of()))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("inspection.checklist.note.required");
        records.record(officer, task.id(), points.get(1).id(),
                new Entry(CheckOutcome.NONCONFORMING, "进货查验记录缺少供货者许可证复印件", null), List.of());
        InspectionTask current = tasks.get(officer, task.id());
        assertThatThrownBy(() -> tasks.conclude(officer, task.id(), current.version(), InspectionResult.RECTIFICATION,
                LocalDate.now().plusDays(15), null))
                .isInstanceOf(RuleViolation.class).hasMessage("inspection.checklist.conclude.incomplete");

        records.record(officer, task.id(), points.get(2).id(), new Entry(CheckOutcome.NOT_APPLICABLE, null, null),
                List.of());
        assertThatThrownBy(() -> tasks.conclude(officer, task.id(), current.version(), InspectionResult.NO_PROBLEM,
                null, "未发现问题"))
                .isInstanceOf(RuleViolation.class).hasMessage("inspection.checklist.conclude.nonconforming");
        InspectionTask concluded = tasks.conclude(officer, task.id(), current.version(),
                InspectionResult.RECTIFICATION, LocalDate.now().plusDays(15), "责令限期补齐进货查验记录");

        assertThat(concluded.status()).isEqualTo(TaskStatus.CONCLUDED);
        assertThat(records.form(concluded).entries()).extracting(entry -> entry.record().cited())
                .containsExactly(false, true, false);
        assertThatThrownBy(() -> records.record(officer, task.id(), points.get(0).id(),
                new Entry(CheckOutcome.NONCONFORMING, "补记", 0), List.of()))
                .isInstanceOf(RuleViolation.class).hasMessage("inspection.checklist.not-open");
    }

    @Test
    void eachAgencyOfAJointVisitRecordsOnlyItsOwnPointsAndOthersOnlyRead() {
        Inspecting market = data.agency("联合表单甲局", 2);
        Inspecting fire = data.agency("联合表单乙局", 2);
        Inspecting stranger = data.agency("联合表单丙局", 2);
        CheckPoint licence = data.checklist(market, "许可证件", "进货查验记录").get(0);
        CheckPoint exits = data.checklist(fire, "疏散通道", "消防设施").get(0);
        InspectionTask joint = data.jointVisit(market, fire, data.enterprise(false));

        assertThat(records.form(joint).agencies()).extracting(section -> section.agencyId())
                .containsExactly(market.agency().id(), fire.agency().id());
        SignedInUser marketOfficer = user(Role.OFFICER, market.agency().id());
        assertThatThrownBy(() -> records.record(marketOfficer, joint.id(), exits.id(),
                new Entry(CheckOutcome.CONFORMS, null, null), List.of())).isInstanceOf(AccessDeniedException.class);
        records.record(user(Role.AGENCY_ADMIN, fire.agency().id()), joint.id(), exits.id(),
                new Entry(CheckOutcome.CONFORMS, null, null), List.of());
        records.record(marketOfficer, joint.id(), licence.id(), new Entry(CheckOutcome.CONFORMS, null, null),
                List.of());
        assertThatThrownBy(() -> records.record(user(Role.OFFICER, stranger.agency().id()), joint.id(), licence.id(),
                new Entry(CheckOutcome.CONFORMS, null, null), List.of())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> records.record(supervisor(), joint.id(), licence.id(),
                new Entry(CheckOutcome.CONFORMS, null, 0), List.of())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> records.record(user(Role.LEADER, null), joint.id(), licence.id(),
                new Entry(CheckOutcome.CONFORMS, null, 0), List.of())).isInstanceOf(AccessDeniedException.class);

        assertThat(records.form(records.task(supervisor(), joint.id())).recordedCount()).isEqualTo(2);
        assertThat(jdbc.sql("select agency_id from inspection.check_record where task_id = ? order by agency_id")
                .param(joint.id()).query(Long.class).list())
                .containsExactlyInAnyOrder(market.agency().id(), fire.agency().id());
    }

    @Test
    void aRecordChangedMeanwhileIsNotOverwritten() {
        Inspecting market = data.agency("表单并发局", 2);
        CheckPoint point = data.checklist(market, "许可证件").get(0);
        InspectionTask task = data.approvedTask(market, data.enterprise(false));
        SignedInUser officer = user(Role.OFFICER, market.agency().id());
        CheckRecord first = records.record(officer, task.id(), point.id(), new Entry(CheckOutcome.CONFORMS, null, null),
                List.of());

        assertThatThrownBy(() -> records.record(officer, task.id(), point.id(),
                new Entry(CheckOutcome.NOT_APPLICABLE, null, null), List.of())).isInstanceOf(StaleEdit.class);
        records.record(officer, task.id(), point.id(), new Entry(CheckOutcome.NONCONFORMING, "许可证过期", first.version()),
                List.of());
        assertThatThrownBy(() -> records.record(officer, task.id(), point.id(),
                new Entry(CheckOutcome.CONFORMS, null, first.version()), List.of())).isInstanceOf(StaleEdit.class);
    }

    @Test
    void photosAreKnownByTheirBytesStoredOutsideTheDatabaseAndCheckedAgainstTheirDigest() throws Exception {
        Inspecting market = data.agency("表单照片局", 2);
        CheckPoint point = data.checklist(market, "贮存条件").get(0);
        InspectionTask task = data.approvedTask(market, data.enterprise(false));
        SignedInUser officer = user(Role.OFFICER, market.agency().id());
        byte[] html = "<html><body><script>alert(document.cookie)</script></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0};

        assertThatThrownBy(() -> records.record(officer, task.id(), point.id(),
                new Entry(CheckOutcome.NONCONFORMING, "冷库温度过高", null),
                List.of(Upload.of("现场.jpg", html), Upload.of("冷库.png", exe))))
                .isInstanceOf(InvalidInput.class).satisfies(invalid -> assertThat(((InvalidInput) invalid).problems())
                        .extracting(InvalidInput.FieldProblem::messageKey)
                        .containsExactly("inspection.checklist.photo.type", "inspection.checklist.photo.type"));
        assertThat(records.form(task).recordedCount()).as("nothing of a refused entry is kept").isZero();
        assertThatThrownBy(() -> records.record(officer, task.id(), point.id(),
                new Entry(CheckOutcome.NONCONFORMING, "冷库温度过高", null),
                List.of(Upload.of("冷库.png", png()), Upload.of("现场.jpg", html)))).isInstanceOf(InvalidInput.class);
        assertThat(disk.folderOf(FileOwner.of("inspection.task", task.id(), task.county())))
                .as("the good photo of a refused entry is not left behind").isEmptyDirectory();

        byte[] png = png();
        CheckRecord recorded = records.record(officer, task.id(), point.id(),
                new Entry(CheckOutcome.NONCONFORMING, "冷库温度过高", null),
                List.of(Upload.of("冷库.html", png)));
        CheckPhoto photo = recorded.photos().get(0);
        assertThat(photo.mediaType()).isEqualTo("image/png");
        assertThat(photo.sm3()).isEqualTo(Sm3.hex(Sm3.digest(png)));
        long stored = jdbc.sql("select file_id from inspection.check_photo where id = ?").param(photo.id())
                .query(Long.class).single();
        Path file = disk.pathOf(stored);
        assertThat(disk.relativePathOf(stored)).startsWith("inspection.task/" + task.county().value() + "/" + task.id()
                + "/").endsWith(".png").doesNotContain("冷库");
        assertThat(Files.readAllBytes(file)).isEqualTo(png);
        assertThat(records.photo(supervisor(), task.id(), photo.id()).bytes()).isEqualTo(png);

        byte[] altered = png.clone();
        altered[altered.length - 1] ^= 1;
        Files.write(file, altered);
        assertThatThrownBy(() -> records.photo(officer, task.id(), photo.id()))
                .isInstanceOf(RuleViolation.class).hasMessage("files.altered");
        assertThatThrownBy(() -> records.photo(user(Role.OFFICER, data.agency("表单照片他局", 2).agency().id()),
                task.id(), photo.id())).isInstanceOf(NotFound.class);
    }

    public static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(16, 12, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 4, 0xCC3333);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
