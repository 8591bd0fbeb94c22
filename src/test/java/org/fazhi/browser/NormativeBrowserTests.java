package org.fazhi.browser;

import org.fazhi.identity.Accounts;
import org.fazhi.identity.NewAccount;
import org.fazhi.identity.Role;
import org.fazhi.registry.RegistryTestData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 规范性文件 in a real browser: an agency's legal office registers a draft of its own (a missing title is refused in
 * Chinese beside the field, what was chosen kept), sees it in the drafting state, and finds it in the list.
 */
class NormativeBrowserTests extends BrowserTest {

    @Autowired RegistryTestData registry;
    @Autowired Accounts accounts;

    @Test
    void theLegalOfficeRegistersADraftAndFindsItInTheList() throws Exception {
        long agency = registry.agency("浏览规范局").id();
        String legalOffice = "nblegal" + RegistryTestData.suffix();
        String title = "关于规范涉企行政检查的若干规定" + RegistryTestData.suffix();
        accounts.open(new NewAccount(legalOffice, "Demo@2026", "法制科长", Role.AGENCY_ADMIN, RegistryTestData.COUNTY,
                agency, null, false), null);

        logIn(legalOffice);
        open("/governance/normative-documents");
        clickAndWait(By.cssSelector("a[href='/governance/normative-documents/new']"));
        new Select(waitFor(By.id("agencyId"))).selectByValue(Long.toString(agency));
        browser.findElement(By.id("businessRelated1")).click();
        clickAndWait(By.id("submit-normative"));
        assertThat(waitFor(By.id("normative-errors")).getText()).contains("请填写文件标题");
        assertThat(new Select(browser.findElement(By.id("agencyId"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo(Long.toString(agency));
        assertThat(browser.findElement(By.id("businessRelated1")).isSelected()).isTrue();

        browser.findElement(By.id("title")).sendKeys(title);
        clickAndWait(By.id("submit-normative"));
        assertThat(heading()).isEqualTo(title);
        assertThat(waitFor(By.id("normative-state")).getText()).isEqualTo("起草");

        open("/governance/normative-documents");
        waitFor(By.name("q")).sendKeys(title);
        clickAndWait(By.cssSelector("form.filters button[type=submit]"));
        WebElement list = waitFor(By.id("normative-list"));
        assertThat(list.getText()).contains(title, "起草");
        assertThat(list.findElements(By.cssSelector("tbody tr[data-document]"))).hasSize(1);
        screenshot("governance-normative-listed");
    }
}
