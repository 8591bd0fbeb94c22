package org.fazhi.platform.spreadsheet;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DiskSharedStringsTests {

    @TempDir
    Path directory;

    private DiskSharedStrings read(String xml) throws Exception {
        return new DiskSharedStrings(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), directory);
    }

    @Test
    void readsPlainRichAndPhoneticStringsInOrder() throws Exception {
        try (DiskSharedStrings strings = read("""
                <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="4" uniqueCount="4">
                  <si><t>郏县恒达建材有限公司</t></si>
                  <si><r><rPr><b/></rPr><t>加粗</t></r><r><t xml:space="preserve"> 与普通</t></r></si>
                  <si><t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh></si>
                  <si><t></t></si>
                </sst>""")) {
            assertThat(strings.getCount()).isEqualTo(4);
            assertThat(strings.getItemAt(0).getString()).isEqualTo("郏县恒达建材有限公司");
            assertThat(strings.getItemAt(1).getString()).isEqualTo("加粗 与普通");
            assertThat(strings.getItemAt(2).getString()).isEqualTo("漢字");
            assertThat(strings.getItemAt(3).getString()).isEmpty();
            assertThatThrownBy(() -> strings.getItemAt(4)).isInstanceOf(IllegalArgumentException.class);
        }
        try (var files = Files.list(directory)) {
            assertThat(files.count()).as("the temporary file is deleted on close").isZero();
        }
    }

    @Test
    void refusesExternalEntities() {
        assertThatThrownBy(() -> read("""
                <?xml version="1.0"?>
                <!DOCTYPE sst [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <sst><si><t>&secret;</t></si></sst>"""))
                .isInstanceOf(java.io.IOException.class);
    }
}
