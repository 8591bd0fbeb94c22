package org.fazhi.platform.files;

import java.time.Instant;
import java.util.List;

import org.fazhi.shared.RegionCode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What {@code --verify-files} prints: the count when all is well, else each missing or altered file. */
class OfflineFileVerificationTests {

    @Test
    void reportsTheCountOrEveryMismatch() {
        StoredFile file = new StoredFile(42, "casework.case", "7", RegionCode.of("410425"), "现场.jpg", FileKind.JPEG,
                10, "a".repeat(64), Instant.now(), "officer");

        assertThat(OfflineFileVerification.report(new FileCheck(3, List.of()))).isEqualTo("文件完整：已校验 3 个文件");
        assertThat(OfflineFileVerification.report(new FileCheck(3, List.of(new FileCheck.Mismatch(file,
                FileCheck.Problem.MISSING))))).startsWith("发现 1 个文件缺失或被改动（共校验 3 个）：")
                .contains("缺失 文件 42（casework.case 7，现场.jpg，SM3 " + "a".repeat(64) + "）");
    }
}
