package org.fazhi.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.fazhi.casework.CaseDirectory;
import org.fazhi.casework.CaseworkTestData;
import org.fazhi.casework.CaseworkTestData.Handling;
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
 * 行刑衔接 in a real browser: the agency's handler opens a transfer from the case's page, the head (legal office)
 * approves it, the handler uploads the four documents, hands it over and records the police's decision to file;
 * the transfers' list shows it filed.
 */
class TransferBrowserTests extends BrowserTest {

    @Autowired CaseworkTestData casework;
    @Autowired CaseDirectory cases;
    @Autowired Accounts accounts;

    @Test
    void theHandlerTransfersACaseTheHeadApprovesAndThePolicesDecisionIsRecorded() throws Exception {
        Handling h = casework.agency("浏览移送局");
        long caseId = casework.filed(h);
        String code = cases.of(caseId).orElseThrow().code();
        String handler = "trhandler" + RegistryTestData.suffix();
        String head = "trhead" + RegistryTestData.suffix();
        accounts.open(new NewAccount(handler, "Demo@2026", "承办人员", Role.OFFICER, RegistryTestData.COUNTY,
                h.agencyId(), null, false), null);
        accounts.open(new NewAccount(head, "Demo@2026", "法制科长", Role.AGENCY_ADMIN, RegistryTestData.COUNTY,
                h.agencyId(), null, false), null);

        logIn(handler);
        open("/casework/cases/" + caseId);
        WebElement propose = waitFor(By.id("propose-transfer"));
        propose.click();
        waitUntilGone(propose);
        assertThat(waitFor(By.id("caseCode")).getAttribute("value")).isEqualTo(code);
        assertThat(new Select(browser.findElement(By.id("kind"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("PUBLIC_SECURITY");
        browser.findElement(By.id("suspectedOffence")).sendKeys("涉嫌生产、销售伪劣产品罪");
        submit(By.id("submit-transfer"));
        assertThat(waitFor(By.id("transfer-state")).getText()).isEqualTo("待负责人审批");
        assertThat(browser.findElements(By.id("approve"))).isEmpty();
        String transferUrl = browser.getCurrentUrl();

        logIn(head);
        browser.get(transferUrl);
        submit(By.id("approve"));
        assertThat(waitFor(By.id("transfer-state")).getText()).isEqualTo("已批准，待移交");

        logIn(handler);
        browser.get(transferUrl);
        Path pdf = Files.createTempFile("transfer-document", ".pdf");
        Files.write(pdf, Arrays.copyOf("%PDF-1.7\n".getBytes(), 2048));
        for (String kind : List.of("TRANSFER_LETTER", "INVESTIGATION_REPORT", "EXHIBIT_LIST", "EXPERT_OPINION")) {
            new Select(waitFor(By.id("document-kind"))).selectByValue(kind);
            browser.findElement(By.id("document-file")).sendKeys(pdf.toString());
            submit(By.id("upload-document"));
        }
        assertThat(waitFor(By.id("transfer-documents")).getText()).contains("涉嫌犯罪案件移送书", "涉案物品清单");
        submit(By.id("hand-over"));
        assertThat(waitFor(By.id("transfer-state")).getText()).isEqualTo("已移交，待立案决定");
        waitFor(By.id("filed-yes")).click();
        browser.findElement(By.id("decision-note")).sendKeys("县公安局立案决定书");
        submit(By.id("record-decision"));
        assertThat(waitFor(By.id("transfer-state")).getText()).isEqualTo("已立案，待移交涉案物品");
        screenshot("supervision-transfer-filed");

        open("/supervision/transfers?q=" + code);
        assertThat(waitFor(By.id("transfer-list")).getText()).contains(code, "已立案，待移交涉案物品");
        Files.deleteIfExists(pdf);
    }

    private void submit(By button) {
        WebElement element = waitFor(button);
        element.click();
        waitUntilGone(element);
    }
}
