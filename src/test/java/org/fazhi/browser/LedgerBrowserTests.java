package org.fazhi.browser;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fazhi.identity.Accounts;
import org.fazhi.identity.NewAccount;
import org.fazhi.identity.Role;
import org.fazhi.registry.RegistryTestData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A ledger in a real browser: the bureau opens the mediation ledger from the index, records a case on the form
 * drawn from its declaration (a refused post first, naming the field), finds it by searching the list and exports
 * the filtered list, which opens in POI with the case in it.
 */
class LedgerBrowserTests extends BrowserTest {

    @Autowired Accounts accounts;

    @Test
    void theBureauRecordsAMediationCaseFindsItAndExportsIt() throws Exception {
        String username = "ledger" + RegistryTestData.suffix();
        String organisation = "浏览调委会" + RegistryTestData.suffix();
        accounts.open(new NewAccount(username, "Demo@2026", "台账管理员", Role.SUPERVISOR, RegistryTestData.COUNTY,
                null, null, false), null);

        logIn(username);
        open("/governance/ledgers");
        waitFor(By.cssSelector("tr[data-ledger='mediation-cases'] a")).click();
        waitFor(By.linkText("登记")).click();
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]",
                waitFor(By.id("acceptedOn")), LocalDate.now().toString());
        browser.findElement(By.id("organisation")).sendKeys(organisation);
        new Select(browser.findElement(By.id("kind"))).selectByValue("人民调解");
        new Select(browser.findElement(By.id("disputeType"))).selectByValue("邻里纠纷");
        browser.findElement(By.id("amount")).sendKeys("2500");
        submit(By.id("save-entry"));
        assertThat(waitFor(By.id("ledger-errors")).getText()).contains("当事人：请填写", "调解结果：请填写");

        browser.findElement(By.id("parties")).sendKeys("甲某与乙某");
        new Select(browser.findElement(By.id("result"))).selectByValue("调解成功");
        submit(By.id("save-entry"));
        assertThat(waitFor(By.id("ledger-entry")).getText()).contains(organisation, "2500.00", "调解成功");

        open("/governance/ledgers/mediation-cases");
        waitFor(By.name("q")).sendKeys(organisation);
        submit(By.cssSelector("form.filters button[type=submit]"));
        assertThat(waitFor(By.id("ledger-entries")).getText()).contains(organisation, "调解成功");
        assertThat(browser.findElements(By.cssSelector("#ledger-entries tr[data-entry]"))).hasSize(1);
        screenshot("governance-ledger-mediation-cases");

        WebElement export = browser.findElement(By.linkText("导出"));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(download(export.getAttribute("href"))))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo(organisation);
        }
    }

    /** The export as the browser's session fetches it (headless Chromium keeps downloads out of reach). */
    private byte[] download(String href) throws Exception {
        Cookie session = browser.manage().getCookieNamed("JSESSIONID");
        HttpRequest request = HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", session.getName() + "=" + session.getValue()).build();
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private void submit(By button) {
        WebElement element = waitFor(button);
        element.click();
        waitUntilGone(element);
    }
}
