package org.fazhi.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.fazhi.entities.party.Party;
import org.fazhi.identity.Accounts;
import org.fazhi.identity.NewAccount;
import org.fazhi.identity.Role;
import org.fazhi.inspection.InspectionTestData;
import org.fazhi.inspection.InspectionTestData.Inspecting;
import org.fazhi.inspection.LicencePhotos;
import org.fazhi.inspection.task.InspectionTask;
import org.fazhi.inspection.task.TaskStatus;
import org.fazhi.inspection.task.Tasks;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.shared.GeoPoint;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** 扫照签到 in a real browser: an inspector photographs the enterprise's licence QR code and the visit is checked in. */
class CheckInBrowserTests extends BrowserTest {

    private static final GeoPoint SHOP = new GeoPoint(33.9600, 113.2000);

    @Autowired InspectionTestData data;
    @Autowired Accounts accounts;
    @Autowired Tasks tasks;
    @Autowired JdbcClient jdbc;

    @Test
    void anInspectorUploadsAPhotoOfTheLicenceQrCodeAndTheTaskIsCheckedIn() throws Exception {
        Inspecting inspecting = data.agency("扫照浏览局", 2);
        Party party = data.enterpriseAt(SHOP);
        InspectionTask task = data.approvedCase(inspecting, party);
        String username = "scan" + RegistryTestData.suffix();
        accounts.open(new NewAccount(username, "Demo@2026", "扫照检查员", Role.OFFICER, RegistryTestData.COUNTY,
                inspecting.agency().id(), null, false), inspecting.officers().get(0).id());
        Path photo = Files.createTempFile("licence", ".png");
        Files.write(photo, LicencePhotos.of("http://www.gsxt.gov.cn/index.html?uniscid=" + party.creditCode(), 1280,
                960, "png"));
        GeoPoint phone = SHOP.offset(120, 90);
        ChromeDriver chrome = (ChromeDriver) browser;
        chrome.executeCdpCommand("Browser.grantPermissions", Map.of("origin", "http://localhost:" + port,
                "permissions", List.of("geolocation")));
        chrome.executeCdpCommand("Emulation.setGeolocationOverride", Map.of("latitude", phone.latitude(),
                "longitude", phone.longitude(), "accuracy", 20));

        logIn(username);
        open("/inspection/licence-scans");
        assertThat(heading()).isEqualTo("扫照签到");
        waitFor(By.cssSelector("[data-locate-button]")).click();
        wait.until(driver -> !driver.findElement(By.name("latitude")).getDomProperty("value").isEmpty());
        browser.findElement(By.id("photo")).sendKeys(photo.toAbsolutePath().toString());
        screenshot("licence-scan");
        browser.findElement(By.id("licence-scan-submit")).click();

        assertThat(waitFor(By.cssSelector(".flash")).getText()).contains("扫照签到成功").contains(task.code());
        assertThat(waitFor(By.id("task-status")).getText()).isEqualTo("已扫码入企");
        assertThat(waitFor(By.id("task-places")).getText()).contains("检查人员扫营业执照").contains("150 米");
        screenshot("licence-checked-in");
        assertThat(tasks.get(RegistryTestData.supervisor(), task.id()).status()).isEqualTo(TaskStatus.CHECKED_IN);
        assertThat(jdbc.sql("select kind from inspection.code_scan where task_id = ?").param(task.id())
                .query(String.class).single()).isEqualTo("LICENCE");
        Files.deleteIfExists(photo);
    }
}
