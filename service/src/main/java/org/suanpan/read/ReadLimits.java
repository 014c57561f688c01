package org.suanpan.read;

import java.time.Duration;

/**
 * Bounds on one read, so a hostile or runaway file costs a clear message instead of the service's memory or time:
 * a ceiling on the number of cells and a deadline. One instance serves one read.
 */
public final class ReadLimits {
    public static final long DEFAULT_MAX_CELLS = 2_000_000L;
    public static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(60);
    public static final long DEFAULT_MAX_PART_BYTES = 256L << 20;

    private final long maxCells;
    private final long maxPartBytes = DEFAULT_MAX_PART_BYTES;
    private final long deadlineNanos;
    private long cells;

    public ReadLimits(long maxCells, Duration deadline) {
        this.maxCells = maxCells;
        this.deadlineNanos = System.nanoTime() + deadline.toNanos();
    }

    public static ReadLimits defaults() {
        return new ReadLimits(DEFAULT_MAX_CELLS, DEFAULT_DEADLINE);
    }

    /**
     * Smallest ratio of compressed to inflated size a part may have once past {@link #GRACE_BYTES}: the value POI's
     * {@code ZipSecureFile} uses. Ordinary sheets compress to 5–20 %; a zip bomb to a tenth of a per cent.
     */
    public static final double MIN_INFLATE_RATIO = 0.01;
    static final long GRACE_BYTES = 1L << 20;

    /** No XML part of an .xlsx may inflate to more than this. */
    long maxPartBytes() {
        return maxPartBytes;
    }

    /** How far a part with this compressed size may inflate before it counts as a zip bomb. */
    long inflateCap(long compressedSize) {
        if (compressedSize < 0) {
            return maxPartBytes;
        }
        long byRatio = (long) (compressedSize / MIN_INFLATE_RATIO);
        return Math.min(maxPartBytes, Math.max(GRACE_BYTES, byRatio));
    }

    /** Excel keeps at most this many characters in one cell; a longer text is no cell Excel wrote. */
    public static final int MAX_CELL_CHARS = 32_767;

    static UnusableInputException outsideSheet(String sheet, String where) {
        return new UnusableInputException("工作表“" + org.suanpan.text.Text.shorten(sheet, 40) + "”中有位于 "
            + org.suanpan.text.Text.shorten(where, 30) + " 的单元格，超出了 Excel 的范围（最多 1048576 行、16384 列，即 A1 到 XFD1048576），"
            + "文件不是 Excel 或 WPS 保存的。请在 Excel 或 WPS 中打开后另存为新的 .xlsx 再上传。");
    }

    static <T extends CharSequence> T checkedText(String sheet, T text) {
        if (text != null && text.length() > MAX_CELL_CHARS) {
            throw new UnusableInputException((sheet == null ? "工作簿中" : "工作表“" + org.suanpan.text.Text.shorten(sheet, 40) + "”中") + "有一个单元格的文字超过 " + MAX_CELL_CHARS
                + " 个字符（Excel 一个单元格最多能存这么多），不是 Excel 或 WPS 保存的文件。请缩短这段文字，或删除与决算表无关的工作表后再上传。");
        }
        return text;
    }

    UnusableInputException tooLarge(String part, long inflated) {
        if (inflated <= maxPartBytes) {
            return new UnusableInputException("工作簿中的“" + part + "”解压后的内容异常膨胀（疑似“压缩炸弹”），已拒绝读取。"
                + "请在 Excel 或 WPS 中打开后另存为新的 .xlsx 再上传。");
        }
        return new UnusableInputException("工作簿中的“" + part + "”解压后超过 " + (maxPartBytes >> 20)
            + " MB，远超决算公开表的规模。请删除与决算表无关的大工作表后再上传。");
    }

    void countCells(int n) {
        cells += n;
        if (cells > maxCells) {
            throw new UnusableInputException("工作簿中的单元格超过 " + maxCells + " 个，远超决算公开表的规模。请删除与决算表无关的大工作表后再上传。");
        }
        if ((cells & 0x3FF) == 0) {
            checkDeadline();
        }
    }

    void checkDeadline() {
        org.suanpan.Cancel.check();
        if (System.nanoTime() > deadlineNanos) {
            throw new UnusableInputException("读取工作簿超时。请删除与决算表无关的工作表，或把九张表另存为一个新的 .xlsx 文件后再上传。");
        }
    }
}
