package org.suanpan.read;

import java.time.Duration;

/**
 * Bounds on one read, so a hostile or runaway file costs a clear message instead of the service's memory or time:
 * a ceiling on the number of cells and a deadline. One instance serves one read.
 */
public final class ReadLimits {
    public static final long DEFAULT_MAX_CELLS = 5_000_000L;
    public static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(60);

    private final long maxCells;
    private final long deadlineNanos;
    private long cells;

    public ReadLimits(long maxCells, Duration deadline) {
        this.maxCells = maxCells;
        this.deadlineNanos = System.nanoTime() + deadline.toNanos();
    }

    public static ReadLimits defaults() {
        return new ReadLimits(DEFAULT_MAX_CELLS, DEFAULT_DEADLINE);
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
        if (System.nanoTime() > deadlineNanos) {
            throw new UnusableInputException("读取工作簿超时。请删除与决算表无关的工作表，或把九张表另存为一个新的 .xlsx 文件后再上传。");
        }
    }
}
