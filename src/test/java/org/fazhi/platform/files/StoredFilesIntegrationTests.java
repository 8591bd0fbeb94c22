package org.fazhi.platform.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.inspection.PlanFilingFiles;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.NotFound;
import org.fazhi.platform.files.FileCheck.Mismatch;
import org.fazhi.platform.files.FileCheck.Problem;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.shared.RegionCode;
import org.fazhi.shared.RuleViolation;
import org.fazhi.shared.Sm3;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The file store on the real database and disk: what it keeps, what it refuses, and what it finds changed. */
@FazhiIntegrationTest
class StoredFilesIntegrationTests {

    static final String OWNER_TYPE = "test.evidence";
    static final Acceptance EVIDENCE = Acceptance.anyKind("evidence");
    static final Acceptance PHOTOS = Acceptance.of("photos", "inspection.checklist.photo", FileKind.JPEG,
            FileKind.PNG);
    private static final AtomicLong OWNERS = new AtomicLong(System.nanoTime());

    @Autowired StoredFiles files;
    @Autowired StoredFilesOnDisk disk;
    @Autowired RegistryTestData data;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transaction;

    @Test
    void keepsTheBytesInTheOwnersFolderUnderARandomNameWithTheirDigestAndReadsThemBack() throws IOException {
        FileOwner owner = newOwner();
        byte[] png = SampleFiles.png();

        StoredFile stored = files.store(owner, Upload.of("C:\\现场\\冷库.jpg", png), EVIDENCE, "officer1");

        assertThat(stored.kind()).isEqualTo(FileKind.PNG);
        assertThat(stored.name()).isEqualTo("冷库.png");
        assertThat(stored.sizeBytes()).isEqualTo(png.length);
        assertThat(stored.sm3()).isEqualTo(Sm3.hex(Sm3.digest(png)));
        assertThat(stored.storedBy()).isEqualTo("officer1");
        Path file = disk.pathOf(stored.id());
        assertThat(file.getParent()).isEqualTo(disk.folderOf(owner));
        assertThat(file.getFileName().toString()).doesNotContain("冷库").endsWith(".png");
        assertThat(Files.readAllBytes(file)).isEqualTo(png);
        assertThat(filesIn(owner)).containsExactly(file);
        assertThat(files.read(OWNER_TYPE, stored.id()).bytes()).isEqualTo(png);
        assertThat(files.ofOwner(owner)).containsExactly(stored);
        assertThat(data.auditTrail("platform.stored_file", stored.id())).containsExactly("FILE_STORED:owner="
                + OWNER_TYPE + "/" + owner.id() + ",kind=PNG,size=" + png.length + ",sm3=" + stored.sm3());
    }

    @Test
    void everyKindIsKeptAsWhatItsBytesAre() {
        FileOwner owner = newOwner();
        assertThat(Stream.of(SampleFiles.jpeg(), PlanFilingFiles.pdf(), SampleFiles.doc(),
                        PlanFilingFiles.docx("勘验笔录"), SampleFiles.mp3Frame(), SampleFiles.isoMedia("M4A "),
                        SampleFiles.amr(), SampleFiles.isoMedia("mp42"))
                .map(bytes -> files.store(owner, Upload.of("证据", bytes), EVIDENCE, "officer1").kind()))
                .containsExactly(FileKind.JPEG, FileKind.PDF, FileKind.DOC, FileKind.DOCX, FileKind.MP3, FileKind.M4A,
                        FileKind.AMR, FileKind.MP4);
    }

