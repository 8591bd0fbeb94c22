package org.fazhi.browser;

import java.time.LocalDate;

import org.fazhi.disclosure.DisclosureTestData;
import org.fazhi.disclosure.DisclosureTestData.Decided;
import org.fazhi.identity.Accounts;
import org.fazhi.identity.NewAccount;
import org.fazhi.identity.Role;
import org.fazhi.registry.RegistryTestData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 执法决定实时推送 in a real browser: a supervisor keeps the live page open (reached from the navigation) while a
 * decision is made and its legal office publishes it; both appear on the page without a reload.
 */
class LiveBrowserTests extends BrowserTest {

    @Autowired DisclosureTestData data;
    @Autowired Accounts accounts;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    @Test
    void aSupervisorSeesADecisionAndItsPublicationArriveWithoutReloading() throws Exception {
        String supervisor = "livesup" + RegistryTestData.suffix();
        accounts.open(new NewAccount(supervisor, "Demo@2026", "监督科", Role.SUPERVISOR, RegistryTestData.COUNTY, null,
                null, false));
        logIn(supervisor);
        open("/");
        browser.findElement(By.linkText("执法决定实时推送")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("live-status"), "data-state", "connected"));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("document.body.dataset.marker = 'same page'");

        Decided d = data.decidedOn("浏览推送局", LocalDate.of(2026, 11, 2), "2000");
        long id = jdbc.sql("select id from disclosure.publication where case_id = ?").param(d.caseId())
                .query(Long.class).single();
        String number = jdbc.sql("select decision_number from disclosure.publication where id = ?").param(id)
                .query(String.class).single();
        assertThat(waitFor(By.cssSelector("#live-list li[data-kind=decided]")).getText()).contains(number);
        mvc.perform(post("/api/v1/disclosure/publications/" + id + "/publish").with(user(d.handling().head()))
                .with(csrf())).andExpect(status().isOk());

        assertThat(waitFor(By.cssSelector("#live-list li[data-kind=published]")).getText()).contains(number, "公开");
        assertThat(browser.findElement(By.cssSelector("#live-list li:first-child")).getAttribute("data-kind"))
                .isEqualTo("published");
        assertThat(browser.findElement(By.id("live-empty")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.tagName("body")).getAttribute("data-marker")).isEqualTo("same page");
        screenshot("disclosure-live");
    }
}
