package org.fazhi.browser;

import org.fazhi.casework.CaseworkTestData;
import org.fazhi.casework.CaseworkTestData.Handling;
import org.fazhi.casework.casefile.PenaltyCases;
import org.fazhi.identity.Accounts;
import org.fazhi.identity.NewAccount;
import org.fazhi.identity.Role;
import org.fazhi.registry.RegistryTestData;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole general-procedure case in a real browser, through the step forms of the case page: from the clue an
 * inspection's "case to be filed" gave to the archive, with the refusals the procedure shows on the way.
 */
class CaseBrowserTests extends BrowserTest {

    @Autowired CaseworkTestData data;
    @Autowired PenaltyCases cases;
    @Autowired Accounts accounts;

    @Test
    void aCaseGoesFromTheInspectionsClueToTheArchiveThroughTheCasePage() throws Exception {
        Handling h = data.agency("浏览办案局");
        long caseId = data.clueFromInspection(h);
        String code = cases.get(h.officer(), caseId).code();
        String officer = account("caseofficer", "办案执法员", Role.OFFICER, h, h.handlers().get(0));
        String legal = account("caselegal", "法制审核员", Role.AGENCY_ADMIN, h, null);
        String head = account("casehead", "机关负责人", Role.AGENCY_ADMIN, h, null);

        logIn(officer);
        open("/casework/cases/new");
        assertThat(waitFor(By.id("discoveredOn")).getAttribute("value")).isEqualTo(cases.today().toString());
        open("/casework/cases");
        WebElement row = waitFor(By.linkText(code));
        row.click();
        waitUntilGone(row);
        assertThat(waitFor(By.id("case-state")).getText()).isEqualTo("线索登记");

        fileWith(h, h.handlers().get(0));
        attempt("FILE");
        assertThat(waitFor(By.id("flash-error")).getText()).isEqualTo("须由两名以上执法人员承办本案。");
        assertThat(browser.findElement(By.cssSelector("#timeline tr.refused")).getText())
                .contains("立案", "被拒绝", "行政处罚法第四十二条、第五十五条");
        assertThat(state()).isEqualTo("线索登记");
        screenshot("case-filing-refused");

        fileWith(h, h.handlers().toArray(Long[]::new));
        take("FILE");
        assertThat(state()).isEqualTo("调查取证");
        assertThat(browser.findElement(By.id("case-number")).getText()).isNotBlank();
        assertThat(browser.findElement(By.id("case-facts")).getText()).contains(
                h.inspecting().officers().get(0).name() + "、" + h.inspecting().officers().get(1).name());

        new Select(browser.findElement(By.id("RECORD_EVIDENCE-evidenceKind"))).selectByValue("INSPECTION_RECORD");
        browser.findElement(By.id("RECORD_EVIDENCE-title")).sendKeys("现场检查笔录");
        browser.findElement(By.id("RECORD_EVIDENCE-description")).sendKeys("经营场所无食品经营许可证");
        take("RECORD_EVIDENCE");
        assertThat(browser.findElement(By.id("evidence")).getText()).contains("现场检查笔录");

        propose("SUBMIT_FOR_REVIEW");
        take("SUBMIT_FOR_REVIEW");
        assertThat(state()).isEqualTo("案件审查");
        take("SUBMIT_FOR_LEGAL_REVIEW");
        assertThat(state()).isEqualTo("法制审核");
        assertThat(browser.findElements(By.id("do-PASS_LEGAL_REVIEW"))).isEmpty();

        logIn(legal);
        open("/casework/cases/" + caseId);
        waitFor(By.id("PASS_LEGAL_REVIEW-opinion")).sendKeys("事实清楚，证据确凿，同意");
        take("PASS_LEGAL_REVIEW");
        assertThat(browser.findElement(By.id("review-facts")).getText()).contains("审核通过", "事实清楚，证据确凿，同意");

        logIn(head);
        open("/casework/cases/" + caseId);
        propose("DECIDE");
        attempt("DECIDE");
        assertThat(waitFor(By.id("flash-error")).getText()).contains("告知当事人");
        assertThat(browser.findElement(By.cssSelector("#timeline tr.refused:last-child")).getText())
                .contains("作出决定", "行政处罚法第四十四条、第六十二条");

        logIn(officer);
        open("/casework/cases/" + caseId);
        take("NOTIFY");
        assertThat(state()).isEqualTo("已告知");
        check("RECORD_STATEMENT", "waived", "true");
        take("RECORD_STATEMENT");

        logIn(head);
        open("/casework/cases/" + caseId);
        waitFor(By.id("DECIDE-reason")).sendKeys("违法事实清楚，证据确凿，当事人放弃陈述申辩");
        take("DECIDE");
        assertThat(state()).isEqualTo("已决定");
        assertThat(browser.findElement(By.id("proposal-decided")).getText()).contains("警告、罚款", "2000.00元", "在裁量基准内");
        assertThat(browser.findElement(By.id("decision-number")).getText()).isNotBlank();

        logIn(officer);
        open("/casework/cases/" + caseId);
        take("DELIVER");
        assertThat(state()).isEqualTo("执行");
        take("RECORD_PAYMENT");
        take("CLOSE");
        assertThat(state()).isEqualTo("结案");

        logIn(head);
        open("/casework/cases/" + caseId);
        take("ARCHIVE");
        assertThat(state()).isEqualTo("归档");
        assertThat(browser.findElements(By.cssSelector("section.step"))).isEmpty();
        assertThat(browser.findElement(By.id("timeline")).getText()).contains("登记线索", "立案", "登记证据",
                "调查终结，提交审查", "提请法制审核", "法制审核通过", "行政处罚事先告知", "记录陈述申辩", "作出决定",
                "送达决定书", "登记缴款", "结案", "归档");
        assertThat(browser.findElement(By.id("document-FILING_APPROVAL")).getText()).contains("立案审批表");
        assertThat(browser.findElement(By.id("document-PENALTY_DECISION")).getText()).contains("行政处罚决定书");
        screenshot("case-archived");
    }

