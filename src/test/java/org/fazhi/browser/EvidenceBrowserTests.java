package org.fazhi.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Map;

import org.fazhi.casework.CaseworkTestData;
import org.fazhi.casework.CaseworkTestData.Handling;
import org.fazhi.identity.Accounts;
import org.fazhi.identity.NewAccount;
import org.fazhi.identity.Role;
import org.fazhi.platform.files.SampleFiles;
import org.fazhi.registry.RegistryTestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An officer in the field, on a phone (390×844 CSS pixels): writes a 现场检查笔录 on the case (a missing field comes
 * back in Chinese beside it, the rest kept), then uploads a photo, whose SM3 digest the case page shows as intact.
 */
class EvidenceBrowserTests extends BrowserTest {

    private static final int WIDTH = 390;

    @Autowired CaseworkTestData data;
    @Autowired Accounts accounts;

    @BeforeAll
    void holdLikeAPhone() {
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", WIDTH, "height", 844, "deviceScaleFactor", 2, "mobile", true));
    }

    @Test
    void anOfficerWritesASiteInspectionRecordAndUploadsAPhotoOnAPhone() throws Exception {
        Handling h = data.agency("手机取证局");
        long id = data.filed(h);
        Path photo = Files.createTempFile("evidence-photo", ".jpg");
        Files.write(photo, SampleFiles.png());

        logIn(account(h));
        open("/casework/cases/" + id);
        waitFor(By.id("new-record-SITE_INSPECTION")).click();
        WebElement form = waitFor(By.id("record-form"));
        assertFitsTheScreen();
        LocalDateTime end = LocalDateTime.now().minusMinutes(2).withSecond(0).withNano(0);
        form.findElement(By.id("place")).sendKeys("城关镇人民路18号门店");
        setValue(form.findElement(By.id("startedAt")), end.minusMinutes(30).toString());
        setValue(form.findElement(By.id("endedAt")), end.toString());
        form.findElements(By.name("officerIds")).forEach(WebElement::click);
        form.findElement(By.id("presentName")).sendKeys("王某");
        new Select(form.findElement(By.id("presentRole"))).selectByVisibleText("当事人");
        form.findElement(By.id("save-record")).click();
        waitUntilGone(form);

        WebElement content = waitFor(By.id("content"));
        assertThat(content.findElement(By.xpath("following-sibling::p[@class='field-error']")).getText())
                .isEqualTo("必须填写。");
        assertThat(browser.findElement(By.id("place")).getAttribute("value")).isEqualTo("城关镇人民路18号门店");
        assertFitsTheScreen();
        screenshot("phone-evidence-record-problem");
        content.sendKeys("经营场所未悬挂食品经营许可证，货架陈列预包装食品约40种。");
        WebElement save = browser.findElement(By.id("save-record"));
        save.click();
        waitUntilGone(save);

        assertThat(waitFor(By.cssSelector(".flash")).getText()).contains("已保存现场检查笔录");
        assertThat(waitFor(By.id("records")).getText()).contains("城关镇人民路18号门店").contains("执法证号");
        assertFitsTheScreen();

        waitFor(By.id("new-file")).click();
        WebElement upload = waitFor(By.id("file-form"));
        upload.findElement(By.id("file")).sendKeys(photo.toAbsolutePath().toString());
        upload.findElement(By.id("title")).sendKeys("门店货架照片");
        assertFitsTheScreen();
        upload.findElement(By.id("save-file")).click();
        waitUntilGone(upload);

        assertThat(waitFor(By.cssSelector(".flash")).getText()).contains("已保存").contains("SM3 摘要已登记");
        WebElement files = waitFor(By.id("files"));
        assertThat(files.getText()).contains("门店货架照片").contains("与登记摘要一致");
        assertThat(files.findElement(By.cssSelector("code.sm3")).findElement(By.xpath("..")).getAttribute("data-label"))
                .isEqualTo("SM3 摘要");
        assertThat(browser.findElement(By.id("timeline")).getText()).contains("现场检查笔录（城关镇人民路18号门店）")
                .contains("门店货架照片");
        assertFitsTheScreen();
        screenshot("phone-evidence-case");
    }

    private String account(Handling h) {
        String username = "field" + RegistryTestData.suffix();
        accounts.open(new NewAccount(username, "Demo@2026", "现场执法员", Role.OFFICER, RegistryTestData.COUNTY,
                h.agencyId(), null, false));
        return username;
    }

    private void setValue(WebElement input, String value) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", input, value);
    }

    private void assertFitsTheScreen() {
        Map<?, ?> widths = (Map<?, ?>) ((JavascriptExecutor) browser).executeScript(
                "return {page: document.documentElement.scrollWidth, screen: window.innerWidth};");
        Object wide = ((JavascriptExecutor) browser).executeScript("return Array.from(document.querySelectorAll('body *'))"
                + ".filter(e => e.getBoundingClientRect().right > " + WIDTH + ").slice(0, 8)"
                + ".map(e => e.tagName + '#' + e.id + '.' + e.className + '<' + (e.closest('table,form,dl,section') || {}).id + '/' + e.textContent.trim().substring(0, 12) + ':' + Math.round(e.getBoundingClientRect().right)).join(' ')");
        assertThat(((Number) widths.get("page")).intValue()).as("page width on a %d px screen; too wide: %s", WIDTH, wide)
                .isLessThanOrEqualTo(WIDTH);
    }
}
