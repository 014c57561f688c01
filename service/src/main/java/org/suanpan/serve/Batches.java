package org.suanpan.serve;

import org.suanpan.Engine;
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

/**
 * The batches the service holds: each in its own folder under {@code work/batches/<id>} (its uploads, annotated
 * copies and summary), run on the shared worker pool, and deleted with its folder once the retention time has passed.
 * Ids are 128 random bits, so one bureau cannot guess another's batch.
 */
final class Batches implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Batches.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Engine engine;
    private final Ratios ratios;
    private final ExecutorService workers;
    private final Path root;
    private final Duration retention;
    private final Map<String, Batch> batches = new ConcurrentHashMap<>();
    private final ExecutorService coordinators = Executors.newCachedThreadPool(r -> daemon(r, "suanpan-batch"));
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "suanpan-sweep"));

    Batches(Engine engine, ExecutorService workers, Path workDir, Duration retention) throws IOException {
        this.engine = engine;
        this.ratios = Ratios.load(engine.editions().source());
        this.workers = workers;
        this.root = Files.createDirectories(workDir.resolve("batches"));
        this.retention = retention;
        // Batches of an earlier run cannot be reached any more (their ids lived in memory): free the disk.
        try (var old = Files.list(root)) {
            old.forEach(Folders::deleteQuietly);
        }
        long every = Math.max(1, Math.min(60, retention.toSeconds() / 2));
        sweeper.scheduleWithFixedDelay(this::sweep, every, every, TimeUnit.SECONDS);
    }

    /** A new batch's folder, for its uploads to be copied into before it starts. */
    Path newFolder(String id) throws IOException {
        return Files.createDirectories(root.resolve(id).resolve("input"));
    }

    static String newId() {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    Batch start(String id, List<Path> files, Path inputRoot, boolean annotate) {
        Batch batch = new Batch(id, root.resolve(id), files.size());
        batches.put(id, batch);
        coordinators.submit(() -> {
            try {
                Path results = batch.folder().resolve("results");
                BatchSummary summary = new BatchRun(engine, ratios, workers)
                    .run(files, inputRoot, annotate ? results : null, (done, total, row) -> batch.fileDone(row));
                Files.createDirectories(results);
                SummaryWorkbook.write(summary, batch.folder().resolve("summary.xlsx"));
                Files.writeString(batch.folder().resolve("summary.json"), JsonReport.write(SummaryJson.of(summary, true)));
                Folders.deleteQuietly(inputRoot);
                batch.finish(summary);
            } catch (Throwable e) {
                LOG.warn("batch {} failed", id, e);
                batch.fail("批量审核中断（" + e.getClass().getSimpleName() + "）。请重新提交；如果再次出现，请联系维护人员。");
            }
        });
        return batch;
    }

    Optional<Batch> get(String id) {
        return Optional.ofNullable(id == null ? null : batches.get(id));
    }

    /** Removes every finished batch older than the retention time, folder and all. */
    void sweep() {
        Instant cutoff = Instant.now().minus(retention);
        for (Batch b : List.copyOf(batches.values())) {
            Instant finished = b.finishedAt();
            if (finished != null && finished.isBefore(cutoff)) {
                batches.remove(b.id());
                Folders.deleteQuietly(b.folder());
            }
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
