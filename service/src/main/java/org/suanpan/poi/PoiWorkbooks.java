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
    private PoiWorkbooks() {
    }

    public static Workbook open(Path file, BookFormat format) {
        try (InputStream in = Files.newInputStream(file)) {
            return format == BookFormat.XLS ? new HSSFWorkbook(in) : new XSSFWorkbook(in);
        } catch (IOException | RuntimeException e) {
            throw cannotOpen(e);
        }
    }

    /** An .xlsx with only the named sheets parsed; see {@link PartialXlsx}. */
    public static PartialXlsx openPartially(Path file, java.util.Set<String> editable) {
        try {
            return PartialXlsx.open(file, editable);
        } catch (IOException | RuntimeException e) {
            throw cannotOpen(e);
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
