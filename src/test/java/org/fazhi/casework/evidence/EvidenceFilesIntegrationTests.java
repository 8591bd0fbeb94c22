package org.fazhi.casework.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Arrays;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.casework.CaseworkTestData;
import org.fazhi.casework.CaseworkTestData.Handling;
import org.fazhi.casework.casefile.PenaltyCases;
import org.fazhi.casework.casefile.Timeline;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.files.FileCheck;
import org.fazhi.platform.files.FileKind;
import org.fazhi.platform.files.SampleFiles;
import org.fazhi.platform.files.StoredFiles;
import org.fazhi.platform.files.StoredFilesOnDisk;
import org.fazhi.platform.files.Upload;
import org.fazhi.shared.RuleViolation;
import org.fazhi.shared.Sm3;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Evidence files in the shared store, on disk: kept with their digest, refused by their bytes, found when altered. */
@FazhiIntegrationTest
class EvidenceFilesIntegrationTests {

    @Autowired CaseworkTestData data;
    @Autowired EvidenceFiles files;
    @Autowired EvidenceSection section;
    @Autowired StoredFiles store;
    @Autowired StoredFilesOnDisk disk;
    @Autowired PenaltyCases cases;
    @Autowired Timeline timeline;
    @Autowired JdbcClient jdbc;

    @Test
    void aPhotoIsEvidenceWithItsDigestInTheCaseTheTimelineAndTheAuditTrail() throws Exception {
        Handling h = data.agency("证据照片局");
        long id = data.filed(h);
        byte[] photo = SampleFiles.jpeg();

        EvidenceFile kept = files.add(h.officer(), id, data.next(id), new EvidenceFiles.FileInput(null,
                "店内货架照片", "货架上的预包装食品"), Upload.of("IMG_0001.JPG", photo)).file();

        assertThat(kept.file().kind()).isEqualTo(FileKind.JPEG);
        assertThat(kept.file().sm3()).isEqualTo(Sm3.hex(Sm3.digest(photo)));
        assertThat(kept.file().ownerType()).isEqualTo("casework.case");
        assertThat(kept.file().ownerId()).isEqualTo(String.valueOf(id));
        assertThat(kept.evidenceKind()).isEqualTo(EvidenceKind.AUDIO_VISUAL);
        assertThat(Files.readAllBytes(disk.pathOf(kept.file().id()))).isEqualTo(photo);
        assertThat(cases.get(h.officer(), id).evidence()).singleElement()
                .satisfies(piece -> assertThat(piece.title()).isEqualTo("店内货架照片"));
        assertThat(timeline.of(id)).last().satisfies(entry -> {
            assertThat(entry.transition().name()).isEqualTo("RECORD_EVIDENCE");
            assertThat(entry.detail()).isEqualTo("店内货架照片");
        });
        assertThat(jdbc.sql("select changed_fields from audit.entry where event_type = 'FILE_STORED' and record_id = ?")
                .param(String.valueOf(kept.file().id())).query(String.class).single())
                .contains("sm3=" + kept.file().sm3()).contains("owner=casework.case/" + id);
        assertThat(section.of(h.officer(), id).integrity()).containsEntry(kept.id(), EvidenceFiles.Integrity.INTACT);
        try (var in = files.content(h.officer(), id, kept.id()).content().getInputStream()) {
            assertThat(in.readAllBytes()).isEqualTo(photo);
        }
    }

