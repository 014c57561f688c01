package org.suanpan.bench;

import org.suanpan.testing.Fixtures;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Load against a real service process ({@code java -jar service/target/suanpan.jar serve}): 8 clients posting the
 * samples to /api/check for 60 s while 2 more post the bad-input corpus (zip bombs, rows past Excel's range, huge
 * sparse sheets, duplicated entries, …), then one batch of 1000 workbooks, sampling the server's resident memory all
 * along. Prints requests, failures of the normal requests, hostile answers that were no clear 4xx/200/503, p50/p99
 * latency and memory. Run with {@code bench/run.sh load [seconds] [clients] [files]}
 * after {@code mvn -q package}.
 */
public final class LoadTest {
    private LoadTest() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int files = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path work = Files.createTempDirectory("suanpan-load");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process server = new ProcessBuilder(java, "-Xmx1g", "-jar", "service/target/suanpan.jar", "serve", "--port", String.valueOf(port),
            "--work", work.toString(), "--max-batch-files", String.valueOf(Math.max(500, files))).redirectErrorStream(true).redirectOutput(work.resolve("server.log").toFile()).start();
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            String base = "http://127.0.0.1:" + port;
            waitForHealth(http, base);
            List<byte[]> bodies = new ArrayList<>();
            String boundary = "suanpanload";
            for (Path p : Fixtures.samples()) {
                bodies.add(multipart(boundary, List.of(p)));
            }
            List<byte[]> hostile = new ArrayList<>();
            for (org.suanpan.testing.BadInputs.Item item : org.suanpan.testing.BadInputs.generate(work.resolve("corpus"))) {
                hostile.add(multipart(boundary, List.of(item.file())));
            }
            AtomicInteger hostileSent = new AtomicInteger();
            AtomicInteger hostileBad = new AtomicInteger();
            Memory memory = new Memory(server.pid());
            memory.start();

            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            AtomicInteger failures = new AtomicInteger();
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            List<Thread> threads = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int id = c;
                Thread t = new Thread(() -> {
                    int i = id;
                    while (System.nanoTime() < end) {
                        byte[] body = bodies.get(i++ % bodies.size());
                        long start = System.nanoTime();
                        try {
                            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/check"))
                                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).timeout(Duration.ofSeconds(60)).build(),
                                HttpResponse.BodyHandlers.ofString());
                            if (r.statusCode() != 200 || !r.body().contains("\"valid\" : true")) {
                                failures.incrementAndGet();
                            }
                        } catch (Exception e) {
                            failures.incrementAndGet();
                        }
                        latencies.add(System.nanoTime() - start);
                    }
                });
                threads.add(t);
                t.start();
            }
            for (int c = 0; c < 2; c++) {
                int id = c;
                Thread t = new Thread(() -> {
                    int i = id;
                    while (System.nanoTime() < end) {
                        byte[] body = hostile.get(i++ % hostile.size());
                        try {
                            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/check"))
                                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).timeout(Duration.ofSeconds(180)).build(),
                                HttpResponse.BodyHandlers.ofString());
                            hostileSent.incrementAndGet();
                            int st = r.statusCode();
                            if (!(st == 200 || st == 503 || (st >= 400 && st < 500)) || !r.body().contains("\"")) {
                                hostileBad.incrementAndGet();
                            }
                        } catch (Exception e) {
                            hostileBad.incrementAndGet();
                        }
                    }
                });
                threads.add(t);
                t.start();
            }
            for (Thread t : threads) {
                t.join();
            }
            long checkPeak = memory.peakKb();
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            System.out.printf(Locale.ROOT, "| %d clients × %d s | %d requests (%.0f/s) | %d failures | p50 %.1f ms | p99 %.1f ms | server RSS peak %d MB |%n",
                clients, seconds, sorted.size(), sorted.size() / (double) seconds, failures.get(), pct(sorted, 0.50), pct(sorted, 0.99), checkPeak / 1024);
            System.out.printf(Locale.ROOT, "| 2 hostile clients meanwhile | %d bad inputs sent | %d answered without a clear status |%n",
                hostileSent.get(), hostileBad.get());

            // One batch of many workbooks: memory should stay flat — rows keep findings, never workbooks.
            Path dir = Files.createTempDirectory("suanpan-load-batch");
            List<Path> copies = new ArrayList<>();
            for (int i = 0; i < files; i++) {
                copies.add(Files.copy(Fixtures.samples().get(i % 2), dir.resolve(String.format("部门%04d.xlsx", i))));
            }
            memory.reset();
            long start = System.nanoTime();
            HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(base + "/api/batches"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, List.of(zip(copies, dir.resolve("all.zip")))))).build(),
                HttpResponse.BodyHandlers.ofString());
            String id = created.body().replaceAll("(?s).*\"id\" : \"([0-9a-f]+)\".*", "$1");
            List<Long> rss = new ArrayList<>();
            while (true) {
                String s = http.send(HttpRequest.newBuilder(URI.create(base + "/api/batches/" + id)).build(), HttpResponse.BodyHandlers.ofString()).body();
                rss.add(memory.currentKb());
                if (!s.contains("\"running\"")) {
                    if (!s.contains("\"done\" : " + files)) {
                        throw new IllegalStateException("batch ended badly: " + s);
                    }
                    break;
                }
                Thread.sleep(500);
            }
            double secs = (System.nanoTime() - start) / 1e9;
            int q = Math.max(1, rss.size() / 4);
            System.out.printf(Locale.ROOT, "| batch of %d | %.1f s (%.0f workbooks/s) | RSS first quarter %d MB, last quarter %d MB, peak %d MB |%n",
                files, secs, files / secs, avg(rss.subList(0, q)) / 1024, avg(rss.subList(rss.size() - q, rss.size())) / 1024, memory.peakKb() / 1024);
            memory.interrupt();
        } finally {
            server.destroy();
            server.waitFor();
        }
    }

    static void waitForHealth(HttpClient http, String base) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(base + "/api/health")).build(), HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("service did not start");
    }

    static byte[] multipart(String boundary, List<Path> files) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Path f : files) {
            String field = f.toString().endsWith(".zip") ? "zip" : "workbook";
            out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + f.getFileName()
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.write(Files.readAllBytes(f));
            out.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    static Path zip(List<Path> files, Path target) throws IOException {
        try (var os = Files.newOutputStream(target); var z = new java.util.zip.ZipOutputStream(os)) {
            for (Path f : files) {
                z.putNextEntry(new java.util.zip.ZipEntry(f.getFileName().toString()));
                Files.copy(f, z);
                z.closeEntry();
            }
        }
        return target;
    }

    static double pct(List<Long> sorted, double p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) (p * sorted.size()))) / 1e6;
    }

    static long avg(List<Long> v) {
        return (long) v.stream().mapToLong(Long::longValue).average().orElse(0);
    }

    /** Samples the resident memory of a process from /proc every 200 ms. */
    static final class Memory extends Thread {
        private final long pid;
        private volatile long peak;

        Memory(long pid) {
            this.pid = pid;
            setDaemon(true);
        }

        long currentKb() {
            try {
                for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                    if (line.startsWith("VmRSS:")) {
                        return Long.parseLong(line.replaceAll("\\D", ""));
                    }
                }
            } catch (IOException e) {
                return 0;
            }
            return 0;
        }

        long peakKb() {
            return peak;
        }

        void reset() {
            peak = 0;
        }

        @Override
        public void run() {
            while (!isInterrupted()) {
                peak = Math.max(peak, currentKb());
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }
}
