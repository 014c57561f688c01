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
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
    private final Executor pool;

    public BatchRun(Engine engine, Ratios ratios, Executor pool) {
        this.engine = engine;
        this.ratios = ratios;
        this.pool = pool;
    }

    /**
     * @param root      names in the summary are relative to this folder
     * @param annotated where annotated copies go (same relative names, “-审核” added), or null for none
     */
    public BatchSummary run(List<Path> files, Path root, Path annotated, Listener listener) throws InterruptedException {
        List<BatchInputs.Input> inputs = new ArrayList<>(files.stream().map(f -> new BatchInputs.Input(f, relative(root, f))).toList());
        // the 情况说明 beside each workbook, for the 公开检查
        for (Path folder : files.stream().map(f -> f.toAbsolutePath().getParent()).filter(java.util.Objects::nonNull).distinct().toList()) {
            try (java.util.stream.Stream<Path> list = Files.list(folder)) {
                list.filter(Files::isRegularFile).filter(f -> BatchInputs.isNarrativeName(f.getFileName().toString()))
                    .sorted().forEach(f -> inputs.add(new BatchInputs.Input(f, relative(root, f))));
            } catch (java.io.IOException e) {
                // an unreadable folder: its workbooks are inspected without their 情况说明
            }
        }
        try {
            return run(inputs, annotated, listener, null);
        } catch (TimeoutException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Checks each workbook among the inputs under the name reports show for it (its path in the zip or folder), and
     * inspects it with the 情况说明 among them that lies beside it.
     *
     * @param deadline when the batch must end: past it the files still running are stopped, those waiting never start,
     *                 and {@link TimeoutException} is thrown; null for none
     */
    public BatchSummary run(List<BatchInputs.Input> inputs, Path annotated, Listener listener, java.time.Instant deadline)
        throws InterruptedException, TimeoutException {
        AtomicInteger done = new AtomicInteger();
        List<FutureTask<BatchRow>> futures = new ArrayList<>();
        List<BatchInputs.Input> workbooks = BatchInputs.workbooks(inputs);
        List<BatchInputs.Input> texts = BatchInputs.texts(inputs);
        for (BatchInputs.Input in : workbooks) {
            FutureTask<BatchRow> task = new FutureTask<>(() -> {
                BatchRow row = one(in, workbooks, texts, annotated);
                listener.fileDone(done.incrementAndGet(), workbooks.size(), row);
                return row;
            });
            futures.add(task);
            pool.execute(task);
        }
        List<BatchRow> rows = new ArrayList<>();
        try {
            for (FutureTask<BatchRow> f : futures) {
                try {
                    rows.add(deadline == null ? f.get()
                        : f.get(Math.max(0, java.time.Duration.between(java.time.Instant.now(), deadline).toMillis()), TimeUnit.MILLISECONDS));
                } catch (ExecutionException e) {
                    throw new IllegalStateException(e.getCause());
                }
            }
        } catch (TimeoutException | InterruptedException | RuntimeException e) {
            futures.forEach(f -> f.cancel(true));
            throw e;
        }
        List<Outliers.Sample> samples = rows.stream().filter(BatchRow::usable)
            .map(r -> new Outliers.Sample(r.file(), r.department(), r.ratios())).toList();
        return new BatchSummary(rows, Outliers.find(ratios.all(), samples), ratios.all());
    }

    private BatchRow one(BatchInputs.Input in, List<BatchInputs.Input> workbooks, List<BatchInputs.Input> texts, Path annotated) {
        Path file = in.file();
        String name = in.name();
        try {
            CheckResult checked = engine.check(file, baseName(name));
            Profile profile = Profile.of(checked.recognition());
            BatchInputs.Input narrative = Narratives.beside(in, profile.department(), workbooks, texts);
            CheckResult result = engine.inspect(checked, Narratives.paragraphs(narrative));
            int errors = (int) result.count(Severity.ERROR);
            int warnings = (int) result.count(Severity.WARNING);
            String copy = null;
            if (annotated != null) {
                copy = diskPath(FileNames.withSuffix(name, "-审核", result.recognition().book().format().extensionFor(name)));
                Path out = annotated.resolve(copy);
                Files.createDirectories(out.getParent());
                new Annotator().annotate(file, result, out);
            }
            String conclusion = errors > 0 ? BatchRow.FAILED : warnings > 0 ? BatchRow.PASSED_WITH_WARNINGS : BatchRow.PASSED;
            return new BatchRow(name, profile.department(), profile.year(), result.recognition().edition().id(), errors, warnings,
                conclusion, null, List.copyOf(result.findings()), ratios.of(result.recognition()), copy,
                narrative == null ? null : narrative.name(), result.inspection().score(),
                result.recognition().edition().name(), result.explanations());
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

    /**
     * Where a copy named after an entry goes under the results folder: the entry's folders kept, each part cut to what
     * a file system takes (255 bytes) with a hash of the whole name keeping cut names apart, and no part that climbs.
     */
    static String diskPath(String name) {
        String[] parts = name.split("/");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i].strip();
            if (p.isEmpty() || p.equals(".") || p.equals("..")) {
                p = "_";
            }
            if (p.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 150) {
                int dot = i == parts.length - 1 ? p.lastIndexOf('.') : -1;
                String ext = dot > 0 && p.length() - dot <= 6 ? p.substring(dot) : "";
                String hash = Integer.toHexString(name.hashCode() * 31 + i);
                p = p.substring(0, Math.min(40, p.length())) + "~" + hash + ext;
            }
            out.append(i == 0 ? "" : "/").append(p);
        }
        return out.toString();
    }

    private static String baseName(String name) {
        return name.substring(name.lastIndexOf('/') + 1);
    }

    public static String relative(Path root, Path file) {
        Path rel = root == null ? file.getFileName() : root.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize());
        return rel.toString().replace('\\', '/');
    }
}
