package org.suanpan.batch;

import org.suanpan.Engine;
import org.suanpan.annotate.Annotator;
import org.suanpan.check.CheckResult;
import org.suanpan.definition.Severity;
import org.suanpan.read.UnusableInputException;
import org.suanpan.text.FileNames;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Checks many workbooks on all cores with the streaming reader, optionally writing an annotated copy of each workbook
 * that has findings. One bad file never stops the batch: it becomes a row that says why it could not be checked.
 */
public final class BatchRun {
    /** Told after each workbook, from the worker threads. */
    public interface Listener {
        void fileDone(int done, int total, BatchRow row);
    }

    private final Engine engine;
    private final Ratios ratios;
    private final ExecutorService pool;

    public BatchRun(Engine engine, Ratios ratios, ExecutorService pool) {
        this.engine = engine;
        this.ratios = ratios;
        this.pool = pool;
    }

    /**
     * @param root      names in the summary are relative to this folder
     * @param annotated where annotated copies go (same relative names, “-审核” added), or null for none
     */
    public BatchSummary run(List<Path> files, Path root, Path annotated, Listener listener) throws InterruptedException {
        AtomicInteger done = new AtomicInteger();
        List<Future<BatchRow>> futures = new ArrayList<>();
        for (Path file : files) {
            futures.add(pool.submit(() -> {
                BatchRow row = one(file, relative(root, file), annotated);
                listener.fileDone(done.incrementAndGet(), files.size(), row);
                return row;
            }));
        }
        List<BatchRow> rows = new ArrayList<>();
        for (Future<BatchRow> f : futures) {
            try {
                rows.add(f.get());
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
        List<Outliers.Sample> samples = rows.stream().filter(BatchRow::usable)
            .map(r -> new Outliers.Sample(r.file(), r.department(), r.ratios())).toList();
        return new BatchSummary(rows, Outliers.find(ratios.all(), samples), ratios.all());
    }

    private BatchRow one(Path file, String name, Path annotated) {
        try {
            CheckResult result = engine.check(file, file.getFileName().toString());
            Profile profile = Profile.of(result.recognition());
            int errors = (int) result.count(Severity.ERROR);
            int warnings = (int) result.count(Severity.WARNING);
            String copy = null;
            if (annotated != null && errors + warnings > 0) {
                copy = FileNames.withSuffix(name, "-审核", result.recognition().book().format().extensionFor(name));
                Path out = annotated.resolve(copy);
                Files.createDirectories(out.getParent());
                new Annotator().annotate(file, result, out);
            }
            String conclusion = errors > 0 ? BatchRow.FAILED : warnings > 0 ? BatchRow.PASSED_WITH_WARNINGS : BatchRow.PASSED;
            return new BatchRow(name, profile.department(), profile.year(), result.recognition().edition().id(), errors, warnings,
                conclusion, null, List.copyOf(result.findings()), ratios.of(result.recognition()), copy);
        } catch (UnusableInputException e) {
            return BatchRow.unusable(name, e.getMessage());
        } catch (org.suanpan.Cancel.Cancelled e) {
            throw e;
        } catch (java.io.IOException e) {
            return BatchRow.unusable(name, "无法写出批注后的工作簿：" + e.getMessage());
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return BatchRow.unusable(name, "处理这个文件时发生意外错误（" + e.getClass().getSimpleName() + "）。请把文件发给维护人员。");
        }
    }

    static String relative(Path root, Path file) {
        Path rel = root == null ? file.getFileName() : root.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize());
        return rel.toString().replace('\\', '/');
    }
}
