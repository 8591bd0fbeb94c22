package org.fazhi.browser;

import java.time.LocalDate;

import org.fazhi.disclosure.DisclosureTestData;
import org.fazhi.disclosure.DisclosureTestData.Decided;
import org.fazhi.identity.Accounts;
import org.fazhi.identity.NewAccount;
import org.fazhi.identity.Role;
import org.fazhi.registry.AgencyDirectory;
import org.fazhi.registry.RegistryTestData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A decision is made in casework, the agency's legal office publishes it, and an anonymous visitor of the portal
 * finds it by a 2-character keyword and reads it: the person's name, ID number and phone appear nowhere.
 */
class DecisionSearchBrowserTests extends BrowserTest {

    @Autowired DisclosureTestData data;
    @Autowired Accounts accounts;
    @Autowired AgencyDirectory agencies;
    @Autowired JdbcClient jdbc;

    @Test
    void aVisitorFindsAPublishedDecisionByTwoCharactersAndSeesNoPersonalData() throws Exception {
        Decided d = data.decidedOn("浏览查询局", LocalDate.of(2026, 11, 20), "1500");
        long id = jdbc.sql("select id from disclosure.publication where case_id = ?").param(d.caseId())
                .query(Long.class).single();
        String number = jdbc.sql("select decision_number from disclosure.publication where id = ?").param(id)
                .query(String.class).single();
        String agency = agencies.nameOf(d.handling().agencyId()).orElseThrow();
        String legal = "searchlegal" + RegistryTestData.suffix();
        accounts.open(new NewAccount(legal, "Demo@2026", "法制科长", Role.AGENCY_ADMIN, RegistryTestData.COUNTY,
                d.handling().agencyId(), null, false), null);

        browser.manage().deleteAllCookies();
        findByKeyword(agency, "经营");
        assertThat(browser.findElements(By.linkText(number))).as("not yet published").isEmpty();

        logIn(legal);
        open("/disclosure/publications/" + id);
        WebElement publish = waitFor(By.id("publish"));
        publish.click();
        waitUntilGone(publish);
        assertThat(waitFor(By.id("publication-state")).getText()).isEqualTo("已公示");

        // Another keyword than before: the browser may keep the earlier answer for max-age (60 s), as designed.
        browser.manage().deleteAllCookies();
        findByKeyword(agency, "食品");
        String results = waitFor(By.id("decision-list")).getText();
        assertThat(results).contains(number, agency, "欧阳某某", "¥1,500.00");
        assertNoPersonalData(d);
        screenshot("public-decision-search");

        WebElement link = browser.findElement(By.linkText(number));
        link.click();
        waitUntilGone(link);
        assertThat(heading()).contains(number);
        assertThat(waitFor(By.id("decision-text")).getText()).contains("欧阳某某", "食品经营许可证");
        assertThat(browser.findElement(By.id("decision-party")).getText()).isEqualTo("欧阳某某");
        assertNoPersonalData(d);
        screenshot("public-decision");
    }

    /** From the portal's home, as a visitor: the search page, a keyword and the agency. */
    private void findByKeyword(String agency, String keyword) {
        open("/public");
        WebElement entry = waitFor(By.linkText("行政处罚决定公示"));
        entry.click();
        waitUntilGone(entry);
        assertThat(heading()).isEqualTo("行政处罚决定公示查询");
        browser.findElement(By.name("q")).sendKeys(keyword);
        new Select(browser.findElement(By.name("agency"))).selectByVisibleText(agency);
        WebElement submit = browser.findElement(By.cssSelector("#decision-search button[type=submit]"));
        submit.click();
        waitUntilGone(submit);
        assertThat(waitFor(By.id("result-count")).getText()).startsWith("共找到");
    }

    private void assertNoPersonalData(Decided d) {
        assertThat(browser.getPageSource()).doesNotContain(DisclosureTestData.PERSON, d.idNumber(),
                DisclosureTestData.PHONE, "人民路8号");
    }
}
