package org.suanpan.serve;

import org.suanpan.Engine;
import org.suanpan.batch.BatchInputs;
import org.suanpan.batch.BatchRun;
import org.suanpan.batch.BatchSummary;
import org.suanpan.batch.Ratios;
import org.suanpan.batch.SummaryJson;
import org.suanpan.batch.SummaryWorkbook;
import org.suanpan.report.JsonReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The batches the service holds: each in its own folder under {@code work/batches/<id>} (its uploads, annotated
 * copies and summary), its files run on the shared {@link FairPool} in turn with the other batches', and deleted with
 * its folder once the retention time has passed. Ids are 128 random bits, so one bureau cannot guess another's batch.
 * A folder marked running when the service starts belonged to a batch a crash or a kill stopped: it is reported as
 * failed, never as finished, and its files are removed.
 */
final class Batches implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Batches.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    /** In a batch's folder while it runs; left behind only when the service stopped before the batch did. */
    private static final String RUNNING = "running";
    static final String RESTARTED = "服务重启，批次未完成，请重新提交。";
    static final String RESTARTED_DONE = "服务重启后不再保存这个批次的结果，请重新提交。";

    private final Engine engine;
    private final Ratios ratios;
    private final FairPool workers;
    private final Path workDir;
    private final Path root;
    private final Duration retention;
    private final int maxBatches;
    private final Duration timeout;
    private final Map<String, Batch> batches = new ConcurrentHashMap<>();
    private final ExecutorService coordinators = Executors.newCachedThreadPool(r -> daemon(r, "suanpan-batch"));
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "suanpan-sweep"));

    Batches(Engine engine, FairPool workers, Path workDir, ServeConfig config) throws IOException {
        this.engine = engine;
        this.ratios = Ratios.load(engine.editions().source());
        this.workers = workers;
        this.workDir = workDir;
        this.root = Files.createDirectories(workDir.resolve("batches"));
        this.retention = config.retention();
        this.maxBatches = config.maxBatches();
        this.timeout = config.batchTimeout();
        recover();
        long every = Math.max(1, Math.min(60, retention.toSeconds() / 2));
        sweeper.scheduleWithFixedDelay(this::sweep, every, every, TimeUnit.SECONDS);
    }

    /** Batches of an earlier run: their ids are answered with what became of them; their files are freed. */
    private void recover() throws IOException {
        try (var old = Files.list(root)) {
            for (Path folder : (Iterable<Path>) old::iterator) {
                String id = folder.getFileName().toString();
                boolean unfinished = Files.exists(folder.resolve(RUNNING));
                Folders.emptyQuietly(folder);
                if (id.matches("[0-9a-f]{32}")) {
                    batches.put(id, Batch.interrupted(id, folder, unfinished ? RESTARTED : RESTARTED_DONE));
                } else {
                    Folders.deleteQuietly(folder);
                }
            }
        }
    }

    /** Refuses a new batch when as many as allowed are running or waiting their turn. */
    void admit() {
        long active = batches.values().stream().filter(b -> !b.state().finished()).count();
        if (active >= maxBatches) {
            throw new ApiException(503, "正在审核和排队的批次已有 " + active + " 个（上限 " + maxBatches + " 个）。请等前面的批次完成后再提交，"
                + "或请管理员用 --max-batches 调高上限。");
        }
    }

    /** When a batch starting now must be done, unpacking included. */
    Instant deadline() {
        return Instant.now().plus(timeout);
    }

    Duration timeout() {
        return timeout;
    }

    /** A new batch's folder, for its uploads to be copied into before it starts; marked running until it ends. */
    Path newFolder(String id) throws IOException {
        Path folder = Files.createDirectories(root.resolve(id));
        Files.writeString(folder.resolve(RUNNING), Instant.now().toString());
        return Files.createDirectories(folder.resolve("input"));
    }

    static String newId() {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    Batch start(String id, List<BatchInputs.Input> files, Path inputRoot, boolean annotate, Instant deadline) {
        Batch batch = new Batch(id, root.resolve(id), BatchInputs.workbooks(files).size());
        batches.put(id, batch);
        coordinators.submit(() -> {
            try {
                Path results = batch.folder().resolve("results");
                BatchSummary summary = new BatchRun(engine, ratios, workers.lane())
                    .run(files, annotate ? results : null, (done, total, row) -> batch.fileDone(row), deadline);
                Files.createDirectories(results);
                SummaryWorkbook.write(summary, batch.folder().resolve("summary.xlsx"));
                Files.writeString(batch.folder().resolve("summary.json"), JsonReport.write(SummaryJson.of(summary, true)));
                Folders.deleteQuietly(inputRoot);
                Files.deleteIfExists(batch.folder().resolve(RUNNING));
                batch.finish(summary);
            } catch (TimeoutException e) {
                ended(batch, inputRoot, "批量审核超过了 " + timeout.toMinutes() + " 分钟，已停止（完成 " + batch.state().done() + "/"
                    + batch.state().total() + "）。请分成几批提交，或请管理员用 --batch-timeout-minutes 调高时限。");
            } catch (Throwable e) {
                LOG.warn("batch {} failed", id, e);
                ended(batch, inputRoot, "批量审核中断（" + e.getClass().getSimpleName() + "）。请重新提交；如果再次出现，请联系维护人员。");
            }
        });
        return batch;
    }

    private static void ended(Batch batch, Path inputRoot, String message) {
        Folders.deleteQuietly(inputRoot);
        try {
            Files.deleteIfExists(batch.folder().resolve(RUNNING));
        } catch (IOException ignored) {
            // the folder goes with the retention sweep
        }
        batch.fail(message);
    }

    Optional<Batch> get(String id) {
        return Optional.ofNullable(id == null ? null : batches.get(id));
    }

    /**
     * Removes every finished batch older than the retention time, folder and all, and what requests a crash cut short
     * left behind: their upload folders and the servlet container's multipart caches.
     */
    void sweep() {
        Instant cutoff = Instant.now().minus(retention);
        for (Batch b : List.copyOf(batches.values())) {
            Instant finished = b.finishedAt();
            if (finished != null && finished.isBefore(cutoff)) {
                batches.remove(b.id());
                Folders.deleteQuietly(b.folder());
            }
        }
        Instant stale = Instant.now().minus(Duration.ofHours(1).plus(timeout));
        for (String leftovers : List.of("requests", "uploads", "tmp")) {
            Folders.deleteOlderThan(workDir.resolve(leftovers), stale);
        }
    }

    @Override
    public void close() {
        sweeper.shutdownNow();
        coordinators.shutdownNow();
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