    @Test
    void anOfficerDecidesOnTheSpotThenTheDecisionIsPaidReportedAndClosed() throws Exception {
        Handling h = data.agency("浏览当场局");
        String officer = account("spotofficer", "当场执法员", Role.OFFICER, h, h.handlers().get(0));

        logIn(officer);
        open("/casework/cases");
        WebElement start = waitFor(By.id("new-on-the-spot"));
        start.click();
        waitUntilGone(start);
        waitFor(By.id("partyCode")).sendKeys(h.party().creditCode());
        new Select(browser.findElement(By.id("itemId"))).selectByValue(String.valueOf(h.penaltyItem().id()));
        Select officers = new Select(browser.findElement(By.id("handlerIds")));
        h.handlers().forEach(id -> officers.selectByValue(String.valueOf(id)));
        browser.findElement(By.id("place")).sendKeys("郏县龙山街道文化路");
        WebElement day = browser.findElement(By.id("violationOn"));
        assertThat(day.getAttribute("value")).isEqualTo(cases.today().toString());
        String threeDaysAgo = cases.today().minusDays(3).toString();
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", day, threeDaysAgo);
        browser.findElement(By.id("facts")).sendKeys("售卖过期食品");
        onTheSpot("factsCertain", "true");
        onTheSpot("penalties", "WARNING");
        onTheSpot("penalties", "FINE");
        browser.findElement(By.id("fine")).sendKeys("2000");
        browser.findElement(By.id("tier")).sendKeys("一般");
        onTheSpot("waived", "true");
        decideOnTheSpot();
        assertThat(waitFor(By.id("refusal")).getText()).contains("须向当事人出示执法证件", "行政处罚法第五十二条");
        assertThat(browser.findElement(By.id("violationOn")).getAttribute("value")).isEqualTo(threeDaysAgo);
        screenshot("on-the-spot-refused");

        onTheSpot("certificatesShown", "true");
        decideOnTheSpot();
        assertThat(waitFor(By.id("case-state")).getText()).isEqualTo("执行");
        assertThat(browser.findElement(By.id("decision-number")).getText()).contains("当罚");
        assertThat(browser.findElement(By.id("document-ON_THE_SPOT_DECISION")).getText()).contains("当场行政处罚决定书");
        assertThat(browser.findElement(By.id("on-the-spot-report")).getText()).contains("应于");

        take("RECORD_PAYMENT");
        attempt("CLOSE");
        assertThat(waitFor(By.id("flash-error")).getText()).contains("备案");
        assertThat(browser.findElement(By.cssSelector("#timeline tr.refused")).getText())
                .contains("结案", "行政处罚法第五十二条");
        take("REPORT_ON_THE_SPOT");
        assertThat(browser.findElement(By.id("on-the-spot-report")).getText()).contains("报备案");
        take("CLOSE");
        assertThat(state()).isEqualTo("结案");
        assertThat(browser.findElement(By.id("timeline")).getText()).contains("当场作出行政处罚决定（简易程序）",
                "登记缴款", "当场处罚决定报机关备案", "结案");
        screenshot("on-the-spot-closed");
    }

