package org.fazhi.browser;

import org.fazhi.casework.CaseworkTestData;
import org.fazhi.casework.CaseworkTestData.Handling;
import org.fazhi.identity.Accounts;
import org.fazhi.identity.NewAccount;
import org.fazhi.identity.Role;
import org.fazhi.registry.RegistryTestData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 个案监督 in a real browser: a supervisor opens a new opinion from a case (its agency filled in from the case),
 * issues it; the agency's legal office finds it in its list and answers with a measure; the supervisor accepts.
 */
class SupervisionOpinionBrowserTests extends BrowserTest {

    @Autowired CaseworkTestData casework;
    @Autowired Accounts accounts;

    @Test
    void aSupervisorIssuesAnOpinionForACaseTheAgencyAnswersAndTheSupervisorAccepts() throws Exception {
        Handling h = casework.agency("浏览监督局");
        long caseId = casework.complaint(h);
        String supervisor = "supbrowse" + RegistryTestData.suffix();
        String legal = "suplegal" + RegistryTestData.suffix();
        accounts.open(new NewAccount(supervisor, "Demo@2026", "监督科员", Role.SUPERVISOR, RegistryTestData.COUNTY,
                null, null, false), null);
        accounts.open(new NewAccount(legal, "Demo@2026", "法制科长", Role.AGENCY_ADMIN, RegistryTestData.COUNTY,
                h.agencyId(), null, false), null);

        logIn(supervisor);
        open("/supervision/opinions/new?subject=casework.case:" + caseId);
        Select agency = new Select(waitFor(By.id("agencyId")));
        assertThat(agency.getFirstSelectedOption().getAttribute("value")).isEqualTo(String.valueOf(h.agencyId()));
        new Select(browser.findElement(By.id("typeCode"))).selectByValue("CONDUCT_NOT_FILED");
        browser.findElement(By.id("description")).sendKeys("群众举报线索登记后逾期未立案");
        submit(By.id("issue-opinion"));
        assertThat(waitFor(By.id("opinion-state")).getText()).isEqualTo("待整改");
        String opinionUrl = browser.getCurrentUrl();
        String number = heading().replace("监督意见书", "").strip();
        assertThat(browser.findElement(By.id("opinion-findings")).getText()).contains("有案不立");
        screenshot("supervision-opinion-issued");

        logIn(legal);
        open("/supervision/opinions?state=ISSUED");
        WebElement link = waitFor(By.linkText(number));
        link.click();
        waitUntilGone(link);
        waitFor(By.id("measures")).sendKeys("已对该线索立案调查，并建立线索登记台账按日督办");
        submit(By.id("submit-answer"));
        assertThat(waitFor(By.id("opinion-state")).getText()).isEqualTo("待验收");
        assertThat(browser.findElements(By.id("accept"))).isEmpty();

        logIn(supervisor);
        browser.get(opinionUrl);
        assertThat(waitFor(By.id("rectifications")).getText()).contains("已对该线索立案调查");
        submit(By.id("accept"));
        assertThat(waitFor(By.id("opinion-state")).getText()).isEqualTo("已整改");
        screenshot("supervision-opinion-accepted");
    }

    private void submit(By button) {
        WebElement element = waitFor(button);
        element.click();
        waitUntilGone(element);
    }
}