    @Test
    void renamedPagesAndProgramsAreRefusedInTheOwnersWordsAndNothingIsKept() {
        FileOwner owner = newOwner();

        assertThatThrownBy(() -> files.store(owner, Upload.of("现场.jpg", SampleFiles.html()), PHOTOS, "officer1"))
                .isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.problems()).containsExactly(
                        InvalidInput.FieldProblem.of("photos", "inspection.checklist.photo.type", "现场.jpg",
                                "JPEG、PNG")));
        assertThatThrownBy(() -> files.store(owner, Upload.of("现场.png", SampleFiles.exe()), PHOTOS, "officer1"))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> files.store(owner, Upload.of("现场.png", PlanFilingFiles.pdf()), PHOTOS, "officer1"))
                .as("a kind the owner does not take").isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> files.store(owner, Upload.of("笔录.pdf", SampleFiles.html()), EVIDENCE, "officer1"))
                .isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.problems().get(0))
                        .extracting(InvalidInput.FieldProblem::field, InvalidInput.FieldProblem::messageKey)
                        .containsExactly("evidence", "files.type"));
        assertThatThrownBy(() -> files.store(owner, Upload.of("空.png", new byte[0]), EVIDENCE, "officer1"))
                .isInstanceOf(InvalidInput.class);
        assertThat(files.ofOwner(owner)).isEmpty();
        assertThat(filesIn(owner)).isEmpty();
    }

    @Test
    void filesOverTheOwnersLimitOrTheStoresAreRefusedWithoutLeavingAPart() {
        FileOwner owner = newOwner();
        byte[] png = SampleFiles.png();
        byte[] huge = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(SampleFiles.jpeg(), 0, huge, 0, 16);

        assertThatThrownBy(() -> files.store(owner, Upload.of("冷库.png", png), PHOTOS.atMost(png.length - 1),
                "officer1")).isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.problems())
                .containsExactly(InvalidInput.FieldProblem.of("photos", "inspection.checklist.photo.too-large",
                        "冷库.png", 1L)));
        assertThatThrownBy(() -> files.store(owner, Upload.of("大.jpg", huge), EVIDENCE, "officer1"))
                .as("fazhi.files.max-image is 10 MB").isInstanceOfSatisfying(InvalidInput.class, refused ->
                        assertThat(refused.problems()).containsExactly(InvalidInput.FieldProblem.of("evidence",
                                "files.too-large", "大.jpg", 10L)));
        assertThat(files.store(owner, Upload.of("冷库.png", png), PHOTOS.atMost(png.length), "officer1").sizeBytes())
                .isEqualTo(png.length);
        assertThat(filesIn(owner)).hasSize(1);
    }

    @Test
    void aFileIsReadOnlyAsAFileOfItsOwnerType() {
        StoredFile stored = files.store(newOwner(), Upload.of("a.pdf", PlanFilingFiles.pdf()), EVIDENCE, "officer1");

        assertThatThrownBy(() -> files.read("inspection.task", stored.id())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> files.read(OWNER_TYPE, Long.MAX_VALUE)).isInstanceOf(NotFound.class);
    }

    @Test
    void aTransactionThatRollsBackTakesItsFilesWithIt() {
        FileOwner owner = newOwner();
        AtomicReference<Path> written = new AtomicReference<>();

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            StoredFile stored = files.store(owner, Upload.of("笔录.docx", PlanFilingFiles.docx("询问笔录")), EVIDENCE,
                    "officer1");
            written.set(disk.pathOf(stored.id()));
            assertThat(written.get()).exists();
            throw new IllegalStateException("the case could not be saved");
        })).hasMessage("the case could not be saved");

        assertThat(written.get()).doesNotExist();
        assertThat(files.ofOwner(owner)).isEmpty();
        assertThat(filesIn(owner)).isEmpty();
        StoredFile kept = transaction.execute(status -> files.store(owner, Upload.of("照片.jpg", SampleFiles.jpeg()),
                EVIDENCE, "officer1"));
        assertThat(disk.pathOf(kept.id())).exists();
    }

    @Test
    void anAlteredOrMissingFileIsRefusedReportedAndListedByTheCheck() throws IOException {
        FileOwner owner = newOwner();
        StoredFile altered = files.store(owner, Upload.of("现场.jpg", SampleFiles.jpeg()), EVIDENCE, "officer1");
        StoredFile missing = files.store(owner, Upload.of("录音.amr", SampleFiles.amr()), EVIDENCE, "officer1");
        StoredFile intact = files.store(owner, Upload.of("决定.pdf", PlanFilingFiles.pdf()), EVIDENCE, "officer1");
        byte[] changed = Files.readAllBytes(disk.pathOf(altered.id()));
        changed[changed.length - 1] ^= 1;
        Files.write(disk.pathOf(altered.id()), changed);
        Files.delete(disk.pathOf(missing.id()));

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> files.read(OWNER_TYPE, altered.id())))
                .isInstanceOfSatisfying(RuleViolation.class, refused -> assertThat(refused.messageKey())
                        .isEqualTo("files.altered"));
        assertThatThrownBy(() -> files.read(OWNER_TYPE, missing.id())).isInstanceOf(RuleViolation.class)
                .hasMessage("files.missing");
        assertThat(data.auditTrail("platform.stored_file", altered.id())).as("reported, although the reading "
                + "transaction rolled back").endsWith("FILE_ALTERED:owner=" + OWNER_TYPE + "/" + owner.id()
                + ",problem=ALTERED");
        assertThat(data.auditTrail("platform.stored_file", missing.id())).last().asString().endsWith("MISSING");
        assertThat(files.read(OWNER_TYPE, intact.id()).bytes()).isEqualTo(PlanFilingFiles.pdf());

        FileCheck ofType = files.verify(OWNER_TYPE);
        assertThat(ofType.intact()).isFalse();
        assertThat(ofType.mismatches()).contains(new Mismatch(altered, Problem.ALTERED),
                new Mismatch(missing, Problem.MISSING));
        assertThat(ofType.mismatches()).extracting(mismatch -> mismatch.file().id()).doesNotContain(intact.id());
        FileCheck all = files.verify();
        assertThat(all.checked()).isGreaterThan(ofType.checked());
        assertThat(all.mismatches()).containsAll(ofType.mismatches());
        assertThat(OfflineFileVerification.report(all)).contains("被改动 文件 " + altered.id())
                .contains("缺失 文件 " + missing.id()).contains(altered.sm3());
    }

    static FileOwner newOwner() {
        return FileOwner.of(OWNER_TYPE, OWNERS.incrementAndGet(), RegionCode.of("410425"));
    }

    private List<Path> filesIn(FileOwner owner) {
        Path folder = disk.folderOf(owner);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> listed = Files.list(folder)) {
            return listed.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