    private void onTheSpot(String name, String value) {
        browser.findElement(By.cssSelector("#on-the-spot-form input[name=" + name + "][value=" + value + "]")).click();
    }

    private void decideOnTheSpot() {
        WebElement decide = browser.findElement(By.id("decide-on-the-spot"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", decide);
        decide.click();
        waitUntilGone(decide);
    }

    private String account(String prefix, String name, Role role, Handling h, @Nullable Long officerId) {
        String username = prefix + RegistryTestData.suffix();
        accounts.open(new NewAccount(username, "Demo@2026", name, role, RegistryTestData.COUNTY, h.agencyId(), null,
                false), officerId);
        return username;
    }

    /** Fills the filing form: the penalty item, these officers, the act ten days ago. */
    private void fileWith(Handling h, Long... handlers) {
        Select items = new Select(waitFor(By.id("FILE-itemIds")));
        items.deselectAll();
        items.selectByValue(String.valueOf(h.penaltyItem().id()));
        Select officers = new Select(browser.findElement(By.id("FILE-handlerIds")));
        officers.deselectAll();
        for (Long handler : handlers) {
            officers.selectByValue(String.valueOf(handler));
        }
        WebElement day = browser.findElement(By.id("FILE-violationOn"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", day,
                cases.today().minusDays(10).toString());
        browser.findElement(By.id("FILE-facts")).sendKeys("无证经营食品");
    }

    /** A warning and a fine of ¥2,000 in the 一般 tier, on the step's proposal fields. */
    private void propose(String step) {
        check(step, "penalties", "WARNING");
        check(step, "penalties", "FINE");
        browser.findElement(By.id(step + "-fine")).sendKeys("2000");
        new Select(browser.findElement(By.id(step + "-tier"))).selectByValue("一般");
        browser.findElement(By.id(step + "-reason")).sendKeys("违法事实清楚，证据确凿");
    }

    private void check(String step, String name, String value) {
        browser.findElement(By.cssSelector("#step-" + step + " input[name=" + name + "][value=" + value + "]"))
                .click();
    }

    /** Submits the step's form, expecting the case page back without a refusal. */
    private void take(String step) {
        attempt(step);
        assertThat(browser.findElements(By.id("flash-error"))).as("%s refused", step)
                .extracting(WebElement::getText).isEmpty();
    }

    /** Submits the step's form and waits for the case page it leads back to. */
    private void attempt(String step) {
        WebElement button = browser.findElement(By.id("do-" + step));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();
        waitUntilGone(button);
        waitFor(By.id("case-state"));
    }

    private String state() {
        return browser.findElement(By.id("case-state")).getText();
    }
}