    @Test
    void aFileWhoseBytesAreNotAllowedIsRefusedWhateverItsNameAndLeavesNothing() {
        Handling h = data.agency("证据类型局");
        long id = data.filed(h);

        for (byte[] bytes : new byte[][] {SampleFiles.html(), SampleFiles.exe(), SampleFiles.doc()}) {
            assertThatThrownBy(() -> files.add(h.officer(), id, data.next(id), new EvidenceFiles.FileInput(null, null,
                    null), Upload.of("现场照片.jpg", bytes)))
                    .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems())
                            .singleElement().satisfies(problem -> {
                                assertThat(problem.field()).isEqualTo("file");
                                assertThat(problem.messageKey()).isEqualTo("casework.evidence.file.type");
                                assertThat(problem.arguments().get(0)).isEqualTo("现场照片.jpg");
                            }));
        }
        assertNothingKept(h, id);
    }

    @Test
    void aPhotoAboveTheLimitIsRefusedAndLeavesNothing() {
        Handling h = data.agency("证据大小局");
        long id = data.filed(h);
        byte[] large = Arrays.copyOf(SampleFiles.jpeg(), 11 * 1024 * 1024);

        assertThatThrownBy(() -> files.add(h.officer(), id, data.next(id), new EvidenceFiles.FileInput(null, null,
                null), Upload.of("大照片.jpg", large)))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems()).singleElement()
                        .satisfies(problem -> {
                            assertThat(problem.messageKey()).isEqualTo("casework.evidence.file.too-large");
                            assertThat(problem.arguments()).containsExactly("大照片.jpg", 10L);
                        }));
        assertNothingKept(h, id);
    }

    @Test
    void aFileAlteredOnDiskIsReportedBesideItRefusedForDownloadAndFoundByTheIntegrityCheck() throws Exception {
        Handling h = data.agency("证据篡改局");
        long id = data.filed(h);
        EvidenceFile kept = files.add(h.officer(), id, data.next(id), new EvidenceFiles.FileInput(
                EvidenceKind.DOCUMENTARY, "营业执照", null), Upload.of("执照.png", SampleFiles.png())).file();
        EvidenceFile other = files.add(h.officer(), id, data.next(id), new EvidenceFiles.FileInput(null, "录音", null),
                Upload.of("询问录音.mp3", SampleFiles.mp3WithTag())).file();

        byte[] altered = SampleFiles.png();
        altered[altered.length - 20] ^= 0x01;
        Files.write(disk.pathOf(kept.file().id()), altered);

        assertThat(section.of(h.officer(), id).integrity())
                .containsEntry(kept.id(), EvidenceFiles.Integrity.ALTERED)
                .containsEntry(other.id(), EvidenceFiles.Integrity.INTACT);
        assertThatThrownBy(() -> files.content(h.officer(), id, kept.id()))
                .isInstanceOfSatisfying(RuleViolation.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("files.altered"));
        assertThat(jdbc.sql("select count(*) from audit.entry where event_type = 'FILE_ALTERED' and record_id = ?")
                .param(String.valueOf(kept.file().id())).query(Integer.class).single()).isEqualTo(1);
        FileCheck check = store.verify("casework.case");
        assertThat(check.mismatches()).filteredOn(mismatch -> mismatch.file().id() == kept.file().id())
                .singleElement().satisfies(mismatch -> assertThat(mismatch.problem())
                        .isEqualTo(FileCheck.Problem.ALTERED));
        assertThat(check.mismatches()).noneMatch(mismatch -> mismatch.file().id() == other.file().id());

        Files.delete(disk.pathOf(other.file().id()));
        assertThat(section.of(h.officer(), id).integrity()).containsEntry(other.id(), EvidenceFiles.Integrity.MISSING);
    }

    /**
     * No evidence and no stored file beyond those the case already had: the documents it issued, once printed, are
     * kept by the file store under the same owner.
     */
    private void assertNothingKept(Handling h, long id) {
        assertThat(files.ofCase(h.officer(), id)).isEmpty();
        assertThat(cases.get(h.officer(), id).evidence()).isEmpty();
        assertThat(storedFilesOf(id)).isEqualTo(issuedDocumentsOf(id));
        java.nio.file.Path folder = disk.folderOf(EvidenceFiles.owner(cases.get(h.officer(), id)));
        if (!Files.exists(folder)) {
            assertThat(issuedDocumentsOf(id)).isZero();
            return;
        }
        try (var kept = Files.list(folder)) {
            assertThat(kept.count()).isEqualTo(issuedDocumentsOf(id));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long storedFilesOf(long id) {
        return jdbc.sql("select count(*) from platform.stored_file where owner_type = 'casework.case' "
                + "and owner_id = ?").param(String.valueOf(id)).query(Long.class).single();
    }

    /** The case's documents printed so far: each has its file under the case (the others have none yet). */
    private long issuedDocumentsOf(long id) {
        return jdbc.sql("select count(*) from casework.case_document where case_id = ? and file_id is not null").param(id)
                .query(Long.class).single();
    }
}
