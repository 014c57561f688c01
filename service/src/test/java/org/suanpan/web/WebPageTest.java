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
        assertTrue(summary.contains("江岸区医保局") && summary.contains("2022"), "department and year: " + summary);
        String todo = driver.findElement(By.id("todo")).getText();
        assertTrue(todo.contains("3 处错误都指向 表3!D16，按明细应为 134.16"), todo);
        assertTrue(todo.contains("2 处警告"), todo);

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

        // the annotated workbook downloads under the server's UTF-8 name — of the file checked, even when another is
        // chosen since
        driver.findElement(By.id("workbook")).sendKeys(Fixtures.sample(Fixtures.SAMPLE_2023).toAbsolutePath().toString());
        assertTrue(driver.findElement(By.id("download-file")).getText().contains(faulty.getFileName().toString()));
        driver.findElement(By.id("annotate-btn")).click();
        String expected = "江岸区医保局-2022-决算公开表-有误-审核.xlsx";
        waitFor(d -> Files.isRegularFile(downloads.resolve(expected)));
        assertTrue(Files.size(downloads.resolve(expected)) > 1000);
        waitFor(d -> d.findElement(By.id("download-status")).getText().contains("错误 3 处"));
    }

    /**
     * The loop a department goes through on the page: check the shipped faulty sample, download the annotated copy,
     * correct the cell the summary names and write a 说明 for a warning in 审核结果 (as a person does in Excel), check
     * the corrected copy: it passes and the warning shows as 已说明; the re-annotated copy keeps the 说明 and has one
     * 审核结果, and opens in LibreOffice.
     */
    @Test
    void correctingTheNamedCellAndExplainingAWarningPassesWithTheWarningExplained() throws Exception {
        Path faulty = faultyCopy();
        driver.findElement(By.id("workbook")).sendKeys(faulty.toAbsolutePath().toString());
        driver.findElement(By.id("check-btn")).click();
        waitFor(d -> !rows("#findings tbody tr").isEmpty());
        driver.findElement(By.id("annotate-btn")).click();
        Path annotated = downloads.resolve("江岸区医保局-2022-决算公开表-有误-审核.xlsx");
        waitFor(d -> Files.isRegularFile(annotated) && d.findElement(By.id("download-status")).getText().contains("错误"));

        String explanation = "年中追加公务接待预算0.15万元，调整后预算0.65万元。";
        Path corrected = Variants.variant(annotated, temp.resolve("江岸区医保局-2022-决算公开表-改正.xlsx"), wb -> {
            Variants.setNumber(wb, "表3", "D16", 134.16);
            var s = wb.getSheet("审核结果");
            for (var row : s) {
                if (row.getCell(1) != null && row.getCell(1).toString().equals("W09-01")) {
                    row.getCell(org.suanpan.annotate.ResultTable.EXPLANATION).setCellValue(explanation);
                }
            }
        });
        driver.get(base);
        waitFor(d -> d.findElement(By.id("check-btn")).isDisplayed());
        driver.findElement(By.id("workbook")).sendKeys(corrected.toAbsolutePath().toString());
        driver.findElement(By.id("check-btn")).click();
        waitFor(d -> !rows("#findings tbody tr").isEmpty());
        String verdict = driver.findElement(By.id("verdict")).getText();
        assertTrue(verdict.contains("通过") && !verdict.contains("未通过"), verdict);
        assertTrue(verdict.contains("已说明 1"), verdict);
        String table = driver.findElement(By.id("findings")).getText();
        assertTrue(table.contains("已说明") && table.contains(explanation), table);
        assertFalse(table.contains("错误"), "no error left: " + table);
        String shot = System.getProperty("suanpan.screenshot");
        if (shot != null && !shot.isBlank()) {
            screenshot(Path.of(shot).resolveSibling("screenshot-explained.png"));
        }

        driver.findElement(By.id("annotate-btn")).click();
        Path again = downloads.resolve("江岸区医保局-2022-决算公开表-改正-审核.xlsx");
        waitFor(d -> Files.isRegularFile(again) && d.findElement(By.id("download-status")).getText().contains("错误 0 处"));
        try (XSSFWorkbook wb = Variants.open(again)) {
            int sheets = 0;
            String kept = null;
            for (var sheet : wb) {
                sheets += sheet.getSheetName().startsWith("审核结果") ? 1 : 0;
            }
            for (var row : wb.getSheet("审核结果")) {
                if (row.getCell(1) != null && row.getCell(1).toString().equals("W09-01")) {
                    kept = row.getCell(org.suanpan.annotate.ResultTable.EXPLANATION).toString();
                }
            }
            assertEquals(1, sheets, "one 审核结果");
            assertEquals(explanation, kept);
            assertTrue(wb.getSheet("表3").getRow(15).getCell(3).getCellComment() == null, "the corrected cell has no old comment");
        }
        if (!org.suanpan.testing.Office.skipped()) {
            String text = org.suanpan.testing.Office.text(org.suanpan.testing.Office.toPdf(again));
            assertTrue(text.contains("审核结果") && text.contains("年中追加公务接待预算"), text);
        }
    }

    /** Printed, the result is an A4 审核报告: every column with its header, messages whole, the signature lines. */
    @Test
    void printingGivesAnA4ReportWithEveryColumnAndTheSignatureLines() throws Exception {
        driver.findElement(By.id("workbook")).sendKeys(faultyCopy().toAbsolutePath().toString());
        driver.findElement(By.id("check-btn")).click();
        waitFor(d -> !rows("#findings tbody tr").isEmpty());
        org.openqa.selenium.print.PrintOptions options = new org.openqa.selenium.print.PrintOptions();
        options.setOrientation(org.openqa.selenium.print.PrintOptions.Orientation.LANDSCAPE);
        options.setPageSize(new org.openqa.selenium.print.PageSize(21.0, 29.7));
        org.openqa.selenium.Pdf pdf = ((org.openqa.selenium.PrintsPage) driver).print(options);
        Path file = Files.write(temp.resolve("page.pdf"), java.util.Base64.getDecoder().decode(pdf.getContent()));
        String text = org.suanpan.testing.Office.text(file).replaceAll("\\s+", "");
        for (String expected : List.of("差额", "审核意见", "超出尾数容差0.015", "审核人", "复核人", "要做的事", "3处错误都指向表3!D16")) {
            assertTrue(text.contains(expected), expected + " printed in:\n" + text);
        }
        assertFalse(text.contains("选择文件"), "no form in print");
    }

    @Test
    void aFindingsRuleCodeOpensTheRulesTabOnThatCode() throws Exception {
        driver.findElement(By.id("workbook")).sendKeys(faultyCopy().toAbsolutePath().toString());
        driver.findElement(By.id("check-btn")).click();
        waitFor(d -> !rows("#findings tbody tr").isEmpty());
        driver.findElement(By.cssSelector("#findings .rule-link[data-rule='W09-01']")).click();
        waitFor(d -> d.findElement(By.id("panel-help")).isDisplayed() && !rows("#rules tbody tr").isEmpty());
        assertEquals("W09-01", driver.findElement(By.id("rules-search")).getAttribute("value"));
        assertTrue(driver.findElement(By.id("rules")).getText().contains("三公经费决算数超过预算数"));
        WebElement search = driver.findElement(By.id("rules-search"));
        search.clear();
        search.sendKeys("N02");
        waitFor(d -> d.findElement(By.id("rules")).getText().contains("占比"));
        search.clear();
        search.sendKeys("S-01");
        waitFor(d -> d.findElement(By.id("rules")).getText().contains("找不到某张表"));
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
        // a good check first: its result must not stay under the error
        driver.findElement(By.id("workbook")).sendKeys(faultyCopy().toAbsolutePath().toString());
        driver.findElement(By.id("check-btn")).click();
        waitFor(d -> !rows("#findings tbody tr").isEmpty());
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
        assertTrue(driver.findElement(By.id("batch-summary")).getText().contains("2021/2022年版"), "the edition by its name, not “2021”");
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

        // the desk: a department's findings on a click, filters, export
        faultyRow.click();
        waitFor(d -> !rows("#batch-summary tr.detail").isEmpty());
        String detail = driver.findElement(By.cssSelector("#batch-summary tr.detail")).getText();
        assertTrue(detail.contains("表3!D16") && detail.contains("T03-04"), detail);
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("batch-show"))).selectByValue("errors");
        waitFor(d -> rows("#batch-summary tr.desk-row").size() == 1);
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("batch-show"))).selectByValue("passed");
        waitFor(d -> rows("#batch-summary tr.desk-row").size() == 1
            && rows("#batch-summary tr.desk-row").get(0).getText().contains(Fixtures.SAMPLE_2023));
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("batch-show"))).selectByValue("");
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("batch-table"))).selectByValue("公开09");
        waitFor(d -> rows("#batch-summary tr.desk-row").size() == 1);
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("batch-table"))).selectByValue("");
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("batch-sort"))).selectByValue("file");
        waitFor(d -> rows("#batch-summary tr.desk-row").size() == 2);
        String shot = System.getProperty("suanpan.screenshot");
        if (shot != null && !shot.isBlank()) {
            screenshot(Path.of(shot).resolveSibling("screenshot-batch.png"));
        }
        driver.findElement(By.id("batch-export")).click();
        Path csv = downloads.resolve("决算审核汇总（当前列表）.csv");
        waitFor(d -> Files.isRegularFile(csv));
        String exported = Files.readString(csv);
        assertTrue(exported.contains(faulty.getFileName().toString()) && exported.contains("偏离分"), exported);

        // every workbook's annotated copy is in results.zip, the valid one too
        String zipUrl = driver.findElement(By.id("results-zip")).getAttribute("href");
        var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(zipUrl)).build(),
            java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        List<String> entries = new java.util.ArrayList<>();
        try (var zin = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(response.body()))) {
            for (var e = zin.getNextEntry(); e != null; e = zin.getNextEntry()) {
                entries.add(e.getName());
            }
        }
        assertEquals(3, entries.size(), entries.toString());

        // a bad zip afterwards: its message, and nothing of the finished batch under it
        Path bad = Files.write(temp.resolve("坏的.zip"), "PK这不是压缩包".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        driver.findElement(By.id("batch-files")).clear();
        driver.findElement(By.id("batch-files")).sendKeys(bad.toAbsolutePath().toString());
        driver.findElement(By.id("batch-btn")).click();
        waitFor(d -> d.findElement(By.id("batch-error")).isDisplayed());
        assertFalse(driver.findElement(By.id("batch-result")).isDisplayed(), "the old 汇总 is gone");
        assertFalse(driver.findElement(By.id("batch-progress-text")).getText().contains("全部完成"));
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

    /**
     * The faulty copy the README's example checks, as shipped in docs/examples: the 2022 sample with 表3!D16 (基本支出
     * of 21015 医疗保障管理事务) typed 134.61 instead of 134.16, and 三公 公务接待费 over its budget.
     */
    private Path faultyCopy() throws IOException {
        Path target = temp.resolve(Fixtures.FAULTY_2022);
        if (Files.exists(target)) {
            return target;
        }
        Path shipped = Files.copy(Fixtures.example(Fixtures.FAULTY_2022), target);
        try (XSSFWorkbook wb = Variants.open(shipped)) {
            assertEquals(134.61, numberAt(wb, "表3", "D16"), 1e-9, "the shipped example changed: 表3!D16");
        }
        return shipped;
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
