package org.fazhi.browser;

import java.time.LocalDate;

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
 * 府院联动 in a real browser: the justice bureau opens the page from the navigation, records a meeting with the
 * courts, lists an issue for an agency at it and rewords it, finds the issue among the open ones by its words, and
 * the meeting by its topic in the list.
 */
class CourtLinkBrowserTests extends BrowserTest {

    @Autowired RegistryTestData registry;
    @Autowired Accounts accounts;

    @Test
    void theBureauRecordsAMeetingWithAnIssueAndFindsItInTheList() throws Exception {
        long agency = registry.agency("浏览联动局").id();
        String bureau = "clbureau" + RegistryTestData.suffix();
        String topics = "通报败诉案件" + RegistryTestData.suffix();
        accounts.open(new NewAccount(bureau, "Demo@2026", "应诉工作人员", Role.SUPERVISOR, RegistryTestData.COUNTY,
                null, null, false), null);

        logIn(bureau);
        open("/disputes/lawsuits");
        clickAndWait(By.cssSelector("nav a[href='/disputes/court-links']"));
        assertThat(heading()).isEqualTo("府院联动会议");
        clickAndWait(By.cssSelector("a[href='/disputes/court-links/new']"));
        setDate(waitFor(By.id("heldOn")), LocalDate.now().minusDays(2));
        browser.findElement(By.id("participants")).sendKeys("县政府、县人民法院、县司法局");
        browser.findElement(By.id("topics")).sendKeys(topics);
        clickAndWait(By.id("submit-meeting"));
        assertThat(waitFor(By.id("court-link-meeting")).getText()).contains(topics);

        waitFor(By.id("issue")).sendKeys("征收补偿协议履行争议集中");
        new Select(browser.findElement(By.id("agencyId"))).selectByValue(Long.toString(agency));
        setDate(browser.findElement(By.id("dueOn")), LocalDate.now().plusDays(30));
        clickAndWait(By.id("submit-issue"));
        assertThat(waitFor(By.id("court-link-issues")).getText()).contains("征收补偿协议履行争议集中", "未化解");
        screenshot("disputes-court-link-meeting");

        String issue = browser.findElement(By.cssSelector("#court-link-issues tr[data-issue]")).getAttribute("data-issue");
        clickAndWait(By.id("revise-" + issue));
        WebElement wording = waitFor(By.id("issue"));
        wording.clear();
        wording.sendKeys("征收补偿协议履行争议集中" + topics);
        clickAndWait(By.id("submit-revision"));
        assertThat(waitFor(By.id("court-link-issues")).getText()).contains("征收补偿协议履行争议集中" + topics);

        open("/disputes/court-links/issues");
        waitFor(By.name("q")).sendKeys(topics);
        new Select(browser.findElement(By.name("standing"))).selectByValue("OPEN");
        clickAndWait(By.cssSelector("form.filters button[type=submit]"));
        assertThat(waitFor(By.id("court-link-issue-list")).findElements(By.cssSelector("tbody tr[data-issue]")))
                .hasSize(1);

        open("/disputes/court-links");
        waitFor(By.name("q")).sendKeys(topics);
        clickAndWait(By.cssSelector("form.filters button[type=submit]"));
        WebElement list = waitFor(By.id("court-link-list"));
        assertThat(list.getText()).contains(topics, LocalDate.now().minusDays(2).toString());
        assertThat(list.findElements(By.cssSelector("tbody tr[data-meeting]"))).hasSize(1);
    }
}
