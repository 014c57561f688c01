package org.suanpan.batch;

import org.suanpan.Cancel;
import org.suanpan.read.UnusableInputException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The workbooks of a batch: every .xlsx/.xlsm/.xls in a folder (and its subfolders) or in a .zip, with the 情况说明
 * (.docx, .txt) beside them for the 公开检查. A zip is read from its central directory; only workbook and 情况说明
 * entries are inflated, each into a numbered file of the batch's own folder —
 * the entry's name, however long, in whatever characters, is what reports show, never a path on disk. Limits hold
 * while inflating: the bytes of one entry and of all, the number of entries, the time.
 */
public final class BatchInputs {
    private static final long MAX_ENTRIES = 20_000;
    /** A 情况说明 longer than this could not be read (the reader takes 1 000 000 characters): never unpacked. */
    private static final long MAX_TEXT_BYTES = 8L << 20;

    /** One workbook of a batch: where it lies and the name reports show (its path in the zip or the folder). */
    public record Input(Path file, String name) {
    }

    /** What unpacking a zip may take. */
    public record Limits(int maxFiles, long maxEntryBytes, long maxTotalBytes, Instant deadline) {
    }

    private BatchInputs() {
    }

    /** The workbooks under a folder, in name order. */
    public static List<Path> inFolder(Path folder, int maxFiles) {
        try (Stream<Path> walk = Files.walk(folder)) {
            List<Path> files = walk.filter(Files::isRegularFile).filter(BatchInputs::isWorkbook)
                .sorted(Comparator.comparing(Path::toString)).toList();
            return limited(files, maxFiles);
        } catch (IOException e) {
            throw new UnusableInputException("无法读取文件夹 " + folder + "：" + e.getMessage() + "。请检查路径和权限。");
        }
    }

