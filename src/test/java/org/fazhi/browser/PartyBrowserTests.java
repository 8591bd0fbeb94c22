package org.fazhi.browser;

import java.util.List;

import org.fazhi.entities.CreditGrade;
import org.fazhi.entities.EntitiesTestData;
import org.fazhi.entities.PartyKind;
import org.fazhi.entities.party.Parties;
import org.fazhi.entities.party.Party;
import org.fazhi.entities.party.PartyForm;
import org.fazhi.entities.party.PartyStatus;
import org.fazhi.registry.RegistryTestData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class PartyBrowserTests extends BrowserTest {

    @Autowired Parties parties;

    @Test
    void searchesPartiesByATwoCharacterChineseFragmentAndOpensOne() throws Exception {
        String trade = EntitiesTestData.tradeName();
        Party party = parties.register(RegistryTestData.admin(), new PartyForm(PartyKind.ENTERPRISE,
                EntitiesTestData.enterpriseCode(), "郏县" + trade + "建材有限公司", "410425", "建设路18号", "C30", null,
                true, "王经理", "13812345678", PartyStatus.OPERATING, CreditGrade.A, List.of(), 0));
        logIn("officer");
        open("/entities/parties");
        browser.findElement(By.name("name")).sendKeys(trade.substring(1, 3));
        browser.findElement(By.cssSelector("#party-search button[type=submit]")).click();
        waitFor(By.linkText(party.name())).click();
        assertThat(heading()).isEqualTo(party.name());
        String facts = waitFor(By.id("party-facts")).getText();
        assertThat(facts).contains("138****5678").contains("A级").doesNotContain("13812345678");
        screenshot("party-detail");
    }
}
