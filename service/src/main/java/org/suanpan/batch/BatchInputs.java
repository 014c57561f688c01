package org.suanpan.batch;

import org.suanpan.read.UnusableInputException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The workbooks of a batch: every .xlsx/.xlsm/.xls in a folder (and its subfolders) or in a .zip (whose 情况说明,
 * .docx or .txt, are unpacked beside them for the 公开检查). A zip is unpacked
 * into a folder of the batch's own, entry by entry under limits — no entry may leave that folder (“../”), the number
 * of entries and the bytes unpacked are bounded — so a hostile archive costs a message, not the disk.
 */
public final class BatchInputs {
    private static final long MAX_ENTRIES = 20_000;

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

    /** Unpacks the workbooks of a .zip into {@code into} and returns them in name order. */
    public static List<Path> fromZip(InputStream zip, Path into, int maxFiles, long maxBytes) throws IOException {
        Files.createDirectories(into);
        Path root = into.toAbsolutePath().normalize();
        List<Path> files = new ArrayList<>();
        long entries = 0;
        long total = 0;
        java.io.BufferedInputStream buffered = new java.io.BufferedInputStream(zip);
        buffered.mark(4);
        byte[] head = buffered.readNBytes(4);
        buffered.reset();
        // ZipInputStream reads anything as an empty archive: say which it is, not “no workbooks”
        if (head.length < 4 || head[0] != 'P' || head[1] != 'K') {
            throw new UnusableInputException("上传的压缩包不是 zip 格式（可能是 .rar、.7z 或改了扩展名的文件）。请用压缩软件打成 .zip 后上传，或直接上传各个工作簿。");
        }
        try (ZipInputStream in = new ZipInputStream(buffered, java.nio.charset.Charset.forName("UTF-8"))) {
            ZipEntry e;
            while ((e = nextEntry(in)) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw new UnusableInputException("压缩包里的条目超过 " + MAX_ENTRIES + " 个。请只把要审核的工作簿放进压缩包。");
                }
                String name = e.getName().replace('\\', '/');
                boolean narrative = Narratives.isNarrative(Path.of(baseName(name)));
                if (e.isDirectory() || name.startsWith("__MACOSX/") || !isWorkbook(Path.of(baseName(name))) && !narrative) {
                    continue;
                }
                Path target = root.resolve(safeRelative(name)).normalize();
                if (!target.startsWith(root)) {
                    throw new UnusableInputException("压缩包里的“" + name + "”指向压缩包以外的位置，已拒绝整个压缩包。请重新打包，只包含工作簿文件。");
                }
                if (!narrative && files.size() >= maxFiles) {
                    throw tooMany(maxFiles);
                }
                Files.createDirectories(target.getParent());
                total += copy(in, target, maxBytes - total);
                if (!narrative) {
                    files.add(target);
                }
            }
        } catch (IllegalArgumentException e) {
            throw new UnusableInputException("压缩包里的文件名无法识别（" + e.getMessage() + "）。请用 UTF-8 文件名重新打包（例如 7-Zip 或系统自带的压缩）。");
        }
        if (entries == 0) {
            throw new UnusableInputException("压缩包已损坏：里面一个文件也读不出来。请重新打包后上传。");
        }
        if (files.isEmpty()) {
            throw new UnusableInputException("压缩包里没有工作簿（.xlsx、.xls）。请把各部门的决算公开表放进压缩包后再上传。");
        }
        files.sort(Comparator.comparing(Path::toString));
        return files;
    }

    public static boolean isWorkbook(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !n.startsWith("~$") && !n.startsWith(".") && (n.endsWith(".xlsx") || n.endsWith(".xlsm") || n.endsWith(".xls"));
    }

    public static boolean isZip(String name) {
        return name != null && name.toLowerCase(Locale.ROOT).endsWith(".zip");
    }

    private static ZipEntry nextEntry(ZipInputStream in) throws IOException {
        try {
            return in.getNextEntry();
        } catch (java.util.zip.ZipException e) {
            throw new UnusableInputException("压缩包已损坏或不是 zip 格式（" + e.getMessage() + "）。请重新打包后上传。");
        }
    }

    /** Keeps the entry's folders (two departments may both send 决算公开表.xlsx) but drops drive letters and roots. */
    private static String safeRelative(String name) {
        String n = name.replaceFirst("^[A-Za-z]:", "");
        while (n.startsWith("/")) {
            n = n.substring(1);
        }
        return n.isEmpty() ? "未命名.xlsx" : n;
    }

    private static String baseName(String name) {
        int slash = name.lastIndexOf('/');
        return slash < 0 ? name : name.substring(slash + 1);
    }

    private static long copy(InputStream in, Path target, long budget) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long written = 0;
        try (OutputStream out = Files.newOutputStream(target)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                written += n;
                if (written > budget) {
                    throw new UnusableInputException("压缩包解开后超过了允许的大小。请分成几个较小的压缩包上传。");
                }
                out.write(buffer, 0, n);
            }
        }
        return written;
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
}
