package org.suanpan.poi;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.suanpan.read.BookFormat;
import org.suanpan.read.UnusableInputException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Opens and saves workbooks through POI's full object model, for the commands that write (annotate, fill). The
 * input is only read — the workbook is loaded from a stream, never opened read-write on the user's file — and
 * the output is written to a temporary file first, so a failure never leaves half a workbook behind. POI's zip-bomb
 * guards stay at their defaults.
 */
public final class PoiWorkbooks {
    /**
     * Threads kept for POI's parses: a parse on a fresh thread would rebuild POI's per-thread caches each time (a
     * few milliseconds per .xls); a parse abandoned at its deadline keeps its thread, and the pool makes another.
     */
    private static final java.util.concurrent.ExecutorService PARSERS = java.util.concurrent.Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "suanpan-poi-parse");
        t.setDaemon(true);
        return t;
    });

    /** POI's parse has no deadline of its own: one that runs longer than this is abandoned with a message. */
    static final java.time.Duration DEADLINE = org.suanpan.read.ReadLimits.DEFAULT_DEADLINE;

    private PoiWorkbooks() {
    }

    public static Workbook open(Path file, BookFormat format) {
        return withDeadline(() -> {
            try (InputStream in = Files.newInputStream(file)) {
                return format == BookFormat.XLS ? new HSSFWorkbook(in) : new XSSFWorkbook(in);
            }
        });
    }

    /** An .xlsx with only the named sheets parsed; see {@link PartialXlsx}. */
    public static PartialXlsx openPartially(Path file, java.util.Set<String> editable) {
        return withDeadline(() -> PartialXlsx.open(file, editable));
    }

    /** A parse that must not hang: it runs on one of the kept parser threads and is given up after {@link #DEADLINE}. */
    static <T> T withDeadline(java.util.concurrent.Callable<T> parse) {
        return withDeadline(parse, DEADLINE);
    }

    static <T> T withDeadline(java.util.concurrent.Callable<T> parse, java.time.Duration deadline) {
        java.util.concurrent.Future<T> task = PARSERS.submit(parse);
        try {
            return task.get(deadline.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            task.cancel(true);
            throw new UnusableInputException("打开工作簿以写入批注超过了 " + Math.max(1, deadline.toSeconds()) + " 秒，已放弃。文件可能过大或结构异常；"
                + "请删去与决算公开表无关的工作表，在 Excel 或 WPS 中另存为新的 .xlsx 后再试。");
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw new UnusableInputException("处理被中断。请重试。");
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause();
            throw cannotOpen(cause instanceof Exception ex ? ex : new IllegalStateException(cause));
        }
    }

    private static UnusableInputException cannotOpen(Exception e) {
        return new UnusableInputException("工作簿可以审核，但无法作为 Excel 文件打开以写入批注（" + e.getClass().getSimpleName()
            + "）。请在 Excel 或 WPS 中打开后另存为新的 .xlsx 再试。", e);
    }

    public static void save(Workbook wb, Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        Path tmp = Files.createTempFile(dir, ".suanpan-", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                wb.write(out);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
