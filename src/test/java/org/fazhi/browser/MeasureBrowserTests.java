package org.fazhi.browser;

import org.fazhi.casework.CaseworkTestData;
import org.fazhi.casework.CaseworkTestData.Handling;
import org.fazhi.identity.Accounts;
import org.fazhi.identity.NewAccount;
import org.fazhi.identity.Role;
import org.fazhi.registry.RegistryTestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/** A 扣押 in a real browser: taken from the case page with its list of items, then approved by the head. */
class MeasureBrowserTests extends BrowserTest {

    @Autowired CaseworkTestData data;
    @Autowired Accounts accounts;

    @Test
    void anOfficerSeizesTwoItemsFromTheCasePageAndTheHeadApprovesTheSeizure() throws Exception {
        Handling h = data.agency("浏览扣押局");
        long caseId = data.filed(h);
        String officer = "seize" + RegistryTestData.suffix();
        String head = "seizehead" + RegistryTestData.suffix();
        accounts.open(new NewAccount(officer, "Demo@2026", "扣押执法员", Role.OFFICER, RegistryTestData.COUNTY,
                h.agencyId(), null, false), h.handlers().get(0));
        accounts.open(new NewAccount(head, "Demo@2026", "法制审核员", Role.AGENCY_ADMIN, RegistryTestData.COUNTY,
                h.agencyId(), null, false));

        logIn(officer);
        open("/casework/cases/" + caseId);
        assertThat(waitFor(By.id("case-measures")).getText()).contains("本案尚未采取强制措施");
        browser.findElement(By.id("new-measure")).click();
        new Select(waitFor(By.id("kind"))).selectByValue("SEIZURE");
        Select officers = new Select(browser.findElement(By.id("officerIds")));
        officers.deselectAll();
        h.handlers().forEach(id -> officers.selectByValue(String.valueOf(id)));
        browser.findElement(By.id("reason")).sendKeys("涉嫌经营超过保质期的食品");
        browser.findElement(By.id("legalBasis")).sendKeys("《中华人民共和国食品安全法》第一百一十条第四项");
        browser.findElement(By.id("placeKept")).sendKeys("县市场监管局涉案物品仓库");
        item(0, "过期奶粉", "900克/罐", "12", "罐");
        item(1, "过期饼干", "500克/袋", "3", "箱");
        screenshot("measure-form");
        WebElement take = browser.findElement(By.id("take-measure"));
        take.click();
        waitUntilGone(take);

        assertThat(waitFor(By.id("measure-state")).getText()).isEqualTo("待批准");
        assertThat(browser.findElement(By.id("measure-items")).getText()).contains("过期奶粉", "12罐", "过期饼干", "3箱");
        String page = browser.getCurrentUrl();

        logIn(head);
        browser.get(page);
        browser.findElement(By.id("act-note-APPROVE")).sendKeys("同意扣押");
        WebElement approve = browser.findElement(By.id("do-APPROVE"));
        approve.click();
        waitUntilGone(approve);
        assertThat(waitFor(By.id("measure-state")).getText()).isEqualTo("实施中");
        assertThat(browser.findElement(By.id("measure-period")).getText()).contains("至");
        assertThat(browser.findElement(By.id("measure-documents")).getText())
                .contains("查封（扣押）决定书", "查封（扣押）清单");
        assertThat(browser.findElement(By.id("measure-timeline")).getText()).contains("报请批准", "负责人批准");
        screenshot("measure-approved");
    }

    private void item(int index, String name, String specification, String quantity, String unit) {
        browser.findElement(By.id("items" + index + ".name")).sendKeys(name);
        browser.findElement(By.id("items" + index + ".specification")).sendKeys(specification);
        browser.findElement(By.id("items" + index + ".quantity")).sendKeys(quantity);
        browser.findElement(By.id("items" + index + ".unit")).sendKeys(unit);
    }
}
