package org.fazhi.browser;

import java.time.Duration;

import org.fazhi.TestClock;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** 双随机一公开 in a real browser: a legal office drafts a plan, the bureau approves and publishes it, is refused a
 *  draw before the public drawing session, enters the session's value afterwards and draws, and anyone checks the
 *  draw, its secret and its public value on the public page. */
class PlanBrowserTests extends BrowserTest {

    @Autowired TestClock clock;

    @Test
    void aPlanIsDraftedApprovedPublishedDrawnAndVerifiedByThePublic() throws Exception {
        // Two days ago: drafted with the form's default, a public drawing session the next morning; approved and
        // published while that session was still to come, so the draw had to wait.
        String planPage = clock.earlierBy(Duration.ofDays(2), this::draftApproveAndPublish);

        browser.get(planPage);
        assertThat(waitFor(By.id("value-form")).getText()).contains("8 位数字");
        browser.findElement(By.id("public-value")).sendKeys("40417362");
        browser.findElement(By.id("witnesses")).sendKeys("王见证、李见证");
        browser.findElement(By.id("draw")).click();
        acceptConfirmIfAny();
        assertThat(waitFor(By.id("plan-status")).getText()).isEqualTo("已抽取");
        assertThat(waitFor(By.id("draw-result")).getText()).contains("执法证");
        assertThat(browser.findElement(By.id("draw-public-value")).getText()).isEqualTo("40417362");
        assertThat(browser.findElement(By.id("draw-witnesses")).getText()).isEqualTo("王见证、李见证");
        screenshot("plan-drawn");

        browser.manage().deleteAllCookies();
        browser.get(planPage.replace("/inspection/plans/", "/public/inspection/plans/"));
        assertThat(waitFor(By.id("draw-secret")).getText()).matches("[0-9a-f]{64}");
        waitFor(By.id("verify-link")).click();
        assertThat(waitFor(By.id("verification-result")).getText()).contains("核验一致");
        assertThat(browser.findElement(By.id("commitment-check")).getText()).isEqualTo("相符");
        assertThat(browser.findElement(By.id("combination-check")).getText()).isEqualTo("相符");
        screenshot("draw-verified");
        open("/public/inspection/plans");
        assertThat(waitFor(By.id("cancellations")).getText()).contains("撤销原因");
        screenshot("public-plans");
    }

    private String draftApproveAndPublish() {
        logIn("agency");
        open("/inspection/plans/new");
        String name = "市场监管双随机抽查" + System.nanoTime() % 100_000;
        browser.findElement(By.id("name")).sendKeys(name);
        new Select(browser.findElement(By.id("itemIds"))).selectByIndex(0);
        shoot("plan-form");
        browser.findElement(By.cssSelector("#plan-form button[type=submit]")).click();
        assertThat(waitFor(By.id("plan-status")).getText()).isEqualTo("草拟");
        assertThat(browser.findElement(By.id("plan-randomness")).getText()).contains("公开抽签会");
        String planPage = browser.getCurrentUrl();

        logIn("supervisor");
        browser.get(planPage);
        waitFor(By.id("approve")).click();
        assertThat(waitFor(By.id("plan-status")).getText()).isEqualTo("已审批");
        waitFor(By.id("publish")).click();
        acceptConfirmIfAny();
        assertThat(waitFor(By.id("plan-status")).getText()).isEqualTo("已公布待抽取");
        assertThat(browser.findElement(By.id("directories")).getText()).contains("检查对象名录");
        assertThat(browser.findElement(By.id("draw-wait")).getText()).contains("到时后才能录入并抽取");
        browser.findElement(By.id("public-value")).sendKeys("40417362");
        browser.findElement(By.id("witnesses")).sendKeys("王见证、李见证");
        browser.findElement(By.id("draw")).click();
        acceptConfirmIfAny();
        assertThat(waitFor(By.id("flash-error")).getText()).contains("到时后才能录入并抽取");
        assertThat(waitFor(By.id("plan-status")).getText()).isEqualTo("已公布待抽取");
        shoot("plan-waiting");
        return planPage;
    }

    /** A screenshot inside a supplier, which may not throw. */
    private void shoot(String name) {
        try {
            screenshot(name);
        } catch (Exception failed) {
            throw new IllegalStateException(failed);
        }
    }

    private void acceptConfirmIfAny() {
        try {
            browser.switchTo().alert().accept();
        } catch (org.openqa.selenium.NoAlertPresentException none) {
            // the page asks for confirmation only when its script is active
        }
    }
}
