package org.suanpan.batch;

import java.util.List;

/** A finished batch: one row per workbook in file order, and the departments standing far outside on a key ratio. */
public record BatchSummary(List<BatchRow> rows, List<Outlier> outliers, List<Ratio> ratios) {

    public int errors() {
        return rows.stream().mapToInt(BatchRow::errors).sum();
    }

    public int warnings() {
        return rows.stream().mapToInt(BatchRow::warnings).sum();
    }

    /** A workbook's place when the batch is ranked by 公开检查 score (1 is best; equal scores share a place), or null. */
    public Integer rank(BatchRow row) {
        if (row.score() == null) {
            return null;
        }
        return 1 + (int) rows.stream().filter(r -> r.score() != null && r.score().compareTo(row.score()) > 0).count();
    }

    public long failed() {
        return rows.stream().filter(r -> !r.usable()).count();
    }
}
