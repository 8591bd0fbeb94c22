package org.fazhi.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/** 双随机一公开 in a real browser: a legal office drafts a plan, the bureau approves, publishes and draws it, and
 *  anyone checks the draw on the public page. */
class PlanBrowserTests extends BrowserTest {

    @Test
    void aPlanIsDraftedApprovedPublishedDrawnAndVerifiedByThePublic() throws Exception {
        logIn("agency");
        open("/inspection/plans/new");
        String name = "市场监管双随机抽查" + System.nanoTime() % 100_000;
        browser.findElement(By.id("name")).sendKeys(name);
        new Select(browser.findElement(By.id("itemIds"))).selectByIndex(0);
        browser.findElement(By.cssSelector("#plan-form button[type=submit]")).click();
        assertThat(waitFor(By.id("plan-status")).getText()).isEqualTo("草拟");
        String planPage = browser.getCurrentUrl();

        logIn("supervisor");
        browser.get(planPage);
        waitFor(By.id("approve")).click();
        assertThat(waitFor(By.id("plan-status")).getText()).isEqualTo("已审批");
        waitFor(By.id("publish")).click();
        acceptConfirmIfAny();
        assertThat(waitFor(By.id("plan-status")).getText()).isEqualTo("已公布待抽取");
        assertThat(browser.findElement(By.id("directories")).getText()).contains("检查对象名录");
        waitFor(By.id("draw")).click();
        acceptConfirmIfAny();
        assertThat(waitFor(By.id("plan-status")).getText()).isEqualTo("已抽取");
        assertThat(waitFor(By.id("draw-result")).getText()).contains("执法证");
        screenshot("plan-drawn");

        browser.manage().deleteAllCookies();
        browser.get(planPage.replace("/inspection/plans/", "/public/inspection/plans/"));
        waitFor(By.id("verify-link")).click();
        assertThat(waitFor(By.id("verification-result")).getText()).contains("核验一致");
        screenshot("draw-verified");
    }

    private void acceptConfirmIfAny() {
        try {
            browser.switchTo().alert().accept();
        } catch (org.openqa.selenium.NoAlertPresentException none) {
            // the page asks for confirmation only when its script is active
        }
    }
}
