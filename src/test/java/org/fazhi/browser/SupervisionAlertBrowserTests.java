package org.fazhi.browser;

import java.time.Duration;
import java.time.LocalDate;

import org.fazhi.TestClock;
import org.fazhi.casework.CaseworkTestData;
import org.fazhi.casework.CaseworkTestData.Handling;
import org.fazhi.casework.deadline.DeadlineWatch;
import org.fazhi.identity.Accounts;
import org.fazhi.identity.NewAccount;
import org.fazhi.identity.Role;
import org.fazhi.registry.RegistryTestData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11's walk in a real browser: a supervisor keeps the alert inbox open; a case's decision deadline passes and
 * casework's deadline watch says so (the event the application publishes, which the monitoring reassesses); the
 * new alert appears on the open page without a reload (server-sent events); the supervisor opens it, looks at the
 * case, issues a 监督意见书 from the alert; the agency's legal office finds it in its 待整改 list and answers with
 * measures; the supervisor sees the answer.
 */
class SupervisionAlertBrowserTests extends BrowserTest {

    @Autowired CaseworkTestData casework;
    @Autowired Accounts accounts;
    @Autowired DeadlineWatch watch;
    @Autowired TestClock clock;
    @Autowired JdbcClient jdbc;

    @Test
    void aSupervisorSeesALiveAlertArriveOpensItsCaseAndIssuesAnOpinionThatTheAgencyAnswers() throws Exception {
        Handling h = casework.agency("浏览预警局");
        String supervisor = "alertsup" + RegistryTestData.suffix();
        String legal = "alertlegal" + RegistryTestData.suffix();
        accounts.open(new NewAccount(supervisor, "Demo@2026", "监督科员", Role.SUPERVISOR, RegistryTestData.COUNTY,
                null, null, false), null);
        accounts.open(new NewAccount(legal, "Demo@2026", "法制科长", Role.AGENCY_ADMIN, RegistryTestData.COUNTY,
                h.agencyId(), null, false), null);
        watch.raise(LocalDate.now(clock)); // what the watch had to say before: only this case's deadlines are new below
        long caseId = clock.earlierBy(Duration.ofDays(130), () -> casework.filed(h));
        String code = jdbc.sql("select code from casework.penalty_case where id = ?").param(caseId)
                .query(String.class).single();

        logIn(supervisor);
        open("/supervision/alerts");
        wait.until(ExpectedConditions.attributeToBe(By.id("alerts-live-status"), "data-state", "connected"));
        ((JavascriptExecutor) browser).executeScript("document.body.dataset.marker = 'same page'");
        assertThat(browser.findElements(By.linkText(code))).isEmpty();

        watch.raise(LocalDate.now(clock));

        WebElement arrived = waitFor(By.cssSelector("#alert-list tr.arrived a[href*='/supervision/alerts/']"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.linkText(code)));
        assertThat(browser.findElement(By.tagName("body")).getAttribute("data-marker")).isEqualTo("same page");
        WebElement row = browser.findElement(By.linkText(code)).findElement(By.xpath("./ancestor::tr"));
        assertThat(row.getAttribute("class")).contains("arrived");
        assertThat(row.findElement(By.tagName("td")).getText()).as("the county's day")
                .isEqualTo(LocalDate.now(clock).toString());
        assertThat(row.getText()).contains("案件环节超期", "待处理", h.inspecting().agency().name());
        assertThat(arrived.isDisplayed()).isTrue();
        screenshot("supervision-alert-arrived");

        WebElement link = browser.findElement(By.linkText(code));
        link.click();
        waitUntilGone(link);
        assertThat(waitFor(By.id("alert-summary")).getText()).contains(code, "作出处罚决定");
        String alertUrl = browser.getCurrentUrl();
        click(By.id("open-record"));
        assertThat(heading()).contains(code);
        browser.get(alertUrl);
        click(By.id("issue-opinion"));

        Select agency = new Select(waitFor(By.id("agencyId")));
        assertThat(agency.getFirstSelectedOption().getAttribute("value")).isEqualTo(String.valueOf(h.agencyId()));
        new Select(browser.findElement(By.id("typeCode"))).selectByValue("CONDUCT_PROCEDURE");
        browser.findElement(By.id("description")).sendKeys("案件超过法定期限未作出处罚决定");
        click(By.id("issue-opinion"));
        assertThat(waitFor(By.id("opinion-state")).getText()).isEqualTo("待整改");
        String opinionUrl = browser.getCurrentUrl();
        String number = heading().replace("监督意见书", "").strip();
        screenshot("supervision-alert-opinion-issued");

        logIn(legal);
        open("/");
        click(By.linkText("待整改"));
        WebElement due = waitFor(By.linkText(number));
        assertThat(due.findElement(By.xpath("./ancestor::tr")).getText()).contains("还有");
        screenshot("supervision-opinions-to-answer");
        due.click();
        waitUntilGone(due);
        waitFor(By.id("measures")).sendKeys("已于当日作出处罚决定，并对承办人员进行约谈提醒");
        click(By.id("submit-answer"));
        assertThat(waitFor(By.id("opinion-state")).getText()).isEqualTo("待验收");
        assertThat(browser.findElements(By.id("accept"))).isEmpty();

        logIn(supervisor);
        browser.get(opinionUrl);
        assertThat(waitFor(By.id("rectifications")).getText()).contains("已于当日作出处罚决定");
        assertThat(browser.findElements(By.id("accept"))).hasSize(1);
        screenshot("supervision-alert-opinion-answered");
    }

    private void click(By locator) {
        WebElement element = waitFor(locator);
        element.click();
        waitUntilGone(element);
    }
}
