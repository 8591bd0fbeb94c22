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
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The legal office reviews a decision's publication in a real browser: finds it overdue in its list, sees the
 * person's name marked, hides one more fragment and shows it again, publishes, and withdraws it with a reason.
 */
class DisclosureBrowserTests extends BrowserTest {

    @Autowired DisclosureTestData data;
    @Autowired Accounts accounts;
    @Autowired JdbcClient jdbc;

    @Test
    void theLegalOfficeReviewsPublishesAndWithdrawsADecision() throws Exception {
        Decided d = data.decidedOn("浏览公示局", LocalDate.of(2026, 9, 29), "2000");
        String number = jdbc.sql("select decision_number from disclosure.publication where case_id = ?")
                .param(d.caseId()).query(String.class).single();
        String legal = "publegal" + RegistryTestData.suffix();
        accounts.open(new NewAccount(legal, "Demo@2026", "法制科长", Role.AGENCY_ADMIN, RegistryTestData.COUNTY,
                d.handling().agencyId(), null, false), null);

        logIn(legal);
        open("/disclosure/publications?overdue=true");
        WebElement link = waitFor(By.linkText(number));
        link.click();
        waitUntilGone(link);
        WebElement text = waitFor(By.id("published-text"));
        assertThat(text.getText()).contains("欧阳某某").doesNotContain(DisclosureTestData.PERSON)
                .doesNotContain(DisclosureTestData.PHONE);
        assertThat(browser.findElements(By.cssSelector("#published-text mark[data-kind=PERSON_NAME]"))).isNotEmpty();
        assertThat(browser.findElement(By.id("spans")).getText()).contains("自然人姓名", DisclosureTestData.PERSON);
        screenshot("disclosure-review");

        browser.findElement(By.cssSelector("#add-span input[name=fragment]")).sendKeys("食品经营许可证");
        submit(By.cssSelector("#add-span button"));
        assertThat(waitFor(By.id("published-text")).getText()).doesNotContain("食品经营许可证");
        submit(By.cssSelector("#spans tr[data-kind=OTHER] button"));
        assertThat(waitFor(By.id("published-text")).getText()).contains("食品经营许可证");

        submit(By.id("publish"));
        assertThat(waitFor(By.id("publication-state")).getText()).isEqualTo("已公示");
        assertThat(browser.findElements(By.id("add-span"))).isEmpty();

        submit(By.cssSelector("#withdraw button"));
        assertThat(waitFor(By.id("flash-error")).getText()).contains("撤回理由");
        browser.findElement(By.cssSelector("#withdraw input[name=reason]")).sendKeys("原处罚决定已被复议机关撤销");
        submit(By.cssSelector("#withdraw button"));
        assertThat(waitFor(By.id("publication-state")).getText()).isEqualTo("已撤回");
        assertThat(browser.findElement(By.id("withdrawal-reason")).getText()).isEqualTo("原处罚决定已被复议机关撤销");
    }

    private void submit(By button) {
        WebElement element = waitFor(button);
        element.click();
        waitUntilGone(element);
    }
}
