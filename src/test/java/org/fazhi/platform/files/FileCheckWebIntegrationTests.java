package org.fazhi.platform.files;

import java.nio.file.Files;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.identity.SignedInUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.fazhi.registry.RegistryTestData.admin;
import static org.fazhi.registry.RegistryTestData.supervisor;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The check of all stored files, for administrators only: on the audit page and at {@code /actuator/files}. */
@FazhiIntegrationTest
class FileCheckWebIntegrationTests {

    @Autowired StoredFiles files;
    @Autowired StoredFilesOnDisk disk;
    @Autowired MockMvc mvc;

    @Test
    void administratorsSeeAlteredFilesOnTheAuditPageAndTheEndpoint() throws Exception {
        StoredFile stored = files.store(StoredFilesIntegrationTests.newOwner(), Upload.of("现场照片.png",
                SampleFiles.png()), StoredFilesIntegrationTests.EVIDENCE, "officer1");
        Files.write(disk.pathOf(stored.id()), SampleFiles.jpeg());

        mvc.perform(get("/admin/audit").with(as(admin())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"verify-files\"")));
        mvc.perform(post("/admin/audit/files").with(as(admin())).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("缺失或被改动")))
                .andExpect(content().string(containsString("现场照片.png")))
                .andExpect(content().string(containsString("内容被改动（SM3 摘要不符）")));
        mvc.perform(get("/actuator/files").with(as(admin())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(false))
                .andExpect(jsonPath("$.mismatches[*].file.id").value(hasItem((int) stored.id())));
    }

    @Test
    void othersMayNotRunTheCheck() throws Exception {
        mvc.perform(post("/admin/audit/files").with(as(supervisor())).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/files").with(as(supervisor()))).andExpect(status().isForbidden());
    }

    private static RequestPostProcessor as(SignedInUser signedIn) {
        return user(signedIn);
    }
}
