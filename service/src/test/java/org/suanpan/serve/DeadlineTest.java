package org.suanpan.serve;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.suanpan.testing.BadInputs;
import org.suanpan.testing.Fixtures;
import org.suanpan.testing.Http;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A request cut by its deadline stops its work and frees its worker: two hostile uploads that would each keep a
 * worker busy for many times the deadline, then a normal one, which is served as soon as it comes. With the work of
 * the cut requests going on unseen (as before), the normal one would wait for a worker past its own deadline.
 */
class DeadlineTest {
    @TempDir
    static Path dir;
    static Server server;
    static Http http;
    static Path hostile;

    @BeforeAll
    static void start() throws Exception {
        server = Server.start(Http.local(dir.resolve("work")).withThreads(2).withRequestTimeout(Duration.ofSeconds(1)), Fixtures.engine());
        http = new Http(server.port());
        Path sample = Fixtures.sample(Fixtures.SAMPLE_2023);
        // 950 000 rows of two numbers below the tables: within every limit, and slow to read and recognise
        hostile = BadInputs.withRows(sample, dir.resolve("慢.xlsx"), BadInputs.firstSheetPart(sample), 2000, 952_000,
            r -> "<row r=\"" + r + "\"><c r=\"A" + r + "\"><v>" + r + "</v></c><c r=\"B" + r + "\"><v>" + r + "</v></c></row>");
        long t = System.nanoTime();
        Fixtures.engine().check(hostile);
        System.out.println("deadline test: the hostile workbook alone takes " + (System.nanoTime() - t) / 1_000_000 + " ms");
        // warm: the normal request below is timed against a deadline, not against the JIT
        Fixtures.engine().check(sample);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void twoHostileUploadsAreCutAndTheNextNormalOneIsServed() throws Exception {
        List<CompletableFuture<HttpResponse<byte[]>>> cut = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < 2; i++) {
            cut.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return http.post("/api/check", Http.parts(Http.Part.file("workbook", hostile)));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        for (CompletableFuture<HttpResponse<byte[]>> f : cut) {
            HttpResponse<byte[]> r = f.get();
            String body = new String(r.body(), StandardCharsets.UTF_8);
            assertEquals(503, r.statusCode(), body);
            assertTrue(body.contains("已停止"), body);
        }
        long hostileMs = (System.nanoTime() - start) / 1_000_000;
        long normalStart = System.nanoTime();
        HttpResponse<byte[]> normal = http.post("/api/check", Http.parts(Http.Part.file("workbook", Fixtures.sample(Fixtures.SAMPLE_2023))));
        long normalMs = (System.nanoTime() - normalStart) / 1_000_000;
        System.out.println("deadline test: hostile pair cut after " + hostileMs + " ms, normal request answered in " + normalMs + " ms");
        assertEquals(200, normal.statusCode(), new String(normal.body(), StandardCharsets.UTF_8));
        assertTrue(Http.json(normal).has("findings"));
    }
}
