package org.suanpan.serve;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.suanpan.read.BookReader;
import org.suanpan.testing.Fixtures;
import org.suanpan.testing.Http;
import org.suanpan.testing.Variants;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Batches over HTTP: many files or a zip in, progress out, the summary and the annotated copies to download. */
class BatchApiTest {
    @TempDir
    static Path dir;
    static Server server;
    static Http http;
    static Path faulty;

    @BeforeAll
    static void start() throws IOException {
        server = Server.start(Http.local(dir.resolve("work")), Fixtures.engine());
        http = new Http(server.port());
        faulty = Variants.variant(Fixtures.sample(Fixtures.SAMPLE_2022), dir.resolve("有错.xlsx"),
            wb -> Variants.setNumber(wb, "表3", "D16", 134.61));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static JsonNode waitUntilDone(String id) throws Exception {
        for (int i = 0; i < 600; i++) {
            JsonNode s = Http.json(http.get("/api/batches/" + id));
            if (!s.get("status").asText().equals("running")) {
                return s;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("batch " + id + " did not finish in a minute");
    }

    @Test
    void aBatchOfFilesEndsWithARowPerWorkbookAndEveryOneAnnotated() throws Exception {
        HttpResponse<byte[]> created = http.post("/api/batches", Http.parts(
            Http.Part.file("workbook", Fixtures.sample(Fixtures.SAMPLE_2023)),
            Http.Part.file("workbook", faulty),
            Http.Part.file("workbook", "坏文件.xlsx", "not a workbook".getBytes(StandardCharsets.UTF_8))));
        assertEquals(202, created.statusCode(), new String(created.body()));
        String id = Http.json(created).get("id").asText();
        assertTrue(id.matches("[0-9a-f]{32}"), id);
        assertEquals(3, Http.json(created).get("total").asInt());

        JsonNode state = waitUntilDone(id);
        assertEquals("done", state.get("status").asText());
        assertEquals(3, state.get("done").asInt());
        assertEquals(1, state.get("failed").asInt());

        JsonNode summary = Http.json(http.get("/api/batches/" + id + "/summary.json"));
        assertEquals(3, summary.get("rows").size());
        for (JsonNode row : summary.get("rows")) {
            String file = row.get("file").asText();
            String conclusion = row.get("conclusion").asText();
            switch (file) {
                case "有错.xlsx" -> {
                    assertEquals("不通过", conclusion);
                    assertTrue(row.get("errors").asInt() > 0);
                    assertEquals("江岸区医保局", row.get("department").asText(), row.toString());
                }
                case "坏文件.xlsx" -> {
                    assertEquals("无法审核", conclusion);
                    assertTrue(row.get("message").asText().contains("坏文件.xlsx"));
                }
                default -> {
                    assertEquals("通过", conclusion);
                    assertEquals("随州市曾都区医疗保障服务中心", row.get("department").asText());
                    assertEquals("2023", row.get("year").asText());
                }
            }
        }

        HttpResponse<byte[]> xlsx = http.get("/api/batches/" + id + "/summary.xlsx");
        assertEquals(200, xlsx.statusCode());
        var book = BookReader.read(Files.write(dir.resolve("summary.xlsx"), xlsx.body()));
        assertEquals(List.of("汇总", "审核结果", "比率与提示"), book.sheets().stream().map(g -> g.name()).toList());

        List<String> entries = entries(http.get("/api/batches/" + id + "/results.zip").body());
        assertTrue(entries.contains("审核后/有错-审核.xlsx"), entries.toString());
        assertTrue(entries.contains("决算审核汇总.xlsx"), entries.toString());
        assertEquals(3, entries.size(), "every workbook is annotated, the valid one too: " + entries);
    }

    @Test
    void aZipIsUnpackedAndEveryWorkbookInItChecked() throws Exception {
        byte[] zip = zip(List.of("甲/决算公开表.xlsx", "乙/决算公开表.xlsx", "说明.txt"),
            List.of(Files.readAllBytes(faulty), Files.readAllBytes(Fixtures.sample(Fixtures.SAMPLE_2022)), "x".getBytes()));
        HttpResponse<byte[]> created = http.post("/api/batches", Http.parts(Http.Part.file("zip", "各部门.zip", zip)));
        assertEquals(202, created.statusCode(), new String(created.body()));
        assertEquals(2, Http.json(created).get("total").asInt());
        String id = Http.json(created).get("id").asText();
        waitUntilDone(id);
        JsonNode rows = Http.json(http.get("/api/batches/" + id + "/summary.json")).get("rows");
        java.util.Map<String, String> conclusions = new java.util.HashMap<>();
        rows.forEach(r -> conclusions.put(r.get("file").asText(), r.get("conclusion").asText()));
        assertEquals(java.util.Map.of("甲/决算公开表.xlsx", "不通过", "乙/决算公开表.xlsx", "通过"), conclusions);
    }

    @Test
    void aZipThatClimbsOutOfItsFolderIsRefusedWhole() throws Exception {
        byte[] zip = zip(List.of("../../escape.xlsx"), List.of(Files.readAllBytes(faulty)));
        HttpResponse<byte[]> r = http.post("/api/batches", Http.parts(Http.Part.file("zip", "evil.zip", zip)));
        assertEquals(422, r.statusCode());
        assertTrue(Http.json(r).get("error").asText().contains("压缩包"));
        assertTrue(Files.notExists(dir.resolve("work").resolve("escape.xlsx")));
        assertTrue(Files.notExists(dir.resolve("escape.xlsx")));
    }

    @Test
    void theEventStreamReportsProgressAndEndsWithDone() throws Exception {
        List<Http.Part> parts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            parts.add(Http.Part.file("workbook", "部门" + i + ".xlsx", Files.readAllBytes(Fixtures.sample(Fixtures.SAMPLE_2022))));
        }
        String id = Http.json(http.post("/api/batches", parts)).get("id").asText();
        String events = new String(http.get("/api/batches/" + id + "/events").body(), StandardCharsets.UTF_8);
        assertTrue(events.contains("event: done"), events);
        assertTrue(events.contains("\"done\":6"), events);
        String last = events.substring(events.lastIndexOf("data: ") + 6).strip();
        assertEquals("done", org.suanpan.report.JsonReport.mapper().readTree(last).get("status").asText());
    }

    @Test
    void anUnknownBatchIs404() throws Exception {
        HttpResponse<byte[]> r = http.get("/api/batches/0123456789abcdef0123456789abcdef");
        assertEquals(404, r.statusCode());
        assertTrue(Http.json(r).get("error").asText().contains("批次"));
    }

    @Test
    void withATokenConfiguredBatchesNeedIt() throws Exception {
        try (Server guarded = Server.start(Http.local(dir.resolve("guarded"))
            .withToken("s3cret"), Fixtures.engine())) {
            Http g = new Http(guarded.port());
            List<Http.Part> one = Http.parts(Http.Part.file("workbook", faulty));
            assertEquals(401, g.post("/api/batches", one).statusCode());
            assertEquals(401, g.post("/api/batches", one, "Authorization", "Bearer wrong").statusCode());
            HttpResponse<byte[]> ok = g.post("/api/batches", one, "Authorization", "Bearer s3cret");
            assertEquals(202, ok.statusCode());
            assertEquals(200, g.post("/api/check", one).statusCode(), "single checks stay open");
        }
    }

    @Test
    void tooManyFilesGet413() throws Exception {
        try (Server small = Server.start(Http.local(dir.resolve("few"))
            .withMaxBatchFiles(2), Fixtures.engine())) {
            List<Http.Part> three = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                three.add(Http.Part.file("workbook", faulty));
            }
            HttpResponse<byte[]> r = new Http(small.port()).post("/api/batches", three);
            assertEquals(413, r.statusCode());
            assertTrue(Http.json(r).get("error").asText().contains("2"));
        }
    }

    @Test
    void aBatchIsDeletedWithItsFilesWhenItsRetentionEnds() throws Exception {
        Path work = dir.resolve("short");
        try (Server brief = Server.start(Http.local(work)
            .withRetention(java.time.Duration.ofSeconds(1)), Fixtures.engine())) {
            Http h = new Http(brief.port());
            String id = Http.json(h.post("/api/batches", Http.parts(Http.Part.file("workbook", faulty)))).get("id").asText();
            String events = new String(h.get("/api/batches/" + id + "/events").body(), StandardCharsets.UTF_8);
            assertTrue(events.contains("event: done"), events);
            assertTrue(Files.isDirectory(work.resolve("batches").resolve(id)));
            int status = 200;
            for (int i = 0; i < 100 && status == 200; i++) {
                Thread.sleep(100);
                status = h.get("/api/batches/" + id).statusCode();
            }
            assertEquals(404, status, "the batch is forgotten after its retention");
            assertTrue(Files.notExists(work.resolve("batches").resolve(id)), "and its folder deleted");
        }
    }

    @Test
    void aZipOfTenThousandTinyFilesIsRefusedQuicklyAndTheServiceAnswersAfter() throws Exception {
        List<String> names = new ArrayList<>();
        List<byte[]> contents = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            names.add("f" + i + ".xlsx");
            contents.add(new byte[]{(byte) i});
        }
        HttpResponse<byte[]> r = http.post("/api/batches", Http.parts(Http.Part.file("zip", "many.zip", zip(names, contents))));
        assertTrue(r.statusCode() == 413 || r.statusCode() == 422, r.statusCode() + " " + new String(r.body(), StandardCharsets.UTF_8));
        assertTrue(Http.json(r).get("error").asText().contains("500"));
        assertEquals(200, http.get("/api/health").statusCode());
        try (var left = Files.list(dir.resolve("work").resolve("batches"))) {
            assertTrue(left.noneMatch(p -> Files.exists(p.resolve("input").resolve("f0.xlsx"))), "the refused upload is deleted");
        }
    }

    @Test
    void realNamesSentAsFieldsReplaceAsciiPartNames() throws Exception {
        String id = Http.json(http.post("/api/batches", Http.parts(
            Http.Part.file("workbook", "a.xlsx", Files.readAllBytes(faulty)), Http.Part.text("filename", "甲单位.xlsx"),
            Http.Part.file("workbook", "b.xlsx", Files.readAllBytes(faulty)), Http.Part.text("filename", "乙单位.xlsx")))).get("id").asText();
        waitUntilDone(id);
        JsonNode rows = Http.json(http.get("/api/batches/" + id + "/summary.json")).get("rows");
        assertEquals(List.of("甲单位.xlsx", "乙单位.xlsx"), List.of(rows.get(0).get("file").asText(), rows.get(1).get("file").asText()));
    }

    static byte[] zip(List<String> names, List<byte[]> contents) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (int i = 0; i < names.size(); i++) {
                z.putNextEntry(new ZipEntry(names.get(i)));
                z.write(contents.get(i));
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    static List<String> entries(byte[] zip) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                names.add(e.getName());
            }
        }
        return names;
    }
}
