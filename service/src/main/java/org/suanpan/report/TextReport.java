package org.suanpan.report;

import org.suanpan.check.CheckResult;
import org.suanpan.check.Finding;
import org.suanpan.definition.Edition;
import org.suanpan.definition.Severity;
import org.suanpan.inspect.Inspection;
import org.suanpan.narrative.Coverage;
import org.suanpan.recognise.RecognisedTable;
import org.suanpan.text.Money;

import java.util.List;

/** The 审核报告 a person reads on a terminal: a summary, then one numbered line per finding, errors first. */
public final class TextReport {
    private static final int MAX_UNVERIFIED = 40;
    private TextReport() {
    }

    public static String of(CheckResult result) {
        Edition edition = result.recognition() == null ? null : result.recognition().edition();
        StringBuilder sb = new StringBuilder();
        sb.append("审核报告：").append(result.fileName()).append('\n');
        if (result.recognition() != null) {
            org.suanpan.batch.Profile profile = org.suanpan.batch.Profile.of(result.recognition());
            sb.append("部门：").append(profile.department()).append("　年度：").append(profile.year()).append('\n');
        }
        if (result.narrative() != null) {
            sb.append("情况说明：").append(result.narrative()).append("（").append(coverageLine(result)).append("）\n");
        }
        if (edition != null) {
            sb.append("版式：").append(edition.name()).append('\n');
            sb.append("识别到的表：");
        }
        List<RecognisedTable> tables = result.recognition() == null ? List.of() : List.copyOf(result.recognition().tables().values());
        for (int i = 0; i < tables.size(); i++) {
            RecognisedTable t = tables.get(i);
            sb.append(i == 0 ? "" : "、").append(t.id()).append("（工作表“").append(t.sheet()).append("”）");
        }
        if (edition != null) {
            sb.append('\n');
        }
        sb.append("审核关系 ").append(result.relations().size()).append(" 处：错误 ").append(result.count(Severity.ERROR))
            .append(" 个，警告 ").append(result.count(Severity.WARNING)).append(" 个，尾数提示 ").append(result.count(Severity.INFO))
            .append(" 个").append(result.explained(Severity.WARNING) > 0 ? "（警告已说明 " + result.explained(Severity.WARNING) + " 个）" : "")
            .append("。结论：").append(result.valid() ? "通过" : "不通过，请改正错误后重新审核").append("\n\n");
        Summary summary = Summary.of(result);
        if (!summary.items().isEmpty()) {
            sb.append("要做的事：\n");
            for (Summary.Item i : summary.items()) {
                sb.append("  【").append(i.kind().chinese()).append("】").append(i.text()).append('\n');
            }
            sb.append('\n');
        }
        List<Finding> checked = result.findings().stream().filter(f -> !Inspection.SOURCE.equals(f.source())).toList();
        if (checked.isEmpty()) {
            sb.append("没有发现问题。\n");
        } else {
            list(sb, checked, edition, result);
        }
        Inspection inspection = result.inspection();
        if (inspection != null) {
            sb.append("\n公开检查：得分 ").append(Money.plain(inspection.score()).toPlainString()).append("（满分 100）；错误 ")
                .append(inspection.count(Severity.ERROR)).append(" 个，警告 ").append(inspection.count(Severity.WARNING)).append(" 个，待填写等提示 ")
                .append(inspection.count(Severity.INFO)).append(" 个。\n");
            inspection.unchecked().forEach(u -> sb.append("未检查：").append(u).append('\n'));
            if (!inspection.findings().isEmpty()) {
                list(sb, inspection.findings(), edition, result);
            }
        }
        unverified(result.coverage(), sb);
        return sb.toString();
    }

    private static void list(StringBuilder sb, List<Finding> findings, Edition edition, CheckResult result) {
        sb.append("序号 | 表名 | 单元格 | 行次/项目 | 审核公式 | 左值 | 右值 | 差额 | 类型\n");
        int n = 1;
        for (Finding f : findings) {
            sb.append(n++).append(" | ")
                .append(f.table() == null || edition == null ? "" : edition.tableName(f.table())).append(" | ")
                .append(f.sheet() == null ? "" : f.sheet() + "!" + nz(f.cell())).append(" | ")
                .append(nz(f.row())).append(" | ")
                .append(nz(f.formula())).append(" | ")
                .append(Units.format(f, f.left())).append(" | ")
                .append(Units.format(f, f.right())).append(" | ")
                .append(Units.format(f, f.difference())).append(" | ")
                .append(f.severity().chinese()).append('\n');
            sb.append("     ").append(f.message());
            if (f.suspect() != null) {
                sb.append(" 最可能出错的单元格：").append(f.suspect()).append('。');
            }
            String explanation = result.explanation(f);
            if (explanation != null) {
                sb.append("\n     已说明：").append(explanation);
            }
            sb.append('\n');
        }
    }

    /** How many figures of the 情况说明 were found and verified. */
    static String coverageLine(CheckResult result) {
        Coverage c = result.coverage();
        if (c == null) {
            return "核对了 " + result.claims() + " 处数字";
        }
        return "找到 " + c.figures() + " 处数字，核对了 " + c.verified() + " 处"
            + (c.unverified().isEmpty() ? "" : "，另有 " + c.unverified().size() + " 处未核对，见报告末尾");
    }

    /** The figures found but not verified, with the reason: what the reader must still check by hand. */
    private static void unverified(Coverage c, StringBuilder sb) {
        if (c == null || c.unverified().isEmpty()) {
            return;
        }
        sb.append("\n情况说明中未核对的数字（").append(c.unverified().size()).append(" 处，请人工核对）：\n");
        int shown = 0;
        for (Coverage.Unverified u : c.unverified()) {
            if (shown++ == MAX_UNVERIFIED) {
                sb.append("  ……另有 ").append(c.unverified().size() - MAX_UNVERIFIED).append(" 处，完整清单见 JSON 报告（narrativeCoverage）。\n");
                break;
            }
            sb.append("  第").append(u.paragraph() + 1).append("段 “").append(u.quote()).append("”：").append(u.reason()).append('\n');
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
