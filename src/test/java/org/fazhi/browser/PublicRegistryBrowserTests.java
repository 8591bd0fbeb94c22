package org.fazhi.browser;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import org.fazhi.registry.RegistryTestData;
import org.fazhi.registry.agency.Agency;
import org.fazhi.registry.certificate.Certificate;
import org.fazhi.registry.certificate.Certificates;
import org.fazhi.registry.officer.Officer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** An anonymous visitor checks the certificate an officer shows them, starting from the portal's home. */
class PublicRegistryBrowserTests extends BrowserTest {

    @Autowired RegistryTestData data;
    @Autowired Certificates certificates;

    @Test
    void aVisitorFindsAnOfficerByNameAndOpensTheCertificateCheck() throws Exception {
        Agency agency = data.agency("浏览器公示局");
        String name = "公示" + "甲乙丙丁戊己庚辛壬癸".charAt(ThreadLocalRandom.current().nextInt(10))
                + "子丑寅卯辰巳午未申酉戌亥".charAt(ThreadLocalRandom.current().nextInt(12)) + "员";
        Officer officer = data.officer(agency, name);
        LocalDate today = certificates.today();
        Certificate certificate = data.certificate(officer, today.minusYears(1), today.plusYears(3));

        browser.manage().deleteAllCookies();
        open("/public");
        browser.findElement(By.linkText("执法人员")).click();
        assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("执法人员公示");
        browser.findElement(By.name("name")).sendKeys(name);
        browser.findElement(By.cssSelector(".filters button[type=submit]")).click();
        wait.until(driver -> driver.getCurrentUrl().contains("name="));
        String roster = waitFor(By.id("public-officer-list")).getText();
        assertThat(roster).contains(name).contains(agency.name()).contains(certificate.number()).contains("有效");
        screenshot("public-officers");

        browser.findElement(By.linkText(certificate.number())).click();
        assertThat(waitFor(By.id("certificate-verdict")).getText()).isEqualTo("该执法证今日（" + today + "）有效");
        assertThat(heading()).isEqualTo("执法证件核验");
        assertThat(browser.findElement(By.id("public-certificate-facts")).getText())
                .contains(name).contains(agency.name()).contains(today.plusYears(3).toString());
        assertThat(browser.getPageSource()).doesNotContain(officer.idNumberMasked());
        screenshot("public-certificate-check");
    }
}
