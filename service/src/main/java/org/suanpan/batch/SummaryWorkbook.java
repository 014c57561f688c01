package org.suanpan.batch;

import org.suanpan.batch.PlainXlsx.Style;
import org.suanpan.check.Finding;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The batch's 汇总 workbook: one row per workbook (文件, 部门, 年度, 版式, 错误数, 警告数, 结论), every finding of every
 * workbook on a second sheet, and the ratios with the departments that stand far outside on a third. Written row by
 * row, so a batch of a thousand workbooks costs no more memory than a batch of ten.
 */
public final class SummaryWorkbook {
    static final List<String> SUMMARY = List.of("序号", "文件", "部门", "年度", "版式", "错误数", "警告数", "已说明", "结论", "说明", "公开检查得分",
        "公开检查名次", "情况说明");
    static final List<String> FINDINGS = List.of("文件", "部门", "规则", "类型", "表", "单元格", "行次/项目", "审核公式", "左值", "右值", "差额", "审核意见",
        "出错说明");
    static final List<String> HINTS = List.of("文件", "部门", "比率", "本部门", "本批中位数", "稳健 z 值", "提示");

    private SummaryWorkbook() {
    }

    public static void write(BatchSummary summary, Path out) throws IOException {
        try (PlainXlsx x = new PlainXlsx(out)) {
            x.sheet("汇总", new int[]{6, 40, 30, 8, 22, 8, 8, 8, 14, 60, 12, 12, 40}, 1);
            x.row(SUMMARY, Style.HEADER);
            int n = 1;
            for (BatchRow r : summary.rows()) {
                x.row(Arrays.asList(n++, r.file(), r.department(), r.year(), r.editionName(),
                    r.usable() ? r.errors() : null, r.usable() ? r.warnings() : null, r.usable() ? r.explainedWarnings() : null, r.conclusion(),
                    r.message(), r.score() == null ? null : r.score().doubleValue(), summary.rank(r),
                    r.usable() ? (r.narrative() == null ? "未提供" : r.narrative()) : null));
            }
            x.row(Arrays.asList(null, "合计：" + summary.rows().size() + " 个工作簿，无法审核 " + summary.failed() + " 个", null, null, null,
                summary.errors(), summary.warnings()));
            x.row(List.of());
            x.row(List.of("", "审核人：＿＿＿＿＿＿＿＿　复核人：＿＿＿＿＿＿＿＿　日期：＿＿＿＿年＿＿月＿＿日"));

            x.sheet("审核结果", new int[]{36, 24, 10, 6, 10, 16, 26, 36, 14, 14, 12, 70, 40}, 1);
            x.row(FINDINGS, Style.HEADER);
            Style[] findingStyles = {Style.PLAIN, Style.PLAIN, Style.PLAIN, Style.PLAIN, Style.PLAIN, Style.PLAIN, Style.PLAIN, Style.PLAIN,
                Style.MONEY, Style.MONEY, Style.MONEY, Style.PLAIN, Style.PLAIN};
            for (BatchRow r : summary.rows()) {
                for (Finding f : r.findings()) {
                    x.row(Arrays.asList(r.file(), r.department(), f.rule(), f.severity().chinese(), f.table(),
                        f.sheet() == null || f.cell() == null ? null : f.sheet() + "!" + f.cell(), f.row(), f.formula(),
                        number(f.left()), number(f.right()), number(f.difference()), f.message(), r.explanations().get(f.key())), findingStyles);
                }
            }

            x.sheet("比率与提示", new int[]{36, 24, 22, 12, 12, 10, 90}, 1);
            x.row(HINTS, Style.HEADER);
            for (Outlier o : summary.outliers()) {
                x.row(Arrays.asList(o.file(), o.department(), o.measure(), o.value(), o.median(), Math.round(o.score() * 10) / 10.0, o.message()),
                    Style.PLAIN, Style.PLAIN, Style.PLAIN, Style.PERCENT, Style.PERCENT, Style.PLAIN, Style.PLAIN);
            }
            if (summary.outliers().isEmpty()) {
                x.row(List.of(summary.rows().size() < Outliers.MIN_WORKBOOKS
                    ? "本批工作簿少于 " + Outliers.MIN_WORKBOOKS + " 个，不做部门间比较。" : "没有明显偏离本批中位数的部门。"));
            }
            x.row(List.of());
            x.row(List.of("各部门比率"));
            List<Object> header = new ArrayList<>(List.of("文件", "部门"));
            summary.ratios().forEach(r -> header.add(r.name()));
            x.row(header, Style.HEADER);
            for (BatchRow r : summary.rows()) {
                if (!r.usable()) {
                    continue;
                }
                List<Object> values = new ArrayList<>(List.of(r.file(), r.department()));
                summary.ratios().forEach(ratio -> values.add(r.ratios().get(ratio.name())));
                x.row(values, Style.PLAIN, Style.PLAIN, Style.PERCENT);
            }
        }
    }

    private static Double number(BigDecimal v) {
        return v == null ? null : v.doubleValue();
    }
}
