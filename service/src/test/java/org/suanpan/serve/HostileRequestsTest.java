package org.suanpan.serve;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.suanpan.report.JsonReport;
import org.suanpan.testing.Fixtures;
import org.suanpan.testing.Http;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Requests an attacker or a broken client sends: each answered with a 4xx and a Chinese message saying what is
 * wrong, never a 500 or a stack trace; pages served with their charset and the headers that keep a browser safe.
 */
class HostileRequestsTest {
    @TempDir
    static Path dir;
    static Server server;
    static Http http;

    @BeforeAll
    static void start() throws Exception {
        server = Server.start(Http.local(dir.resolve("work")).withToken("s3cret"), Fixtures.engine());
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** Sends bytes as they are and reads the whole answer (the server closes or answers in full). */
    static String raw(String request) throws Exception {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(60_000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            s.shutdownOutput();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream got = new ByteArrayOutputStream();
            in.transferTo(got);
            return got.toString(StandardCharsets.UTF_8);
        }
    }

    static String post(String path, String contentType, String body) throws Exception {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        return raw("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Type: " + contentType
            + "\r\nContent-Length: " + b.length + "\r\n\r\n" + body);
    }

    static int status(String response) {
        return Integer.parseInt(response.substring(9, 12));
    }

    static void assertClearRefusal(String response, String what) {
        int status = status(response);
        assertTrue(status >= 400 && status < 500, what + ": " + response);
        assertTrue(response.contains("\"error\""), what + ": " + response);
        assertTrue(response.contains("请"), what + " should say what to do: " + response);
        assertFalse(response.contains("Exception") || response.contains("\tat "), what + ": " + response);
    }

    @Test
    void malformedMultipartBodiesAre400WithAMessage() throws Exception {
        String part = "--b\r\nContent-Disposition: form-data; name=\"workbook\"; filename=\"a.xlsx\"\r\n\r\nPK\r\n--b--\r\n";
        assertClearRefusal(post("/api/check", "multipart/form-data", part), "no boundary");
        assertClearRefusal(post("/api/check", "multipart/form-data; boundary=b", part.substring(0, 40)), "truncated");
        assertClearRefusal(post("/api/check", "multipart/form-data; boundary=b",
            "--b\r\nContent-Disposition: form-data; filename=\"a.xlsx\"\r\n\r\nPK\r\n--b--\r\n"), "part without a name");
        assertClearRefusal(post("/api/check", "multipart/form-data; boundary=b", "garbage without any boundary line"), "garbage");
        assertClearRefusal(post("/api/check", "application/json", "{}"), "not multipart");
    }

    @Test
    void aVeryLongFileNameIsNotCalledTooLarge() throws Exception {
        String name = "部门决算".repeat(1000) + ".xlsx";
        HttpResponse<byte[]> r = http.post("/api/check", Http.parts(Http.Part.file("workbook", name,
            Files.readAllBytes(Fixtures.sample(Fixtures.SAMPLE_2023)))));
        assertTrue(r.statusCode() == 200 || r.statusCode() == 400, r.statusCode() + " " + new String(r.body(), StandardCharsets.UTF_8));
        assertFalse(new String(r.body(), StandardCharsets.UTF_8).contains("太大"));
    }

    @Test
    void aBodyShorterThanItsContentLengthIsA4xx() throws Exception {
        String body = "--b\r\nContent-Disposition: form-data; name=\"workbook\"; filename=\"a.xlsx\"\r\n\r\nPK";
        String r = raw("POST /api/check HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Type: multipart/form-data; boundary=b\r\n"
            + "Content-Length: 100000\r\n\r\n" + body);
        if (!r.isEmpty()) {
            assertClearRefusal(r, "short body");
        }
    }

    @Test
    void pagesAndScriptsSayTheirCharsetAndCarryTheSafetyHeaders() throws Exception {
        for (String path : List.of("/", "/app.js", "/style.css")) {
            HttpResponse<byte[]> r = http.get(path);
            assertEquals(200, r.statusCode(), path);
            String type = r.headers().firstValue("Content-Type").orElse("");
            assertTrue(type.toLowerCase().contains("charset=utf-8"), path + ": " + type);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), path);
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("script-src 'self'") && csp.contains("frame-ancestors 'none'"), path + ": " + csp);
            assertFalse(csp.contains("unsafe-inline") || csp.contains("unsafe-eval"), path + ": " + csp);
        }
        HttpResponse<byte[]> api = http.get("/api/health");
        assertEquals("nosniff", api.headers().firstValue("X-Content-Type-Options").orElse(""));
    }

    @Test
    void theAddInsMayStillBeFramedByTheirHosts() throws Exception {
        HttpResponse<byte[]> office = http.get("/addin/office/taskpane.html");
        if (office.statusCode() == 200) {
            String csp = office.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("https://appsforoffice.microsoft.com") && csp.contains("frame-ancestors") && csp.contains("office.com"), csp);
            assertTrue(office.headers().firstValue("Content-Type").orElse("").contains("charset=utf-8"));
        }
        HttpResponse<byte[]> wps = http.get("/addin/wps/index.html");
        if (wps.statusCode() == 200) {
            String csp = wps.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("frame-ancestors *"), csp);
        }
    }

    @Test
    void theTokenIsTakenFromTheHeaderAndOnlyTheEventStreamMayCarryItInTheUrl() throws Exception {
        List<Http.Part> one = Http.parts(Http.Part.file("workbook", Fixtures.sample(Fixtures.SAMPLE_2023)));
        assertEquals(401, http.post("/api/batches?token=s3cret", one).statusCode(), "POST with the token in the URL");
        HttpResponse<byte[]> ok = http.post("/api/batches", one, "Authorization", "Bearer s3cret");
        assertEquals(202, ok.statusCode());
        String id = Http.json(ok).get("id").asText();
        assertEquals(401, http.get("/api/batches/" + id + "?token=s3cret").statusCode());
        assertEquals(401, http.get("/api/batches/" + id + "/summary.json?token=s3cret").statusCode());
        HttpResponse<byte[]> events = http.get("/api/batches/" + id + "/events?token=s3cret");
        assertEquals(200, events.statusCode());
        assertTrue(new String(events.body(), StandardCharsets.UTF_8).contains("event: done"));
    }

    @Test
    void healthReportsAWorkFolderItCannotWrite() throws Exception {
        Path work = dir.resolve("gone");
        try (Server s = Server.start(Http.local(work), Fixtures.engine())) {
            Http h = new Http(s.port());
            assertEquals(200, h.get("/api/health").statusCode());
            // the work folder replaced by a file: nothing can be written under it any more
            org.suanpan.serve.Folders.deleteQuietly(work);
            Files.writeString(work, "not a folder");
            HttpResponse<byte[]> health = h.get("/api/health");
            assertEquals(503, health.statusCode());
            JsonNode json = Http.json(health);
            assertEquals("error", json.get("status").asText());
            assertTrue(json.get("error").asText().contains("无法写入"), json.toString());
            HttpResponse<byte[]> check = h.post("/api/check", Http.parts(Http.Part.file("workbook", Fixtures.sample(Fixtures.SAMPLE_2023))));
            assertTrue(check.statusCode() == 503 || check.statusCode() == 500 && false, check.statusCode() + " "
                + new String(check.body(), StandardCharsets.UTF_8));
            assertTrue(JsonReport.mapper().readTree(check.body()).get("error").asText().contains("工作目录"));
        } finally {
            Files.deleteIfExists(work);
        }
    }
}
