package org.fazhi.browser;

import org.fazhi.identity.Accounts;
import org.fazhi.identity.NewAccount;
import org.fazhi.identity.Role;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.registry.agency.Agency;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 重大行政决策 in a real browser: the justice bureau lists a decision in the year's catalogue; the undertaking
 * agency records a procedure and is refused the decision with the missing procedures named; the bureau records the
 * legality review, the agency the rest, and the decision is made.
 */
class MajorDecisionBrowserTests extends BrowserTest {

    @Autowired RegistryTestData registry;
    @Autowired Accounts accounts;

    @Test
    void aDecisionIsRefusedUntilItsProceduresAreDoneThenMade() throws Exception {
        Agency agency = registry.agency("浏览决策局");
        String bureau = "mdbureau" + RegistryTestData.suffix();
        String legalOffice = "mdlegal" + RegistryTestData.suffix();
        String title = "浏览决策事项" + RegistryTestData.suffix();
        accounts.open(new NewAccount(bureau, "Demo@2026", "司法局科员", Role.SUPERVISOR, RegistryTestData.COUNTY,
                null, null, false), null);
        accounts.open(new NewAccount(legalOffice, "Demo@2026", "法制科长", Role.AGENCY_ADMIN, RegistryTestData.COUNTY,
                agency.id(), null, false), null);

        logIn(bureau);
        open("/governance/major-decisions");
        new Select(waitFor(By.id("plan-agency"))).selectByValue(Long.toString(agency.id()));
        browser.findElement(By.id("plan-title")).sendKeys(title);
        submit(By.id("plan"));
        open("/governance/major-decisions?q=" + title);
        waitFor(By.linkText(title)).click();
        assertThat(waitFor(By.id("decision-state")).getText()).isEqualTo("待决策");
        String decisionUrl = browser.getCurrentUrl();

        logIn(legalOffice);
        browser.get(decisionUrl);
        recordStep("PUBLIC_PARTICIPATION", "网上公开征求意见30日");
        waitFor(By.id("decision-note")).sendKeys("县政府常务会议通过");
        submit(By.id("decide"));
        assertThat(waitFor(By.id("flash-error")).getText()).contains("专家论证", "风险评估", "合法性审查", "集体讨论决定")
                .doesNotContain("公众参与");

        logIn(bureau);
        browser.get(decisionUrl);
        recordStep("LEGALITY_REVIEW", "县司法局合法性审查意见书");

        logIn(legalOffice);
        browser.get(decisionUrl);
        recordStep("EXPERT_ARGUMENTATION", "专家论证会纪要");
        recordStep("RISK_ASSESSMENT", "社会稳定风险评估报告");
        recordStep("COLLECTIVE_DISCUSSION", "常务会议纪要");
        assertThat(browser.findElements(By.id("decision-missing"))).isEmpty();
        waitFor(By.id("decision-note")).sendKeys("县政府常务会议通过");
        submit(By.id("decide"));
        assertThat(waitFor(By.id("decision-state")).getText()).isEqualTo("已决策");
        screenshot("governance-major-decision-decided");
    }

    private void recordStep(String kind, String evidence) {
        new Select(waitFor(By.id("step-kind"))).selectByValue(kind);
        browser.findElement(By.id("step-evidence")).sendKeys(evidence);
        submit(By.id("record-step"));
    }

    private void submit(By button) {
        WebElement element = waitFor(button);
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
        waitUntilGone(element);
    }
}
