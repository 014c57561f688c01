package org.suanpan.serve;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.suanpan.read.Book;
import org.suanpan.read.BookReader;
import org.suanpan.recognise.Recognition;
import org.suanpan.testing.Fixtures;
import org.suanpan.testing.Http;
import org.suanpan.testing.Variants;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The single-workbook endpoints and the catalogue, over real HTTP against a service started in the test. */
class ServerTest {
    @TempDir
    static Path dir;
    static Server server;
    static Http http;
    static Path faulty;

    @BeforeAll
    static void start() throws IOException {
        server = Server.start(Http.local(dir.resolve("work")), Fixtures.engine());
        http = new Http(server.port());
        faulty = Variants.variant(Fixtures.sample(Fixtures.SAMPLE_2022), dir.resolve("江岸区-有错.xlsx"),
            wb -> Variants.setNumber(wb, "表3", "D16", 134.61));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void healthSaysOkWithTheVersion() throws Exception {
        HttpResponse<byte[]> r = http.get("/api/health");
        assertEquals(200, r.statusCode());
        assertEquals("ok", Http.json(r).get("status").asText());
        assertTrue(Http.json(r).hasNonNull("version"));
    }

    @Test
    void checkReturnsTheSameReportAsTheCommandLine() throws Exception {
        for (Path sample : Fixtures.samples()) {
            JsonNode report = Http.json(http.post("/api/check", Http.parts(Http.Part.file("workbook", sample))));
            assertEquals(sample.getFileName().toString(), report.get("file").asText());
            assertTrue(report.get("valid").asBoolean(), report.toString());
            assertEquals(9, report.get("tables").size());
        }
    }

    @Test
    void checkNamesTheFaultyCellAndItsLine() throws Exception {
        HttpResponse<byte[]> r = http.post("/api/check", Http.parts(Http.Part.file("workbook", faulty)));
        assertEquals(200, r.statusCode());
        JsonNode report = Http.json(r);
        assertFalse(report.get("valid").asBoolean());
        boolean found = false;
        for (JsonNode f : report.get("findings")) {
            found |= f.get("severity").asText().equals("error") && "表3!D16".equals(f.path("suspect").asText())
                && f.get("row").asText().contains("医疗保障管理事务");
        }
        assertTrue(found, report.toString());
    }

    @Test
    void checkWithANarrativeAloneChecksTheTextAgainstItself() throws Exception {
        HttpResponse<byte[]> r = http.post("/api/check", Http.parts(Http.Part.file("narrative", Fixtures.seed("002"))));
        assertEquals(200, r.statusCode(), new String(r.body()));
        JsonNode report = Http.json(r);
        assertTrue(report.get("findings").isArray());
    }

    @Test
    void annotateReturnsTheMarkedWorkbookUnderTheOriginalNamePlus审核() throws Exception {
        HttpResponse<byte[]> r = http.post("/api/annotate", Http.parts(Http.Part.file("workbook", faulty)));
        assertEquals(200, r.statusCode());
        assertEquals("江岸区-有错-审核.xlsx", Http.downloadName(r));
        assertTrue(Integer.parseInt(r.headers().firstValue("X-Suanpan-Errors").orElseThrow()) > 0);
        Path out = Files.write(dir.resolve("annotated.xlsx"), r.body());
        Book book = BookReader.read(out);
        assertTrue(book.sheets().stream().anyMatch(g -> g.name().equals("审核结果")));
    }

    @Test
    void annotateKeepsAnXlsAsXls() throws Exception {
        Path xls = dir.resolve("表样.xls");
        try (var wb = Variants.asXls(Variants.open(Fixtures.sample(Fixtures.SAMPLE_2022)))) {
            Variants.write(wb, xls);
        }
        HttpResponse<byte[]> r = http.post("/api/annotate", Http.parts(Http.Part.file("workbook", xls)));
        assertEquals(200, r.statusCode(), new String(r.body()));
        assertEquals("表样-审核.xls", Http.downloadName(r));
        assertEquals((byte) 0xD0, r.body()[0]);
    }

    @Test
    void theRealNameFieldReplacesAnAsciiFileName() throws Exception {
        HttpResponse<byte[]> r = http.post("/api/annotate", Http.parts(Http.Part.file("workbook", "upload.xlsx", Files.readAllBytes(faulty)),
            Http.Part.text("filename", "部门决算.xlsx")));
        assertEquals("部门决算-审核.xlsx", Http.downloadName(r));
    }

    @Test
    void fillWritesTheBlankedTotalBack() throws Exception {
        Path blanked = Variants.variant(Fixtures.sample(Fixtures.SAMPLE_2022), dir.resolve("留空.xlsx"), wb -> {
            var cell = wb.getSheet("表3").getRow(15).getCell(3);
            cell.setBlank();
        });
        HttpResponse<byte[]> r = http.post("/api/fill", Http.parts(Http.Part.file("workbook", blanked)));
        assertEquals(200, r.statusCode(), new String(r.body()));
        assertEquals("留空-填充.xlsx", Http.downloadName(r));
        assertTrue(Integer.parseInt(r.headers().firstValue("X-Suanpan-Filled").orElseThrow()) >= 1);
        Path out = Files.write(dir.resolve("filled.xlsx"), r.body());
        try (var wb = Variants.open(out)) {
            assertEquals(134.16, wb.getSheet("表3").getRow(15).getCell(3).getNumericCellValue(), 1e-9);
        }
    }

    @Test
    void theReportIsAnA4WorkbookWithDepartmentYearSummaryAndSignatureLines() throws Exception {
        HttpResponse<byte[]> r = http.post("/api/report", Http.parts(Http.Part.file("workbook", Fixtures.example(Fixtures.FAULTY_2022))));
        assertEquals(200, r.statusCode(), new String(r.body(), java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("江岸区医保局-2022-决算公开表-有误-审核报告.xlsx", Http.downloadName(r));
        Path out = Files.write(dir.resolve("report.xlsx"), r.body());
        try (var wb = Variants.open(out)) {
            assertEquals(1, wb.getNumberOfSheets());
            var s = wb.getSheet("审核报告");
            assertTrue(s.getPrintSetup().getLandscape());
            assertEquals(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE, s.getPrintSetup().getPaperSize());
            StringBuilder text = new StringBuilder();
            s.forEach(row -> row.forEach(c -> text.append(c.toString()).append(' ')));
            for (String expected : List.of("江岸区医保局-2022-决算公开表-有误.xlsx", "部门：江岸区医保局", "年度：2022", "3 处错误都指向 表3!D16",
                "审核人", "日期", "T03-04")) {
                assertTrue(text.toString().contains(expected), expected + " in " + text);
            }
        }
    }

    @Test
    void anotherDepartmentsWorkbookOrTheSameYearIsRefusedAsLastYears() throws Exception {
        HttpResponse<byte[]> other = http.post("/api/check", Http.parts(Http.Part.file("workbook", Fixtures.sample(Fixtures.SAMPLE_2023)),
            Http.Part.file("prior", Fixtures.sample(Fixtures.SAMPLE_2022))));
        assertEquals(422, other.statusCode());
        String message = new String(other.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(message.contains("江岸区医保局") && message.contains("同一部门"), message);
        HttpResponse<byte[]> same = http.post("/api/explain", Http.parts(Http.Part.file("workbook", Fixtures.sample(Fixtures.SAMPLE_2023)),
            Http.Part.file("prior", Fixtures.sample(Fixtures.SAMPLE_2023))));
        assertEquals(422, same.statusCode());
        message = new String(same.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(message.contains("2023 年度") && message.contains("2022 年度"), message);
        HttpResponse<byte[]> right = http.post("/api/check", Http.parts(Http.Part.file("workbook", Fixtures.sample(Fixtures.SAMPLE_2023)),
            Http.Part.file("prior", Fixtures.sample(Fixtures.PRIOR_OF_2023))));
        assertEquals(200, right.statusCode(), new String(right.body(), java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void explainReturnsADraftWithFourCharts() throws Exception {
        HttpResponse<byte[]> r = http.post("/api/explain", Http.parts(Http.Part.file("workbook", Fixtures.sample(Fixtures.SAMPLE_2023)),
            Http.Part.file("prior", Fixtures.sample(Fixtures.PRIOR_OF_2023))));
        assertEquals(200, r.statusCode(), new String(r.body()));
        assertEquals("曾都区医疗保障服务中心-2023-决算公开表-情况说明.docx", Http.downloadName(r));
        Set<String> charts = new HashSet<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(r.body()))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().matches("word/charts/chart\\d+\\.xml")) {
                    charts.add(e.getName());
                }
            }
        }
        assertEquals(4, charts.size());
    }

    @Test
    void explainOfABudgetReturnsTheBudgetsDraftWithThreeCharts() throws Exception {
        HttpResponse<byte[]> r = http.post("/api/explain", Http.parts(Http.Part.file("workbook", Fixtures.sample(Fixtures.BUDGET_2023))));
        assertEquals(200, r.statusCode(), new String(r.body(), java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("武汉市医疗保障局-2023-部门预算表-情况说明.docx", Http.downloadName(r));
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new ByteArrayInputStream(r.body()))) {
            assertEquals(3, doc.getCharts().size());
            assertTrue(doc.getParagraphs().get(0).getText().contains("部门预算情况说明"), doc.getParagraphs().get(0).getText());
        }
    }

    @Test
    void templatesOfBothEditionsAreRecognisedAsTheNineTables() throws Exception {
        for (String edition : List.of("2023", "2021")) {
            HttpResponse<byte[]> r = http.get("/api/templates/" + edition + ".xlsx");
            assertEquals(200, r.statusCode());
            Path t = Files.write(dir.resolve("t" + edition + ".xlsx"), r.body());
            Recognition rec = Fixtures.engine().recognise(BookReader.read(t));
            assertEquals(9, rec.tables().size(), edition);
            assertEquals(edition, rec.edition().id());
        }
        HttpResponse<byte[]> missing = http.get("/api/templates/1999.xlsx");
        assertEquals(404, missing.statusCode());
        assertTrue(Http.json(missing).get("error").asText().contains("2023"));
    }

    @Test
    void theRuleCatalogueListsEveryRuleWithCodeAndDescription() throws Exception {
        JsonNode rules = Http.json(http.get("/api/rules"));
        int expected = Fixtures.engine().editions().all().stream().mapToInt(e -> Fixtures.engine().rules(e).rules().size()).sum()
            + Fixtures.engine().checklist().items().size() + Fixtures.engine().findingCodes().size();
        assertEquals(expected, rules.size());
        // the 公开检查 checklist is listed as its own “edition”, every line with its points
        long inspection = 0;
        for (JsonNode r : rules) {
            if (r.get("edition").asText().equals("公开检查")) {
                inspection++;
                assertTrue(r.get("formula").asText().startsWith("公开检查："), r.toString());
                assertTrue(r.get("description").asText().contains("扣"), r.toString());
            }
        }
        assertEquals(Fixtures.engine().checklist().items().size(), inspection);
        assertTrue(inspection > 20);
        for (JsonNode r : rules) {
            assertFalse(r.get("code").asText().isBlank());
            assertFalse(r.get("description").asText().isBlank());
        }
    }

    @Test
    void openApiDescribesEveryEndpoint() throws Exception {
        JsonNode api = Http.json(http.get("/openapi.json"));
        for (String path : List.of("/api/health", "/api/check", "/api/annotate", "/api/report", "/api/fill", "/api/explain", "/api/rules", "/api/batches",
            "/api/batches/{id}", "/api/batches/{id}/events", "/api/batches/{id}/summary.xlsx", "/api/batches/{id}/results.zip")) {
            assertTrue(api.get("paths").has(path), path);
        }
    }

    @Test
    void badRequestsGetAChineseMessageAndTheServiceStaysUp() throws Exception {
        HttpResponse<byte[]> notMultipart = http.postRaw("/api/check", "application/json", "{}".getBytes());
        assertEquals(400, notMultipart.statusCode());
        assertTrue(Http.json(notMultipart).get("error").asText().contains("multipart"));

        HttpResponse<byte[]> missing = http.post("/api/annotate", Http.parts(Http.Part.text("x", "y")));
        assertEquals(400, missing.statusCode());
        assertTrue(Http.json(missing).get("error").asText().contains("workbook"));

        HttpResponse<byte[]> garbage = http.post("/api/check", Http.parts(Http.Part.file("workbook", "乱码.xlsx", new byte[]{1, 2, 3, 4, 5, 6, 7, 8, 9})));
        assertEquals(422, garbage.statusCode());
        assertTrue(Http.json(garbage).get("error").asText().contains("乱码.xlsx"), Http.json(garbage).toString());

        HttpResponse<byte[]> unknown = http.get("/api/nothing");
        assertEquals(404, unknown.statusCode());
        assertTrue(Http.json(unknown).has("error"));

        assertEquals(200, http.get("/api/health").statusCode());
    }

    @Test
    void uploadsAreDeletedWhenTheRequestEnds() throws Exception {
        http.post("/api/annotate", Http.parts(Http.Part.file("workbook", faulty)));
        http.post("/api/check", Http.parts(Http.Part.file("workbook", "乱码.xlsx", new byte[]{1, 2, 3})));
        try (var left = Files.list(dir.resolve("work").resolve("requests"))) {
            assertEquals(0, left.count());
        }
    }

    @Test
    void aFileOverTheLimitGets413() throws Exception {
        try (Server small = Server.start(Http.local(dir.resolve("small"))
            .withMaxFileBytes(4096), Fixtures.engine())) {
            HttpResponse<byte[]> r = new Http(small.port()).post("/api/check", Http.parts(Http.Part.file("workbook", faulty)));
            assertEquals(413, r.statusCode());
            assertTrue(Http.json(r).get("error").asText().contains("上限"));
        }
    }

    @Test
    void aRequestOverTheTimeLimitIsCutWithAMessage() throws Exception {
        try (Server hurried = Server.start(Http.local(dir.resolve("hurried"))
            .withRequestTimeout(java.time.Duration.ofNanos(1)), Fixtures.engine())) {
            HttpResponse<byte[]> r = new Http(hurried.port()).post("/api/explain", Http.parts(Http.Part.file("workbook", faulty)));
            assertEquals(503, r.statusCode());
            assertTrue(Http.json(r).get("error").asText().contains("秒"));
        }
    }

    @Test
    void pagesOfOtherOriginsMayCallTheApiAndReadTheDownloadHeaders() throws Exception {
        var client = java.net.http.HttpClient.newHttpClient();
        var preflight = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + server.port() + "/api/annotate"))
            .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody())
            .header("Origin", "https://addin.example.gov.cn").header("Access-Control-Request-Method", "POST")
            .header("Access-Control-Request-Headers", "authorization").build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertTrue(preflight.statusCode() < 300, preflight.statusCode() + " " + preflight.headers());
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Origin").isPresent(), preflight.headers().toString());
        HttpResponse<byte[]> r = http.post("/api/annotate", Http.parts(Http.Part.file("workbook", faulty)), "Origin", "https://addin.example.gov.cn");
        assertTrue(r.headers().firstValue("Access-Control-Expose-Headers").orElse("").contains("Content-Disposition"), r.headers().toString());
    }

    @Test
    void nothingIsWrittenOutsideTheWorkFolder() throws Exception {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        java.util.Set<Path> before = snapshot(tmp);
        Path xls = dir.resolve("外部.xls");
        try (var wb = Variants.asXls(Variants.open(faulty))) {
            Variants.write(wb, xls);
        }
        http.post("/api/annotate", Http.parts(Http.Part.file("workbook", faulty)));
        http.post("/api/annotate", Http.parts(Http.Part.file("workbook", xls)));
        http.post("/api/fill", Http.parts(Http.Part.file("workbook", xls)));
        http.post("/api/explain", Http.parts(Http.Part.file("workbook", faulty)));
        java.util.Set<Path> after = snapshot(tmp);
        after.removeAll(before);
        after.removeIf(p -> p.startsWith(dir));
        // JUnit's own temporary folders, of tests running beside this one (or of other runs on the machine)
        after.removeIf(p -> p.getFileName().toString().startsWith("junit"));
        assertEquals(java.util.Set.of(), after);
    }

    private static java.util.Set<Path> snapshot(Path tmp) throws IOException {
        java.util.Set<Path> all = new HashSet<>();
        try (var top = Files.list(tmp)) {
            top.forEach(all::add);
        }
        Path poi = tmp.resolve("poifiles");
        if (Files.isDirectory(poi)) {
            try (var walk = Files.walk(poi)) {
                walk.forEach(all::add);
            }
        }
        return all;
    }

    @Test
    void theWebPageAndBothAddInsAreServedWithTheSharedClientCode() throws Exception {
        for (String path : List.of("/", "/addin/wps/ribbon.xml", "/addin/wps/taskpane.html", "/addin/wps/lib/suanpan-core.js",
            "/addin/wps/css/pane.css", "/addin/office/taskpane.html", "/addin/office/manifest.xml", "/addin/office/lib/suanpan-core.js")) {
            HttpResponse<byte[]> r = http.get(path);
            assertEquals(200, r.statusCode(), path);
            assertTrue(r.body().length > 100, path);
        }
        assertEquals(404, http.get("/addin/wps/install/install-wps.sh").statusCode(), "installers are not served");
    }
}
