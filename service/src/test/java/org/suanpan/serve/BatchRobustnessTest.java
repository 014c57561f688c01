package org.suanpan.serve;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.suanpan.testing.Fixtures;
import org.suanpan.testing.Http;

import java.io.InputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Batches survive a crash honestly, take turns on the workers, are bounded in number, and stream without threads. */
class BatchRobustnessTest {
    @TempDir
    Path dir;

    @Test
    void aBatchCutByACrashIsReportedFailedAfterTheRestartAndLeftoversAreSwept() throws Exception {
        Path work = dir.resolve("work");
        String unfinished = "0123456789abcdef0123456789abcdef";
        String finished = "fedcba9876543210fedcba9876543210";
        Files.createDirectories(work.resolve("batches").resolve(unfinished).resolve("input"));
        Files.writeString(work.resolve("batches").resolve(unfinished).resolve("running"), "");
        Files.writeString(work.resolve("batches").resolve(unfinished).resolve("input").resolve("1.xlsx"), "x");
        Files.createDirectories(work.resolve("batches").resolve(finished));
        Files.writeString(work.resolve("batches").resolve(finished).resolve("summary.xlsx"), "x");
        Path request = Files.createDirectories(work.resolve("requests").resolve("cut-short"));
        Files.writeString(request.resolve("1.xlsx"), "x");
        Path cache = Files.createDirectories(work.resolve("uploads"));
        Files.writeString(cache.resolve("MultiPart123.tmp"), "x");
        try (Server server = Server.start(Http.local(work), Fixtures.engine())) {
            Http http = new Http(server.port());
            JsonNode cut = Http.json(http.get("/api/batches/" + unfinished));
            assertEquals("failed", cut.get("status").asText());
            assertEquals(Batches.RESTARTED, cut.get("error").asText());
            HttpResponse<byte[]> summary = http.get("/api/batches/" + unfinished + "/summary.xlsx");
            assertEquals(409, summary.statusCode());
            assertTrue(new String(summary.body(), StandardCharsets.UTF_8).contains("服务重启"));
            assertEquals("failed", Http.json(http.get("/api/batches/" + finished)).get("status").asText());
            assertTrue(Files.notExists(work.resolve("batches").resolve(unfinished).resolve("input")), "its files are freed");
            assertTrue(Files.notExists(request), "uploads of a request in flight are swept");
            assertTrue(Files.notExists(cache.resolve("MultiPart123.tmp")), "the multipart cache is swept");
        }
    }

    @Test
    void batchesTakeTurnsOnTheWorkers() throws Exception {
        List<String> order = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch first = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (FairPool pool = new FairPool(1, r -> new Thread(r, "test-fair"))) {
            FairPool.Lane big = pool.lane();
            FairPool.Lane small = pool.lane();
            big.execute(() -> {
                first.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                order.add("big");
            });
            first.await();
            for (int i = 1; i < 50; i++) {
                big.execute(() -> order.add("big"));
            }
            CountDownLatch smallDone = new CountDownLatch(1);
            small.execute(() -> {
                order.add("small");
                smallDone.countDown();
            });
            release.countDown();
            smallDone.await();
            assertTrue(order.indexOf("small") <= 2, "the one-file batch waited behind the big one: " + order.indexOf("small"));
        }
    }

    @Test
    void batchesBeyondTheLimitAreRefusedWithWhatToDo() throws Exception {
        try (Server server = Server.start(Http.local(dir.resolve("limited")).withMaxBatches(1), Fixtures.engine())) {
            Http http = new Http(server.port());
            List<Http.Part> many = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                many.add(Http.Part.file("workbook", "部门" + i + ".xlsx", Files.readAllBytes(Fixtures.sample(Fixtures.SAMPLE_2023))));
            }
            assertEquals(202, http.post("/api/batches", many).statusCode());
            HttpResponse<byte[]> second = http.post("/api/batches", Http.parts(Http.Part.file("workbook", Fixtures.sample(Fixtures.SAMPLE_2023))));
            assertEquals(503, second.statusCode());
            assertTrue(Http.json(second).get("error").asText().contains("--max-batches"));
        }
    }

    @Test
    void progressStreamsHoldNoServerThread() throws Exception {
        try (Server server = Server.start(Http.local(dir.resolve("streams")), Fixtures.engine())) {
            Http http = new Http(server.port());
            List<Http.Part> many = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                many.add(Http.Part.file("workbook", "部门" + i + ".xlsx", Files.readAllBytes(Fixtures.sample(Fixtures.SAMPLE_2023))));
            }
            String id = Http.json(http.post("/api/batches", many)).get("id").asText();
            List<Socket> listeners = new ArrayList<>();
            try {
                for (int i = 0; i < EventStreams.MAX_PER_BATCH; i++) {
                    Socket s = new Socket("127.0.0.1", server.port());
                    s.getOutputStream().write(("GET /api/batches/" + id + "/events HTTP/1.1\r\nHost: x\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                    s.getOutputStream().flush();
                    InputStream in = s.getInputStream();
                    byte[] head = new byte[12];
                    assertEquals(12, in.readNBytes(head, 0, 12));
                    assertTrue(new String(head, StandardCharsets.US_ASCII).contains("200"));
                    listeners.add(s);
                }
                // a handler that has just sent its headers may still be on its way out: wait for it, not for the batch
                long waiting = Long.MAX_VALUE;
                for (int tries = 0; tries < 10 && waiting > 0; tries++) {
                    if (tries > 0) {
                        Thread.sleep(20);
                    }
                    waiting = Thread.getAllStackTraces().values().stream()
                        .filter(stack -> java.util.Arrays.stream(stack).anyMatch(f -> f.getMethodName().equals("events")
                            && f.getClassName().endsWith("BatchRoutes")))
                        .count();
                }
                assertEquals(0, waiting, "server threads held by progress streams");
                HttpResponse<byte[]> more = http.get("/api/batches/" + id + "/events");
                assertTrue(more.statusCode() == 429 || new String(more.body(), StandardCharsets.UTF_8).contains("event: done"),
                    "a listener past the limit is refused while the batch runs");
                assertEquals(200, http.get("/api/health").statusCode());
            } finally {
                for (Socket s : listeners) {
                    s.close();
                }
                // the batch writes its results into the temporary folder: let it finish before the folder is deleted
                for (int tries = 0; tries < 600 && "running".equals(Http.json(http.get("/api/batches/" + id)).path("status").asText()); tries++) {
                    Thread.sleep(100);
                }
            }
        }
    }
}
