package org.suanpan.batch;

import org.suanpan.check.Finding;

import java.util.List;
import java.util.Map;

/**
 * One workbook of a batch as the 汇总 lists it. Only what the summary needs is kept — never the workbook itself — so a
 * batch of a thousand files holds a thousand small rows.
 *
 * @param file       the name relative to the batch (folders kept: two departments may both send 决算公开表.xlsx)
 * @param conclusion 通过, 通过（有警告）, 不通过 or 无法审核
 * @param message    why the file could not be checked, or null
 * @param annotated  the annotated copy relative to the results folder, or null
 * @param narrative  the 情况说明 found beside the workbook and inspected with it, or null
 * @param score      the 公开检查 score (100 less the checklist's points), or null when the file could not be checked
 * @param editionName the edition as people name it (“2021/2022年版 …”), so that a 2022 workbook is not shown as “2021”
 * @param explanations the 出错说明 the department wrote on an earlier 审核结果 sheet, by {@link Finding#key()}
 */
public record BatchRow(String file, String department, String year, String edition, int errors, int warnings, String conclusion,
                       String message, List<Finding> findings, Map<String, Double> ratios, String annotated, String narrative,
                       java.math.BigDecimal score, String editionName, Map<String, String> explanations) {

    public static final String PASSED = "通过";
    public static final String PASSED_WITH_WARNINGS = "通过（有警告）";
    public static final String FAILED = "不通过";
    public static final String UNUSABLE = "无法审核";

    static BatchRow unusable(String file, String message) {
        return new BatchRow(file, "", "", "", 0, 0, UNUSABLE, message, List.of(), Map.of(), null, null, null, "", Map.of());
    }

    /** How many warnings carry a 出错说明. */
    public int explainedWarnings() {
        return (int) findings.stream().filter(f -> f.severity() == org.suanpan.definition.Severity.WARNING && explanations.containsKey(f.key())).count();
    }

    public boolean usable() {
        return !UNUSABLE.equals(conclusion);
    }
}
