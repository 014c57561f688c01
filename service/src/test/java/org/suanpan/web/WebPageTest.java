package org.suanpan.web;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.suanpan.serve.ServeConfig;
import org.suanpan.serve.Server;
import org.suanpan.testing.Fixtures;
import org.suanpan.testing.Variants;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * The web page in a real browser: headless Debian Chromium driven by Selenium against the server started in this
 * JVM. A faulty copy of the 2022 sample is uploaded through the page's file input exactly as a person would, and
 * the findings table must point at the cell; two files go through 批量审核 to 100% and a summary row each.
 *
 * <p>Needs the Debian packages chromium and chromium-driver. Without them the test fails, unless
 * SUANPAN_SKIP_BROWSER=1 says this machine cannot have a browser. With {@code -Dsuanpan.screenshot=FILE} it also
 * writes a screenshot of the page showing findings (the README's picture); a relative FILE is taken from the
 * repository root.
 */
class WebPageTest {
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final Duration WAIT = Duration.ofSeconds(120);
    /** Held so the level sticks: Selenium warns that its CDP bindings are older than Chromium, which this test never uses. */
    private static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");

    @TempDir
    static Path temp;

    private static Server server;
    private static WebDriver driver;
    private static Path downloads;
    private static String base;

    @BeforeAll
    static void start() throws IOException {
        boolean present = Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER));
        if (!present) {
            assumeFalse("1".equals(System.getenv("SUANPAN_SKIP_BROWSER")),
                "SUANPAN_SKIP_BROWSER=1: no browser on this machine");
            fail("the browser test needs Debian's chromium and chromium-driver (" + CHROMIUM + ", " + CHROMEDRIVER
                + "): apt-get install chromium chromium-driver, or set SUANPAN_SKIP_BROWSER=1");
        }
        server = Server.start(ServeConfig.defaults().withPort(0).withWorkDir(Files.createDirectories(temp.resolve("work"))));
        base = "http://127.0.0.1:" + server.port() + "/";
        downloads = Files.createDirectories(temp.resolve("downloads"));
        driver = chromium(downloads);
        driver.manage().window().setSize(new Dimension(1366, 900));
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void open() {
        driver.manage().window().setSize(new Dimension(1366, 900));
        driver.get(base);
        waitFor(d -> d.findElement(By.id("check-btn")).isDisplayed());
    }

    /** Chromium from Debian with the driver named explicitly, so Selenium Manager never looks anything up. */
    private static WebDriver chromium(Path downloads) {
        SELENIUM_LOG.setLevel(Level.SEVERE);
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        System.setProperty("SE_OFFLINE", "true");
        System.setProperty("SE_AVOID_STATS", "true");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        // The background-networking flags keep Chromium from reaching for Google's hosts, which a closed network
        // (like CI's) refuses at every start.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
            "--lang=zh-CN", "--window-size=1366,900", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync");
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", downloads.toString());
        prefs.put("download.prompt_for_download", false);
        prefs.put("intl.accept_languages", "zh-CN,zh");
        options.setExperimentalOption("prefs", prefs);
        ChromeDriverService service = new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER))
            .usingAnyFreePort()
            .build();
        return new ChromeDriver(service, options);
    }

    @Test
    void checkShowsTheFaultyCellInTheFindingsTable() throws Exception {
        Path faulty = faultyCopy();
        driver.findElement(By.id("workbook")).sendKeys(faulty.toAbsolutePath().toString());
        driver.findElement(By.id("check-btn")).click();
        waitFor(d -> !rows("#findings tbody tr").isEmpty());

        String verdict = driver.findElement(By.id("verdict")).getText();
        assertTrue(verdict.contains("未通过"), verdict);
        String summary = driver.findElement(By.id("summary")).getText();
        assertTrue(summary.contains(faulty.getFileName().toString()), summary);
        assertTrue(summary.contains("2021/2022"), summary);

        List<WebElement> rows = rows("#findings tbody tr");
        boolean found = false;
        for (WebElement row : rows) {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            assertEquals(9, cells.size(), row.getText());
            if (cells.get(0).getText().contains("错误") && cells.get(1).getText().equals("表3")
                && cells.get(2).getText().contains("D16")
                && cells.get(3).getText().contains("21015") && cells.get(3).getText().contains("医疗保障管理事务")) {
                found = true;
                assertFalse(cells.get(4).getText().isBlank(), "the formula is shown");
                assertFalse(cells.get(7).getText().isBlank(), "the difference is shown");
                assertTrue(cells.get(8).getText().contains("医疗保障管理事务"), cells.get(8).getText());
            }
        }
        assertTrue(found, "no error row for 表3 D16 21015 医疗保障管理事务 in:\n"
            + driver.findElement(By.id("findings")).getText());
        // errors come first
        assertTrue(rows.get(0).findElement(By.className("badge")).getText().contains("错误"));

        String shot = System.getProperty("suanpan.screenshot");
        if (shot != null && !shot.isBlank()) {
            screenshot(Path.of(shot));
        }

        // the annotated workbook downloads under the server's UTF-8 name
        driver.findElement(By.id("annotate-btn")).click();
        String expected = "江岸区医保局-2022-决算公开表-有误-审核.xlsx";
        waitFor(d -> Files.isRegularFile(downloads.resolve(expected)));
        assertTrue(Files.size(downloads.resolve(expected)) > 1000);
        waitFor(d -> d.findElement(By.id("download-status")).getText().contains("错误"));
    }

    @Test
    void narrowScreenShowsFindingsWithoutSidewaysScrolling() throws Exception {
        driver.manage().window().setSize(new Dimension(400, 900));
        driver.get(base);
        driver.findElement(By.id("workbook")).sendKeys(faultyCopy().toAbsolutePath().toString());
        driver.findElement(By.id("check-btn")).click();
        waitFor(d -> !rows("#findings tbody tr").isEmpty());
        Object overflow = js("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertTrue(((Number) overflow).intValue() <= 0, "page wider than a 400 px window by " + overflow + " px");
        assertTrue(driver.findElement(By.id("findings")).getText().contains("D16"));
    }

    @Test
    void unusableFileShowsTheServersMessage() throws Exception {
        Path junk = Files.write(temp.resolve("不是工作簿.xlsx"), "这不是一个工作簿".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        driver.findElement(By.id("workbook")).sendKeys(junk.toAbsolutePath().toString());
        driver.findElement(By.id("check-btn")).click();
        waitFor(d -> d.findElement(By.id("single-error")).isDisplayed());
        String message = driver.findElement(By.id("single-error")).getText();
        assertFalse(message.isBlank());
        assertTrue(message.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
            "the error is said in Chinese: " + message);
        assertFalse(message.contains("<") || message.contains("{"), "the error is shown plainly: " + message);
        assertFalse(driver.findElement(By.id("single-result")).isDisplayed());
    }

    @Test
    void batchOfTwoFilesReachesHundredPercentWithARowPerFile() throws Exception {
        Path faulty = faultyCopy();
        Path good = Files.copy(Fixtures.sample(Fixtures.SAMPLE_2023), temp.resolve(Fixtures.SAMPLE_2023));
        driver.findElement(By.id("tab-batch")).click();
        driver.findElement(By.id("batch-files"))
            .sendKeys(faulty.toAbsolutePath() + "\n" + good.toAbsolutePath());
        driver.findElement(By.id("batch-btn")).click();

        waitFor(d -> d.findElement(By.id("batch-result")).isDisplayed());
        assertEquals("100%", driver.findElement(By.id("batch-percent")).getText());
        assertEquals("100", driver.findElement(By.id("batch-progress")).getAttribute("value"));

        List<WebElement> rows = rows("#batch-summary tbody tr");
        assertEquals(2, rows.size(), driver.findElement(By.id("batch-summary")).getText());
        String table = driver.findElement(By.id("batch-summary")).getText();
        for (Path f : List.of(faulty, good)) {
            String name = f.getFileName().toString();
            WebElement row = rows.stream().filter(r -> r.findElements(By.tagName("td")).get(0).getText().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no summary row for " + name + " in:\n" + table));
            assertEquals(9, row.findElements(By.tagName("td")).size()); // 文件 … 结论, 公开检查得分, 提示
        }
        WebElement faultyRow = rows.stream()
            .filter(r -> r.findElements(By.tagName("td")).get(0).getText().equals(faulty.getFileName().toString()))
            .findFirst().orElseThrow();
        int errors = Integer.parseInt(faultyRow.findElements(By.tagName("td")).get(4).getText().trim());
        assertTrue(errors > 0, "the faulty file has errors: " + faultyRow.getText());

        String xlsx = driver.findElement(By.id("summary-xlsx")).getAttribute("href");
        String zip = driver.findElement(By.id("results-zip")).getAttribute("href");
        assertTrue(xlsx.matches(".*/api/batches/[^/]+/summary\\.xlsx"), xlsx);
        assertTrue(zip.matches(".*/api/batches/[^/]+/results\\.zip"), zip);
        assertTrue(driver.findElement(By.id("batch-error")).getText().isBlank());
    }

    @Test
    void templateLinksAndRuleCatalogue() {
        driver.findElement(By.id("tab-help")).click();
        String links = Stream.of("2023", "2021")
            .map(e -> driver.findElement(By.cssSelector("a[href='api/templates/" + e + ".xlsx']")).getText())
            .reduce("", String::concat);
        assertTrue(links.contains("2023") && links.contains("2021"), links);
        driver.findElement(By.id("rules-btn")).click();
        waitFor(d -> !rows("#rules tbody tr").isEmpty() || d.findElement(By.id("rules-error")).isDisplayed());
        assertFalse(driver.findElement(By.id("rules-error")).isDisplayed(),
            driver.findElement(By.id("rules-error")).getText());
        assertTrue(rows("#rules tbody tr").size() > 10);
    }

    /** The 2022 sample with 表3!D16 (基本支出 of 21015 医疗保障管理事务) typed as 134.61 instead of 134.16. */
    private Path faultyCopy() throws IOException {
        Path target = temp.resolve("江岸区医保局-2022-决算公开表-有误.xlsx");
        if (Files.exists(target)) {
            return target;
        }
        return Variants.variant(Fixtures.sample(Fixtures.SAMPLE_2022), target, wb -> {
            assertEquals(134.16, numberAt(wb, "表3", "D16"), 1e-9, "the sample changed: 表3!D16");
            Variants.setNumber(wb, "表3", "D16", 134.61);
        });
    }

    private static double numberAt(XSSFWorkbook wb, String sheet, String address) {
        CellReference ref = new CellReference(address);
        var cell = wb.getSheet(sheet).getRow(ref.getRow()).getCell(ref.getCol());
        return cell.getCellType() == CellType.NUMERIC ? cell.getNumericCellValue() : Double.NaN;
    }

    private List<WebElement> rows(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    private Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    private void waitFor(java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver, WAIT).until(condition::apply);
    }

    /** The whole page: the window is made as tall as the document, then shot. */
    private void screenshot(Path file) throws IOException {
        Path target = file.isAbsolute() ? file : repositoryRoot().resolve(file);
        Object height = js("return Math.ceil(document.documentElement.scrollHeight);");
        driver.manage().window().setSize(new Dimension(1366, Math.min(4000, ((Number) height).intValue() + 120)));
        js("window.scrollTo(0, 0);");
        byte[] png = ((ChromeDriver) driver).getScreenshotAs(OutputType.BYTES);
        Files.createDirectories(target.toAbsolutePath().getParent());
        Files.write(target, png);
        driver.manage().window().setSize(new Dimension(1366, 900));
    }

    /** Surefire runs in service/; the repository root is the folder above it that holds the parent pom. */
    private static Path repositoryRoot() {
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("service")) && Files.isRegularFile(p.resolve("pom.xml"))) {
                return p;
            }
        }
        return here;
    }
}
