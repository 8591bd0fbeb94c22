package org.fazhi.browser;

import java.util.List;
import java.util.Map;

import org.fazhi.inspection.task.InspectionTask;
import org.fazhi.inspection.task.TaskInspector;
import org.fazhi.inspection.task.Visits;
import org.fazhi.registry.RegistryTestData;
import org.fazhi.supervision.review.ReviewTestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An enterprise uses Fazhi from a phone (it scans visit codes): at 390×844 CSS pixels no page runs off the screen
 * sideways, the header's title and links stay apart, lists show as cards that name each value, and the staff
 * navigation folds behind a menu button.
 */
class PhoneBrowserTests extends BrowserTest {

    private static final int WIDTH = 390;

    @Autowired DemoEnterpriseVisits enterpriseVisits;
    @Autowired Visits visits;
    @Autowired ReviewTestData reviews;

    @BeforeAll
    void holdLikeAPhone() {
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", WIDTH, "height", 844, "deviceScaleFactor", 2, "mobile", true));
    }

    @Test
    void theEnterpriseReadsTheVisitCodeAndItsInspectionsOnAPhone() throws Exception {
        InspectionTask task = enterpriseVisits.approved("手机浏览局").task();

        browser.manage().deleteAllCookies();
        open("/visit/" + visits.codeOf(task).orElseThrow());
        waitFor(By.id("visit-genuine"));
        assertFitsTheScreen();
        for (TaskInspector inspector : task.inspectors()) {
            assertOnScreen(browser.findElement(By.xpath("//table[@id='visit-inspectors']//td[.='" + inspector.name() + "']")));
        }
        screenshot("phone-visit-code");

        logIn("enterprise");
        open("/enterprise/inspections");
        WebElement row = waitFor(By.id("visit-" + task.id()));
        assertFitsTheScreen();
        assertHeaderTitleAndLinksApart();
        for (TaskInspector inspector : task.inspectors()) {
            WebElement name = row.findElement(By.xpath(".//span[contains(., '" + inspector.name() + "')]"));
            assertThat(name.isDisplayed()).isTrue();
            assertOnScreen(name);
        }
        assertThat(labelOf(row.findElement(By.cssSelector("td")))).isEqualTo("任务编号");
        screenshot("phone-enterprise-inspections");
    }

    @Test
    void aStaffListShowsCardsAndTheNavigationWaitsBehindTheMenuButton() throws Exception {
        logIn("supervisor");
        open("/registry/officers");
        WebElement firstCell = waitFor(By.cssSelector("#officer-list tbody td"));
        assertFitsTheScreen();
        assertHeaderTitleAndLinksApart();
        assertThat(labelOf(firstCell)).isEqualTo("姓名");
        assertOnScreen(firstCell);
        assertThat(browser.findElement(By.cssSelector(".app-nav")).isDisplayed()).isFalse();
        screenshot("phone-officer-list");

        browser.findElement(By.cssSelector(".nav-toggle-label")).click();
        WebElement link = waitFor(By.cssSelector(".app-nav a[href='/registry/agencies']"));
        assertOnScreen(link);
        screenshot("phone-navigation");
        link.click();
        assertThat(waitFor(By.id("agency-list")).isDisplayed()).isTrue();
        assertFitsTheScreen();
    }

    @Test
    void anyoneChecksACaseFileDrawOnAPhone() throws Exception {
        long campaign = reviews.drawn("手机核验评查" + RegistryTestData.suffix());
        browser.manage().deleteAllCookies();
        open("/public/supervision/reviews/" + campaign + "/verification");
        assertThat(waitFor(By.id("verification-result")).getAttribute("data-matches")).isEqualTo("true");
        assertThat(browser.findElement(By.id("public-value")).getText()).isEqualTo("40417362");
        assertFitsTheScreen();
        WebElement drawn = browser.findElement(By.cssSelector("#drawn-files tbody tr td:nth-child(2)"));
        assertThat(labelOf(drawn)).isEqualTo("案件编号");
        assertOnScreen(browser.findElement(By.id("directory-digest")));
        screenshot("phone-review-verification");
    }

    private void assertFitsTheScreen() {
        Map<?, ?> widths = (Map<?, ?>) script("return {page: document.documentElement.scrollWidth, "
                + "screen: window.innerWidth};");
        assertThat(((Number) widths.get("screen")).intValue()).isEqualTo(WIDTH);
        assertThat(((Number) widths.get("page")).intValue()).as("page width on a %d px screen", WIDTH)
                .isLessThanOrEqualTo(WIDTH);
    }

    private void assertHeaderTitleAndLinksApart() {
        WebElement brand = browser.findElement(By.cssSelector(".app-header .brand"));
        List<WebElement> others = browser.findElements(By.cssSelector(
                ".app-header .nav-toggle-label, .app-header .user > *"));
        for (WebElement other : others.stream().filter(WebElement::isDisplayed).toList()) {
            assertThat(overlap(brand.getRect(), other.getRect())).as("title overlaps %s", other.getText()).isFalse();
            assertOnScreen(other);
        }
        assertOnScreen(brand);
    }

    private void assertOnScreen(WebElement element) {
        Rectangle box = element.getRect();
        assertThat(box.getX()).as("left edge of %s", element.getText()).isGreaterThanOrEqualTo(0);
        assertThat(box.getX() + box.getWidth()).as("right edge of %s", element.getText()).isLessThanOrEqualTo(WIDTH);
    }

    private static boolean overlap(Rectangle a, Rectangle b) {
        return a.getX() < b.getX() + b.getWidth() && b.getX() < a.getX() + a.getWidth()
                && a.getY() < b.getY() + b.getHeight() && b.getY() < a.getY() + a.getHeight();
    }

    /** The label the phone layout shows before a cell (its column's heading). */
    private String labelOf(WebElement cell) {
        String content = (String) script("return getComputedStyle(arguments[0], '::before').content;", cell);
        return content.replace("\"", "");
    }

    private Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(script, arguments);
    }
}
