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

    public long failed() {
        return rows.stream().filter(r -> !r.usable()).count();
    }
}
