package org.fazhi.browser;

import java.time.LocalDate;

import org.fazhi.casework.CaseworkTestData;
import org.fazhi.casework.CaseworkTestData.Handling;
import org.fazhi.identity.Accounts;
import org.fazhi.identity.NewAccount;
import org.fazhi.identity.Role;
import org.fazhi.registry.RegistryTestData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 行政复议 in a real browser: the body's staff register an application, accept it and send the copy; the respondent
 * agency's legal office answers on the same page; the body decides to revoke, and the list shows the case concluded.
 */
class ReconsiderationBrowserTests extends BrowserTest {

    @Autowired CaseworkTestData casework;
    @Autowired Accounts accounts;

    @Test
    void theBodyReceivesAcceptsAndDecidesAndTheRespondentAnswers() throws Exception {
        Handling h = casework.agency("浏览复议局");
        String staff = "rcstaff" + RegistryTestData.suffix();
        String legalOffice = "rclegal" + RegistryTestData.suffix();
        String applicant = "浏览申请人" + RegistryTestData.suffix();
        accounts.open(new NewAccount(staff, "Demo@2026", "复议工作人员", Role.RECONSIDERATION, RegistryTestData.COUNTY,
                null, null, false), null);
        accounts.open(new NewAccount(legalOffice, "Demo@2026", "法制科长", Role.AGENCY_ADMIN, RegistryTestData.COUNTY,
                h.agencyId(), null, false), null);

        logIn(staff);
        open("/disputes/reconsiderations/new");
        new Select(waitFor(By.id("applicantKind"))).selectByValue("ORGANISATION");
        browser.findElement(By.id("applicantName")).sendKeys(applicant);
        new Select(browser.findElement(By.id("agencyId"))).selectByValue(Long.toString(h.agencyId()));
        browser.findElement(By.id("act")).sendKeys("罚款二万元的行政处罚决定");
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]",
                browser.findElement(By.id("knewOn")), LocalDate.now().minusDays(7).toString());
        browser.findElement(By.id("explained-yes")).click();
        submit(By.id("submit-reconsideration"));
        assertThat(waitFor(By.id("reconsideration-state")).getText()).contains("待审查");
        assertThat(browser.findElement(By.id("reconsideration-deadlines")).getText()).contains("审查");
        String caseUrl = browser.getCurrentUrl();
        submit(By.id("accept"));
        assertThat(waitFor(By.id("reconsideration-state")).getText()).contains("已受理");
        submit(By.id("copy"));
        assertThat(waitFor(By.id("reconsideration-deadlines")).getText()).contains("被申请人答复");

        logIn(legalOffice);
        browser.get(caseUrl);
        assertThat(browser.findElements(By.id("decide"))).isEmpty();
        waitFor(By.id("answer-text")).sendKeys("答复书、证据目录及案卷");
        submit(By.id("answer"));
        assertThat(waitFor(By.id("reconsideration-timeline")).getText()).contains("答复书、证据目录及案卷");

        logIn(staff);
        browser.get(caseUrl);
        new Select(waitFor(By.id("decision-kind"))).selectByValue("REVOKED");
        browser.findElement(By.id("decision-text")).sendKeys("主要事实不清，证据不足");
        WebElement decide = browser.findElement(By.id("decide"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", decide);
        submit(By.id("decide"));
        assertThat(waitFor(By.id("reconsideration-outcome")).getText()).isEqualTo("撤销");
        screenshot("disputes-reconsideration-revoked");

        open("/disputes/reconsiderations?q=" + applicant);
        assertThat(waitFor(By.id("reconsideration-list")).getText()).contains(applicant, "已办结", "撤销");
    }

    private void submit(By button) {
        WebElement element = waitFor(button);
        element.click();
        waitUntilGone(element);
    }
}
