package org.fazhi.browser;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/** 年度检查计划备案 in a real browser: the bureau's list of a year shows who filed on time, late, or not at all. */
class PlanFilingBrowserTests extends BrowserTest {

    @Test
    void theBureausListShowsOnTimeLateAndMissingFilings() throws Exception {
        int lastYear = LocalDate.now().getYear() - 1;
        logIn("supervisor");
        open("/inspection/plan-filings?year=" + lastYear);

        assertThat(heading()).isEqualTo("年度检查计划备案");
        List<String> standings = waitFor(By.id("filing-standings")).findElements(By.cssSelector("tbody tr")).stream()
                .map(row -> row.getDomAttribute("data-standing")).toList();
        assertThat(standings).contains("ON_TIME", "LATE", "MISSING");
        WebElement late = browser.findElement(By.cssSelector("#filing-standings tr[data-standing=LATE]"));
        assertThat(late.getText()).containsPattern("逾期备案.*逾期 \\d+ 天");
        assertThat(browser.findElement(By.id("filing-summary")).getText()).contains("未备案");
        screenshot("plan-filings");

        new Select(browser.findElement(By.name("standing"))).selectByValue("MISSING");
        browser.findElement(By.cssSelector("form.filters button[type=submit]")).click();
        wait.until(driver -> driver.getCurrentUrl().contains("standing=MISSING"));
        assertThat(browser.findElements(By.cssSelector("#filing-standings tbody tr")))
                .isNotEmpty().allSatisfy(row -> assertThat(row.getText()).contains("未备案"));
    }
}
