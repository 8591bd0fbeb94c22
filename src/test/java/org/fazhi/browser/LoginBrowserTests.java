package org.fazhi.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

class LoginBrowserTests extends BrowserTest {

    @Test
    void aWrongPasswordIsRefusedInChinese() {
        browser.manage().deleteAllCookies();
        open("/login");
        browser.findElement(By.id("username")).sendKeys("leader");
        browser.findElement(By.id("password")).sendKeys("not-the-password");
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        assertThat(waitFor(By.cssSelector(".error")).getText()).contains("用户名或密码错误");
    }

    @Test
    void theLeaderLogsInAndLandsOnTheDashboard() throws Exception {
        logIn("leader");
        assertThat(heading()).isEqualTo("工作概览");
        assertThat(browser.findElement(By.cssSelector("header .user-role")).getText()).isEqualTo("领导");
        screenshot("dashboard-leader");
    }
}