    /**
     * Unpacks the workbooks of a .zip file into {@code into} as 1.xlsx, 2.xls, … and returns them in name order, each
     * with its path in the zip as its name ({@code prefix} before it when several zips make one batch).
     */
    public static List<Input> fromZip(Path zipFile, String prefix, Path into, Limits limits) throws IOException {
        Files.createDirectories(into);
        byte[] head = new byte[4];
        int read;
        try (InputStream in = Files.newInputStream(zipFile)) {
            read = in.readNBytes(head, 0, 4);
        }
        // say which it is, not “no workbooks” or “damaged”
        if (read < 4 || head[0] != 'P' || head[1] != 'K') {
            throw new UnusableInputException("上传的压缩包不是 zip 格式（可能是 .rar、.7z 或改了扩展名的文件）。请用压缩软件打成 .zip 后上传，或直接上传各个工作簿。");
        }
        try {
            return fromZip(zipFile, prefix, into, limits, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            // names not flagged as UTF-8 and not valid UTF-8: what Windows' own zip writes, in the system's code page
            Folders.clear(into);
            return fromZip(zipFile, prefix, into, limits, Charset.forName("GB18030"));
        }
    }

    private static List<Input> fromZip(Path zipFile, String prefix, Path into, Limits limits, Charset names) throws IOException {
        List<Input> files = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int workbooks = 0;
        long total = 0;
        try (ZipFile zip = open(zipFile, names)) {
            if (zip.size() > MAX_ENTRIES) {
                throw new UnusableInputException("压缩包里的条目超过 " + MAX_ENTRIES + " 个。请只把要审核的工作簿放进压缩包。");
            }
            List<? extends ZipEntry> entries = Collections.list(zip.entries());
            for (ZipEntry e : entries) {
                String name = e.getName().replace('\\', '/');
                boolean text = isNarrativeName(baseName(name));
                if (e.isDirectory() || name.startsWith("__MACOSX/") || !isWorkbookName(baseName(name)) && !text) {
                    continue; // never inflated
                }
                String shown = safeRelative(name);
                if (shown.contains("../") || shown.startsWith("..")) {
                    throw new UnusableInputException("压缩包里的“" + name + "”指向压缩包以外的位置，已拒绝整个压缩包。请重新打包，只包含工作簿文件。");
                }
                if (!seen.add(shown)) {
                    throw new UnusableInputException("压缩包里有两个同名的“" + shown + "”，无法分辨哪个是哪个部门的。请改名或分开打包后再上传。");
                }
                if (!text && ++workbooks > limits.maxFiles()) {
                    throw tooMany(limits.maxFiles());
                }
                long cap = text ? Math.min(limits.maxEntryBytes(), MAX_TEXT_BYTES) : limits.maxEntryBytes();
                if (e.getSize() > cap) {
                    if (text) {
                        continue; // a 情况说明 too long to read: never inflated, its workbook is inspected alone
                    }
                    throw entryTooLarge(shown, limits);
                }
                Path target = into.resolve((files.size() + 1) + (text ? textExtension(name) : extension(name)));
                long written;
                try (InputStream in = zip.getInputStream(e)) {
                    written = copy(in, target, shown, cap, text, limits, limits.maxTotalBytes() - total);
                }
                if (written < 0) {
                    // a 情况说明 whose declared size lied: dropped as above
                    Files.deleteIfExists(target);
                    continue;
                }
                total += written;
                files.add(new Input(target, prefix == null ? shown : prefix + "/" + shown));
            }
        } catch (ZipException e) {
            throw new UnusableInputException("压缩包已损坏或不是 zip 格式（" + e.getMessage() + "）。请重新打包后上传。");
        }
        if (workbooks(files).isEmpty()) {
            throw new UnusableInputException("压缩包里没有工作簿（.xlsx、.xls）。请把各部门的决算公开表放进压缩包后再上传。");
        }
        files.sort(Comparator.comparing(Input::name));
        return files;
    }

    private static ZipFile open(Path zipFile, Charset names) throws IOException {
        try {
            return new ZipFile(zipFile.toFile(), names);
        } catch (ZipException e) {
            if (String.valueOf(e.getMessage()).contains("bad entry name") && names == StandardCharsets.UTF_8) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
            throw new UnusableInputException("压缩包已损坏或不是 zip 格式（" + e.getMessage() + "）。请重新打包后上传。");
        }
    }

    /** The workbooks among inputs (the rest are 情况说明). */
    public static List<Input> workbooks(List<Input> inputs) {
        return inputs.stream().filter(i -> isWorkbookName(baseName(i.name()))).toList();
    }

    /** The 情况说明 among inputs. */
    public static List<Input> texts(List<Input> inputs) {
        return inputs.stream().filter(i -> isNarrativeName(baseName(i.name()))).toList();
    }

    /** The 情况说明 (.docx, .txt) under a folder, named by their path in it. */
    public static List<Input> textsInFolder(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).filter(f -> isNarrativeName(f.getFileName().toString()))
                .sorted(Comparator.comparing(Path::toString))
                .map(f -> new Input(f, folder.relativize(f).toString().replace('\\', '/'))).toList();
        } catch (IOException e) {
            throw new UnusableInputException("无法读取文件夹 " + folder + "：" + e.getMessage() + "。请检查路径和权限。");
        }
    }

    /** Whether a file of this name is a 情况说明 a batch inspects beside its workbook. */
    public static boolean isNarrativeName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return !n.startsWith("~$") && !n.startsWith(".") && (n.endsWith(".docx") || n.endsWith(".txt"));
    }

    private static String textExtension(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".txt") ? ".txt" : ".docx";
    }

    public static boolean isWorkbook(Path file) {
        return isWorkbookName(file.getFileName().toString());
    }

    /** Whether a file of this name is a workbook a batch checks (Office lock files and hidden files are not). */
    public static boolean isWorkbookName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return !n.startsWith("~$") && !n.startsWith(".") && (n.endsWith(".xlsx") || n.endsWith(".xlsm") || n.endsWith(".xls"));
    }

    public static boolean isZip(String name) {
        return name != null && name.toLowerCase(Locale.ROOT).endsWith(".zip");
    }

    /** The extension a workbook keeps on disk, lower case: the readers look at the bytes, the annotator at the format. */
    public static String extension(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".xlsm") ? ".xlsm" : n.endsWith(".xls") ? ".xls" : ".xlsx";
    }

    /** The entry's path as reports show it: without drive letters, roots or “./”. */
    private static String safeRelative(String name) {
        String n = name.replaceFirst("^[A-Za-z]:", "");
        while (n.startsWith("/") || n.startsWith("./")) {
            n = n.substring(n.startsWith("/") ? 1 : 2);
        }
        return n.isEmpty() ? "未命名.xlsx" : n;
    }

    private static String baseName(String name) {
        int slash = name.lastIndexOf('/');
        return slash < 0 ? name : name.substring(slash + 1);
    }

    /** The bytes copied, or -1 when {@code dropWhenLong} and the entry went past {@code cap}. */
    private static long copy(InputStream in, Path target, String name, long cap, boolean dropWhenLong, Limits limits, long budget)
        throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long written = 0;
        try (OutputStream out = Files.newOutputStream(target)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                written += n;
                if (written > cap) {
                    if (dropWhenLong) {
                        return -1;
                    }
                    throw entryTooLarge(name, limits);
                }
                if (written > budget) {
                    throw new UnusableInputException("压缩包解开后超过了 " + (limits.maxTotalBytes() >> 20)
                        + " MB 的上限。请分成几个较小的压缩包上传。");
                }
                Cancel.check();
                if (limits.deadline() != null && Instant.now().isAfter(limits.deadline())) {
                    throw new UnusableInputException("解开压缩包超时。请分成几个较小的压缩包上传。");
                }
                out.write(buffer, 0, n);
            }
        }
        return written;
    }

    private static UnusableInputException entryTooLarge(String name, Limits limits) {
        return new UnusableInputException("压缩包里的“" + name + "”解开后超过每个文件 " + (limits.maxEntryBytes() >> 20)
            + " MB 的上限，不像一份决算公开表。请删去与决算表无关的工作表后重新打包。");
    }

    private static List<Path> limited(List<Path> files, int maxFiles) {
        if (files.size() > maxFiles) {
            throw tooMany(maxFiles);
        }
        return files;
    }

    static UnusableInputException tooMany(int maxFiles) {
        return new UnusableInputException("一批最多审核 " + maxFiles + " 个工作簿。请分成几批提交。");
    }

    /** Emptying the folder a failed first try filled. */
    private static final class Folders {
        static void clear(Path dir) throws IOException {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                    if (!p.equals(dir)) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        }
    }
}
