package org.fazhi.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.fazhi.catalog.CheckPoint;
import org.fazhi.identity.Accounts;
import org.fazhi.identity.NewAccount;
import org.fazhi.identity.Role;
import org.fazhi.inspection.InspectionTestData;
import org.fazhi.inspection.InspectionTestData.Inspecting;
import org.fazhi.inspection.checklist.InspectionFormIntegrationTests;
import org.fazhi.inspection.task.InspectionTask;
import org.fazhi.registry.RegistryTestData;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** 检查表单 in a real browser: an officer fills in a task's form and concludes from it; a joint visit's one form. */
class ChecklistBrowserTests extends BrowserTest {

    @Autowired InspectionTestData data;
    @Autowired Accounts accounts;

    @Test
    void anOfficerFillsInTheFormWithAPhotoAndConcludesWithRectificationCitingThePoint() throws Exception {
        Inspecting market = data.agency("浏览器表单局", 2);
        List<CheckPoint> points = data.checklist(market, "许可证件", "进货查验记录", "贮存条件");
        InspectionTask task = data.approvedTask(market, data.enterprise(false));
        Path photo = Files.createTempFile("check-photo", ".png");
        Files.write(photo, InspectionFormIntegrationTests.png());

        logIn(account(market));
        open("/inspection/tasks/" + task.id());
        waitFor(By.id("open-checklist")).click();
        record(points.get(0), "CONFORMS", null, null);
        record(points.get(1), "NONCONFORMING", "进货查验记录缺少供货者许可证复印件", photo);
        record(points.get(2), "NOT_APPLICABLE", null, null);

        assertThat(waitFor(By.id("checklist-progress")).getText()).isEqualTo("共 3 项，已记录 3 项，不符合 1 项");
        WebElement failing = waitFor(By.id("point-" + points.get(1).id()));
        assertThat(failing.getText()).contains("不符合").contains("进货查验记录缺少供货者许可证复印件");
        WebElement image = failing.findElement(By.cssSelector(".check-photos img"));
        wait.until(driver -> (Boolean) ((JavascriptExecutor) driver)
                .executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", image));
        screenshot("checklist-filled");

        waitFor(By.id("back-to-task")).click();
        conclude("NO_PROBLEM", null);
        assertThat(waitFor(By.id("flash-error")).getText()).contains("第2项“进货查验记录”记录为不符合");
        conclude("RECTIFICATION", LocalDate.now().plusDays(30));
        assertThat(waitFor(By.cssSelector(".flash")).getText()).contains("已办结");
        assertThat(waitFor(By.id("task-status")).getText()).isEqualTo("已办结");
        assertThat(waitFor(By.id("cited-points")).getText())
                .contains("第2项“进货查验记录”：进货查验记录缺少供货者许可证复印件");
        screenshot("checklist-concluded");
    }

    @Test
    void aJointVisitsAgenciesFillInOneFormEachOnlyItsOwnPoints() throws Exception {
        Inspecting market = data.agency("一表通查甲局", 2);
        Inspecting fire = data.agency("一表通查乙局", 2);
        List<CheckPoint> marketPoints = data.checklist(market, "许可证件", "进货查验记录");
        List<CheckPoint> firePoints = data.checklist(fire, "疏散通道和安全出口", "消防设施和器材");
        InspectionTask joint = data.jointVisit(market, fire, data.enterprise(false));
        String form = "/inspection/tasks/" + joint.id() + "/checklist";
        By marketSection = By.id("agency-" + market.agency().id());
        By fireSection = By.id("agency-" + fire.agency().id());

        logIn(account(market));
        open(form);
        assertThat(waitFor(marketSection).findElements(By.cssSelector("form.check-entry"))).hasSize(2);
        assertThat(waitFor(fireSection).findElements(By.cssSelector("form.check-entry"))).isEmpty();
        assertThat(browser.findElement(fireSection).getText()).contains("疏散通道和安全出口");
        record(marketPoints.get(0), "CONFORMS", null, null);

        logIn(account(fire));
        open(form);
        assertThat(waitFor(marketSection).findElements(By.cssSelector("form.check-entry"))).isEmpty();
        assertThat(waitFor(By.id("point-" + marketPoints.get(0).id())).getText()).contains("符合");
        record(firePoints.get(1), "NONCONFORMING", "灭火器过期未更换", null);

        logIn("supervisor");
        open(form);
        assertThat(waitFor(By.id("checklist-progress")).getText()).isEqualTo("共 4 项，已记录 2 项，不符合 1 项");
        assertThat(browser.findElements(By.cssSelector("form.check-entry"))).isEmpty();
        assertThat(browser.findElement(marketSection).getText()).contains("许可证件").contains("进货查验记录");
        assertThat(browser.findElement(fireSection).getText()).contains("灭火器过期未更换");
        screenshot("checklist-joint");
    }

    /** Fills in one point's entry and waits for the page to come back with it recorded. */
    private void record(CheckPoint point, String outcome, @Nullable String note, @Nullable Path photo) {
        WebElement row = waitFor(By.id("point-" + point.id()));
        row.findElement(By.cssSelector("input[name=outcome][value=" + outcome + "]")).click();
        if (note != null) {
            row.findElement(By.name("note")).sendKeys(note);
        }
        if (photo != null) {
            row.findElement(By.name("photos")).sendKeys(photo.toAbsolutePath().toString());
        }
        row.findElement(By.cssSelector("form.check-entry button[type=submit]")).click();
        waitUntilGone(row);
        assertThat(waitFor(By.cssSelector(".flash")).getText()).contains(point.content()).contains("已记录");
    }

    private void conclude(String result, @Nullable LocalDate rectificationDue) {
        WebElement form = waitFor(By.id("conclusion-form"));
        new Select(form.findElement(By.name("result"))).selectByValue(result);
        if (rectificationDue != null) {
            ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]",
                    form.findElement(By.name("rectificationDue")), rectificationDue.toString());
        }
        form.findElement(By.cssSelector("button[type=submit]")).click();
        waitUntilGone(form);
    }

    /** An officer's account of the agency, with the demo password. */
    private String account(Inspecting inspecting) {
        String username = "form" + RegistryTestData.suffix();
        accounts.open(new NewAccount(username, "Demo@2026", "表单检查员", Role.OFFICER, RegistryTestData.COUNTY,
                inspecting.agency().id(), null, false));
        return username;
    }
}
