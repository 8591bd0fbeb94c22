package org.fazhi.platform.files;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Names are kept for people: no folders, no quotes or control characters, ending in what the file really is. */
class FileNamesTests {

    @Test
    void namesKeepNoFolderAndEndInTheRealKind() {
        assertThat(FileNames.ofKind(FileNames.withoutFolder("../../etc/passwd"), FileKind.PDF)).isEqualTo("passwd.pdf");
        assertThat(FileNames.ofKind(FileNames.withoutFolder("C:\\Users\\法制股\\2027年度检查计划.DOCX"), FileKind.DOCX))
                .isEqualTo("2027年度检查计划.docx");
        assertThat(FileNames.ofKind("现场.exe", FileKind.JPEG)).isEqualTo("现场.jpg");
        assertThat(FileNames.ofKind(FileNames.withoutFolder("a\"b\r\n.png"), FileKind.PNG)).isEqualTo("ab.png");
        assertThat(FileNames.ofKind("", FileKind.MP4)).isEqualTo("file.mp4");
        assertThat(FileNames.ofKind(".htaccess", FileKind.PDF)).isEqualTo(".htaccess.pdf");
        assertThat(FileNames.ofKind("长".repeat(300) + ".wav", FileKind.WAV)).hasSize(104);
    }
}
