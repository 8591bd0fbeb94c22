package org.fazhi.browser;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.fazhi.TestClock;
import org.fazhi.identity.Accounts;
import org.fazhi.identity.NewAccount;
import org.fazhi.identity.Role;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.registry.agency.Agency;
import org.fazhi.supervision.review.ReviewChecklist;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A supervisor starts a case-file review campaign over the demo county's closed cases and draws it once the
 * public value exists; a reviewer of another agency scores the file assigned to him; the campaign shows the average.
 */
class ReviewBrowserTests extends BrowserTest {

    @Autowired Accounts accounts;
    @Autowired RegistryTestData registry;
    @Autowired TestClock clock;
    @Autowired JdbcClient jdbc;

    @Test
    void aSupervisorDrawsAndAReviewerScoresAFile() throws Exception {
        long agencyWithFiles = jdbc.sql("""
                        select agency_id from casework.penalty_case where region_code like '410425%'
                        and state in ('CLOSED', 'ARCHIVED') group by agency_id order by count(*) desc limit 1""")
                .query(Long.class).single();
        Agency outside = registry.agency("评查浏览局");
        long officer = registry.officer(outside, "评查员丙").id();
        String supervisor = "revsup" + RegistryTestData.suffix();
        String reviewer = "revofc" + RegistryTestData.suffix();
        accounts.open(new NewAccount(supervisor, "Demo@2026", "监督科员", Role.SUPERVISOR, RegistryTestData.COUNTY,
                null, null, false));
        accounts.open(new NewAccount(reviewer, "Demo@2026", "评查员丙", Role.OFFICER, RegistryTestData.COUNTY,
                outside.id(), null, false), officer);

        logIn(supervisor);
        String readingAt = LocalDateTime.now(clock).minusMinutes(5).withSecond(0).withNano(0)
                .format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
        clock.earlierBy(Duration.ofMinutes(30), () -> {
            open("/supervision/reviews/new");
            waitFor(By.id("name")).sendKeys("浏览器评查活动");
            browser.findElement(By.id("year")).sendKeys(Integer.toString(LocalDate.now().getYear()));
            setValue(By.id("periodFrom"), LocalDate.now().minusYears(2).toString());
            setValue(By.id("periodTo"), LocalDate.now().toString());
            browser.findElement(By.cssSelector("input[name=agencyIds][value='" + agencyWithFiles + "']")).click();
            browser.findElement(By.id("sampleValue")).sendKeys("1");
            browser.findElement(By.cssSelector("#randomnessSource option[value='公开抽签会']")).click();
            setValue(By.id("readingAt"), readingAt);
            WebElement announce = browser.findElement(By.id("announce"));
            announce.click();
            waitUntilGone(announce);
            return null;
        });
        assertThat(waitFor(By.id("campaign-state")).getText()).isEqualTo("已发布，待抽取");

        waitFor(By.id("publicValue")).sendKeys("40417362");
        browser.findElement(By.id("witnesses")).sendKeys("张三、李四");
        click(By.id("draw"));
        assertThat(waitFor(By.id("campaign-state")).getText()).isEqualTo("评查中");
        waitFor(By.id("officerId")).sendKeys(Long.toString(officer));
        click(By.id("name-reviewer"));
        click(By.id("assign-in-turn"));
        assertThat(waitFor(By.id("review-files")).getText()).contains("评查员丙");
        String campaignPath = new java.net.URI(browser.getCurrentUrl()).getPath();

        logIn(reviewer);
        open(campaignPath);
        click(By.cssSelector("a.score-link"));
        ReviewChecklist.defaults().parts().forEach(part -> part.items().forEach(item -> waitFor(
                By.id("points-" + item.code())).sendKeys(Integer.toString(
                item.code().equals("P1") ? item.points() - 4 : item.points()))));
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("problem-item-0"))).selectByValue("P1");
        browser.findElement(By.id("problem-text-0")).sendKeys("调查终结超过法定期限");
        click(By.id("submit-scores"));

        WebElement average = waitFor(By.cssSelector("#review-files td.average"));
        assertThat(average.getText()).contains("96.0").contains("优秀案卷");
        assertThat(browser.findElement(By.id("review-files")).getText()).contains("调查终结超过法定期限");
        screenshot("review-campaign");
    }

    private void setValue(By field, String value) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", waitFor(field), value);
    }

    private void click(By button) {
        WebElement element = waitFor(button);
        element.click();
        waitUntilGone(element);
    }
}
