package org.suanpan.read;

import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Opens any workbook a department may send — .xlsx or .xls, whatever its extension says — and turns every way it
 * can fail into an {@link UnusableInputException} whose message tells the sender what to do.
 */
public final class BookReader {
    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    private BookReader() {
    }

    public static Book read(Path file) {
        return read(file, file.getFileName().toString(), ReadLimits.defaults());
    }

    public static Book read(Path file, String displayName, ReadLimits limits) {
        byte[] head;
        try {
            head = head(file);
        } catch (NoSuchFileException e) {
            throw new UnusableInputException("找不到文件“" + displayName + "”。请检查文件路径。", e);
        } catch (IOException e) {
            throw new UnusableInputException("无法读取文件“" + displayName + "”：" + e.getMessage(), e);
        }
        if (head.length == 0) {
            throw new UnusableInputException("文件“" + displayName + "”是空的（0 字节）。请重新导出部门决算公开表后再上传。");
        }
        try {
            if (startsWith(head, ZIP)) {
                return new XlsxReader(limits).read(file, displayName);
            }
            if (startsWith(head, OLE2)) {
                return readOle2(file, displayName, limits);
            }
        } catch (UnusableInputException | org.suanpan.Cancel.Cancelled e) {
            throw e;
        } catch (IOException e) {
            throw damaged(displayName, e);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            throw damaged(displayName, e);
        }
        throw new UnusableInputException(notAWorkbook(displayName, head));
    }

    private static Book readOle2(Path file, String displayName, ReadLimits limits) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            if (fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry("EncryptedPackage")) {
                throw Encryption.protectedWorkbook(null);
            }
            if (fs.getRoot().hasEntry("WordDocument")) {
                throw new UnusableInputException("这是一个 Word 97-2003 文档（.doc），不是 Excel 工作簿。请上传部门决算公开表的 .xlsx 或 .xls 文件。");
            }
            return new XlsReader(limits).read(fs, displayName);
        }
    }

    private static UnusableInputException damaged(String name, Throwable e) {
        String detail = e.getMessage() == null ? "" : e.getMessage();
        if (detail.contains("Zip bomb") || detail.contains("zip bomb")) {
            return new UnusableInputException("文件“" + name + "”解压后的内容异常膨胀（疑似“压缩炸弹”），已拒绝读取。"
                + "请在 Excel 或 WPS 中打开后另存为新的 .xlsx 再上传。", e);
        }
        if (e instanceof OutOfMemoryError) {
            return new UnusableInputException("文件“" + name + "”过大，无法读取。请删除与决算表无关的工作表后再上传。", e);
        }
        return new UnusableInputException("文件“" + name + "”已损坏或不完整，无法作为工作簿读取。"
            + "请在 Excel 或 WPS 中打开它，另存为新的 .xlsx 后再上传。", e);
    }

    private static String notAWorkbook(String name, byte[] head) {
        String text = new String(head, StandardCharsets.UTF_8).trim().toLowerCase(Locale.ROOT);
        if (text.startsWith("<!doctype html") || text.startsWith("<html") || text.contains("<table")) {
            return "文件“" + name + "”实际上是一个网页（HTML），只是扩展名为表格。请在 Excel 或 WPS 中打开它，另存为 .xlsx 后再上传。";
        }
        if (text.startsWith("<?xml")) {
            return "文件“" + name + "”是 XML 文本（可能是 Excel 2003 XML 表格），不是 .xlsx 或 .xls。请在 Excel 或 WPS 中打开后另存为 .xlsx 再上传。";
        }
        if (text.startsWith("%pdf")) {
            return "文件“" + name + "”是 PDF。请上传部门决算公开表的 Excel 文件（.xlsx 或 .xls），不是打印出的 PDF。";
        }
        if (looksLikeText(head) && (text.contains(",") || text.contains("\t"))) {
            return "文件“" + name + "”是纯文本（CSV）表格，没有工作表结构。请在 Excel 或 WPS 中打开它，另存为 .xlsx 后再上传。";
        }
        return "文件“" + name + "”不是 Excel 工作簿（既不是 .xlsx 也不是 .xls）。请上传部门决算公开表的 Excel 文件。";
    }

    private static boolean looksLikeText(byte[] head) {
        for (byte b : head) {
            if (b == 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] head(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new IOException("这是一个文件夹");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(512);
        }
    }
}
