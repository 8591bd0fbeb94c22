package org.fazhi.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fazhi.registry.RegistryTestData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/** The registry's main flows as a supervisor of the justice bureau does them. */
class RegistryBrowserTests extends BrowserTest {

    @Test
    void createsAnAgencyAndAnOfficerAndFindsThemInTheLists() throws Exception {
        logIn("supervisor");
        String agencyName = "浏览器测试局" + ThreadLocalRandom.current().nextInt(100_000);
        open("/registry/agencies/new");
        browser.findElement(By.id("name")).sendKeys(agencyName);
        new Select(browser.findElement(By.id("kind"))).selectByVisibleText("县直部门");
        browser.findElement(By.id("creditCode")).sendKeys(RegistryTestData.creditCode());
        browser.findElement(By.id("legalBasis")).sendKeys("《中华人民共和国行政处罚法》第十七条");
        browser.findElement(By.cssSelector("#agency-form button[type=submit]")).click();
        assertThat(waitFor(By.cssSelector(".flash")).getText()).contains(agencyName);

        open("/registry/agencies");
        browser.findElement(By.name("name")).sendKeys(agencyName.substring(2, 7));
        browser.findElement(By.cssSelector(".filters button[type=submit]")).click();
        assertThat(waitFor(By.id("agency-list")).getText()).contains(agencyName);

        open("/registry/officers/new");
        String officerName = "浏览" + (char) ('甲' + ThreadLocalRandom.current().nextInt(10)) + "员";
        browser.findElement(By.id("name")).sendKeys(officerName);
        new Select(browser.findElement(By.id("agencyId"))).selectByVisibleText(agencyName);
        browser.findElement(By.id("idNumber")).sendKeys(RegistryTestData.idNumber());
        browser.findElement(By.cssSelector("#officer-form button[type=submit]")).click();
        assertThat(waitFor(By.cssSelector(".flash")).getText()).contains(officerName);

        open("/registry/officers");
        new Select(browser.findElement(By.name("agency"))).selectByVisibleText(agencyName);
        browser.findElement(By.cssSelector(".filters button[type=submit]")).click();
        assertThat(waitFor(By.id("officer-list")).getText()).contains(officerName).contains("********");
        screenshot("officer-list");
    }

    @Test
    void aFormWithMistakesShowsTheMessageBesideTheField() throws Exception {
        logIn("supervisor");
        open("/registry/agencies/new");
        browser.findElement(By.id("name")).sendKeys("错误示范局");
        browser.findElement(By.id("creditCode")).sendKeys("91350100M000100Y44");
        browser.findElement(By.cssSelector("#agency-form button[type=submit]")).click();
        assertThat(waitFor(By.cssSelector("#creditCode + .field-error, #creditCode ~ .field-error")).getText())
                .isEqualTo("统一社会信用代码校验位不正确");
        assertThat(browser.findElement(By.cssSelector("#kind ~ .field-error")).getText()).isEqualTo("请选择类型");
        screenshot("agency-form-errors");
    }

    @Test
    void aBadSpreadsheetIsRefusedWithItsRowErrors() throws Exception {
        logIn("supervisor");
        Path file = Files.createTempFile("officers", ".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet("执法人员");
            String[] headers = {"姓名", "身份证号", "执法主体", "岗位", "编制类型", "执法领域", "状态"};
            var header = sheet.createRow(0);
            for (int i = 0; i < headers.length; i++) {
                header.createCell(i).setCellValue(headers[i]);
            }
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue("错行");
            row.createCell(1).setCellValue("123");
            row.createCell(2).setCellValue("郏县市场监督管理局");
            row.createCell(3).setCellValue("执法岗位");
            row.createCell(4).setCellValue("行政编制");
            try (var out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        open("/registry/officers/import");
        browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("#import-form button[type=submit]")).click();
        String problems = waitFor(By.id("import-problems")).getText();
        assertThat(problems).contains("2").contains("身份证号").contains("身份证号码应为18位");
        screenshot("import-errors");
    }
}
