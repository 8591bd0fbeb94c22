package org.fazhi.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

class DashboardBrowserTests extends BrowserTest {

    @Test
    void theCertificationChartRendersBesideTheSameFiguresInATable() throws Exception {
        logIn("supervisor");
        WebElement chart = waitFor(By.id("certification-chart"));
        wait.until(ExpectedConditions.attributeToBe(chart, "data-rendered", "true"));
        WebElement canvas = chart.findElement(By.tagName("canvas"));
        assertThat(canvas.getSize().getHeight()).isGreaterThan(200);
        assertThat(browser.findElements(By.cssSelector("#indicator-table tbody tr"))).hasSizeGreaterThan(30);
        assertThat(browser.findElement(By.cssSelector("[data-indicator=CERTIFIED_RATE] .value")).getText()).matches("\\d+(\\.\\d)?%");
        screenshot("dashboard-supervisor");
    }
}
