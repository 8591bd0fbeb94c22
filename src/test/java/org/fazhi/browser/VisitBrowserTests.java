package org.fazhi.browser;

import org.fazhi.inspection.InspectionTestData.Inspecting;
import org.fazhi.inspection.task.InspectionTask;
import org.fazhi.inspection.task.Visits;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** 扫码入企 in a real browser: the enterprise opens the visit code's page, then rates the visit. */
class VisitBrowserTests extends BrowserTest {

    @Autowired DemoEnterpriseVisits enterpriseVisits;
    @Autowired Visits visits;

    @Test
    void theEnterpriseChecksTheVisitCodeAndRatesTheVisit() throws Exception {
        DemoEnterpriseVisits.Visit visit = enterpriseVisits.approved("扫码浏览局");
        InspectionTask task = visit.task();
        Inspecting inspecting = visit.inspecting();

        browser.manage().deleteAllCookies();
        open("/visit/" + visits.codeOf(task).orElseThrow());
        String page = waitFor(By.id("visit-genuine")).getText();
        assertThat(page).contains("检查码真实有效").contains(inspecting.officers().get(0).name())
                .contains(task.inspectors().get(0).certificateNumber()).contains(inspecting.item().name());
        screenshot("visit-genuine");

        logIn("enterprise");
        open("/enterprise/inspections");
        WebElement row = waitFor(By.id("visit-" + task.id()));
        assertThat(row.getText()).contains(task.inspectors().get(1).name()).contains("已扫码入企");
        new Select(row.findElement(By.name("conduct"))).selectByValue("5");
        new Select(row.findElement(By.name("professionalism"))).selectByValue("4");
        new Select(row.findElement(By.name("burden"))).selectByValue("3");
        row.findElement(By.name("comment")).sendKeys("检查人员出示证件，态度文明");
        row.findElement(By.cssSelector(".rating-form button[type=submit]")).click();

        assertThat(waitFor(By.cssSelector(".flash")).getText()).contains("评价已提交");
        assertThat(waitFor(By.id("visit-" + task.id())).getText()).contains("文明规范 5 分").contains("对经营影响小 3 分");
        screenshot("enterprise-rating");
    }
}
