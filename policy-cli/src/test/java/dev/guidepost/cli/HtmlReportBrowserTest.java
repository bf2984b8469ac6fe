package dev.guidepost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The HTML report in a real browser: headless Chromium, driven by Selenium, opens the report of
 * the broken sample and checks its totals, the filter box, the severity toggles, a finding's
 * details and that it reads without JavaScript. Runs when Chromium and its driver are found
 * ({@code -Dguidepost.chromium=PATH} and {@code -Dguidepost.chromedriver=PATH}, or
 * {@code chromium} and {@code chromedriver} on the PATH: Debian's {@code chromium} and
 * {@code chromium-driver} packages); otherwise it is skipped, and says so.
 */
class HtmlReportBrowserTest {

    private static final Path SAMPLE = Path.of("..", "samples", "django-broken").toAbsolutePath().normalize();

    @TempDir
    static Path dir;

    private static Path html;
    private static JsonNode json;
    private static Optional<Path> chromium;
    private static Optional<Path> driverExecutable;

    @BeforeAll
    static void writeReports() throws Exception {
        chromium = executable("guidepost.chromium", "chromium", "chromium-browser", "google-chrome");
        driverExecutable = executable("guidepost.chromedriver", "chromedriver");
        if (chromium.isEmpty() || driverExecutable.isEmpty()) {
            System.out.println("SKIPPED HtmlReportBrowserTest: no Chromium and chromedriver found (apt-get install "
                    + "chromium chromium-driver, or -Dguidepost.chromium=PATH -Dguidepost.chromedriver=PATH)");
            return;
        }
        html = dir.resolve("report.html");
        Path jsonFile = dir.resolve("report.json");
        int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), "check",
                SAMPLE.toString(), "--format", "html=" + html, "--format", "json=" + jsonFile, "--threads", "2");
        assertThat(code).isEqualTo(1);
        json = new ObjectMapper().readTree(jsonFile.toFile());
    }

    private static WebDriver browser(boolean javascript) {
        Assumptions.assumeTrue(chromium.isPresent() && driverExecutable.isPresent(),
                "no Chromium and chromedriver found; skipped");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.get().toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1280,1000");
        if (!javascript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driverExecutable.get().toFile()).usingAnyFreePort().build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.get(html.toUri().toString());
        return driver;
    }

    @Test
    void totalsFilterTogglesAndDetailsWork() {
        WebDriver driver = browser(true);
        try {
            JsonNode summary = json.get("summary");
            int total = summary.get("findings").asInt();
            for (String severity : List.of("error", "warning", "info")) {
                assertThat(driver.findElement(By.cssSelector("li.total." + severity + " .count")).getText())
                        .isEqualTo(summary.get(severity).asText());
            }
            assertThat(driver.findElement(By.cssSelector("#totals h2")).getText()).isEqualTo(total + " problems");
            assertThat(driver.findElement(By.id("controls")).isDisplayed()).isTrue();
            assertThat(driver.findElement(By.id("shown")).getText()).isEqualTo(total + " of " + total + " findings shown");

            long noPrint = stream(json.get("findings")).filter(f -> f.get("ruleId").asText().equals("django/no-print"))
                    .count();
            assertThat(noPrint).isPositive();
            driver.findElement(By.id("filter")).sendKeys("no-print");
            assertThat(visibleFindings(driver)).hasSize((int) noPrint)
                    .allMatch(f -> f.getAttribute("data-rule").equals("django/no-print"));
            assertThat(driver.findElement(By.id("shown")).getText())
                    .isEqualTo(noPrint + " of " + total + " findings shown");
            assertThat(driver.findElements(By.cssSelector("section.file")).stream().filter(WebElement::isDisplayed)
                    .map(s -> s.getAttribute("data-path")).distinct().toList())
                    .containsExactlyInAnyOrder("apps/payments/api/views.py", "apps/payments/models.py");

            WebElement finding = visibleFindings(driver).get(0);
            assertThat(finding.findElement(By.cssSelector(".pos")).getText()).isEqualTo("line 25:9");
            assertThat(finding.findElement(By.cssSelector("pre.code")).getText()).contains("25").contains("print(");
            assertThat(finding.findElement(By.cssSelector(".fix")).getText()).startsWith("Fix: Log through a module logger");
            WebElement why = finding.findElement(By.cssSelector("details.why"));
            WebElement rationale = why.findElement(By.tagName("p"));
            assertThat(rationale.isDisplayed()).isFalse();
            why.findElement(By.tagName("summary")).click();
            assertThat(rationale.isDisplayed()).isTrue();
            assertThat(rationale.getText()).isNotBlank();

            driver.findElement(By.id("filter")).clear();
            driver.findElement(By.id("filter")).sendKeys("x");
            driver.findElement(By.id("filter")).clear();
            driver.findElement(By.cssSelector("input[name=severity][value=error]")).click();
            int errors = summary.get("error").asInt();
            assertThat(visibleFindings(driver)).hasSize(total - errors)
                    .noneMatch(f -> f.getAttribute("data-severity").equals("error"));
            driver.findElement(By.cssSelector("input[name=severity][value=warning]")).click();
            driver.findElement(By.cssSelector("input[name=severity][value=info]")).click();
            assertThat(visibleFindings(driver)).isEmpty();
            assertThat(driver.findElement(By.id("nothing")).isDisplayed()).isTrue();
        } finally {
            driver.quit();
        }
    }

    @Test
    void readsWithoutJavaScript() {
        WebDriver driver = browser(false);
        try {
            assertThat(driver.findElement(By.id("controls")).isDisplayed()).isFalse();
            assertThat(visibleFindings(driver)).hasSize(json.get("summary").get("findings").asInt());
            assertThat(driver.findElement(By.cssSelector("#by-rule caption")).getText()).isEqualTo("By rule");
        } finally {
            driver.quit();
        }
    }

    private static List<WebElement> visibleFindings(WebDriver driver) {
        return driver.findElements(By.cssSelector("article.finding")).stream().filter(WebElement::isDisplayed).toList();
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false);
    }

    private static Optional<Path> executable(String property, String... names) {
        String configured = System.getProperty(property, "");
        if (!configured.isBlank()) {
            return Optional.of(Path.of(configured)).filter(Files::isExecutable);
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : names) {
                if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
                    return Optional.of(Path.of(dir, name));
                }
            }
        }
        return Optional.empty();
    }

    @AfterAll
    static void done() {
        // the temporary folder and its reports are removed by JUnit
    }
}
