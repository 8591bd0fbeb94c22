package org.fazhi.browser;

import java.time.LocalDate;

import org.fazhi.identity.Accounts;
import org.fazhi.identity.NewAccount;
import org.fazhi.identity.Role;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.shared.WorkdayCalendar;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 行政应诉 in a real browser: the justice bureau registers a lawsuit served on an agency; the agency's legal office
 * records its defence and a hearing its head attended; the bureau records the judgment, and the list shows it.
 */
class LitigationBrowserTests extends BrowserTest {

    @Autowired RegistryTestData registry;
    @Autowired Accounts accounts;

    @Test
    void theBureauRegistersTheAgencyDefendsAndTheBureauRecordsTheJudgment() throws Exception {
        long agency = registry.agency("浏览应诉局").id();
        String bureau = "ltbureau" + RegistryTestData.suffix();
        String legalOffice = "ltlegal" + RegistryTestData.suffix();
        String plaintiff = "浏览原告" + RegistryTestData.suffix();
        accounts.open(new NewAccount(bureau, "Demo@2026", "应诉工作人员", Role.SUPERVISOR, RegistryTestData.COUNTY,
                null, null, false), null);
        accounts.open(new NewAccount(legalOffice, "Demo@2026", "法制科长", Role.AGENCY_ADMIN, RegistryTestData.COUNTY,
                agency, null, false), null);

        logIn(bureau);
        open("/disputes/lawsuits/new");
        waitFor(By.id("court")).sendKeys("郏县人民法院");
        browser.findElement(By.id("courtNumber")).sendKeys("（2026）豫0425行初" + RegistryTestData.suffix() + "号");
        new Select(browser.findElement(By.id("plaintiffKind"))).selectByValue("ORGANISATION");
        browser.findElement(By.id("plaintiffName")).sendKeys(plaintiff);
        new Select(browser.findElement(By.id("agencyId"))).selectByValue(Long.toString(agency));
        browser.findElement(By.id("cause")).sendKeys("行政处罚");
        browser.findElement(By.id("act")).sendKeys("罚款五万元的行政处罚决定");
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]",
                browser.findElement(By.id("servedOn")), LocalDate.now().minusDays(5).toString());
        submit(By.id("submit-lawsuit"));
        LocalDate due = WorkdayCalendar.china().endOfPeriod(LocalDate.now().minusDays(5), 15);
        assertThat(waitFor(By.id("lawsuit-defence")).getText()).startsWith(due.toString());
        String lawsuitUrl = browser.getCurrentUrl();

        logIn(legalOffice);
        browser.get(lawsuitUrl);
        assertThat(browser.findElements(By.id("conclude"))).isEmpty();
        submit(By.id("defence"));
        assertThat(waitFor(By.id("lawsuit-defence")).getText()).contains("按期答辩");
        new Select(waitFor(By.id("hearing-appearance"))).selectByValue("HEAD");
        browser.findElement(By.id("hearing-by")).sendKeys("张某（局长）");
        submit(By.id("hearing"));
        assertThat(waitFor(By.id("lawsuit-hearings")).getText()).contains("负责人出庭", "张某（局长）");

        logIn(bureau);
        browser.get(lawsuitUrl);
        new Select(waitFor(By.id("outcome-kind"))).selectByValue("REVOKED");
        browser.findElement(By.id("outcome-note")).sendKeys("（2026）豫0425行初判决书");
        WebElement conclude = browser.findElement(By.id("conclude"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", conclude);
        submit(By.id("conclude"));
        assertThat(waitFor(By.id("lawsuit-outcome")).getText()).contains("判决撤销");
        screenshot("disputes-lawsuit-revoked");

        open("/disputes/lawsuits?q=" + plaintiff);
        assertThat(waitFor(By.id("lawsuit-list")).getText()).contains(plaintiff, "判决撤销");
        assertThat(browser.findElement(By.id("loss-rate")).getText()).contains("败诉率");
    }

    private void submit(By button) {
        WebElement element = waitFor(button);
        element.click();
        waitUntilGone(element);
    }
}
