package org.suanpan.rules;

import org.suanpan.definition.Severity;
import org.suanpan.definition.TemplateSource;

import java.util.ArrayList;
import java.util.List;

/**
 * The codes a finding can carry that are not a 审核公式's own: what the recogniser reports about a table (S-…), what
 * the 情况说明 check reports (N…), what last year's workbook shows. Described in {@code templates/rules/findings.txt},
 * so the rules tab and {@code /api/rules} can explain every code a report shows.
 */
public final class FindingCodes {
    public static final String FILE = "rules/findings.txt";

    /** One code: how serious it is at most, where it comes from (识别, 情况说明, 上年) and what it means. */
    public record Code(String code, Severity severity, String source, String description) {
    }

    private FindingCodes() {
    }

    public static List<Code> load(TemplateSource source) {
        List<Code> out = new ArrayList<>();
        if (!source.exists(FILE)) {
            return out;
        }
        String[] lines = source.read(FILE).split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] p = line.split("[|｜]", -1);
            if (p.length < 4) {
                throw new RuleSyntaxException("templates/" + FILE + " 第" + (i + 1) + "行：应写成“编码 | 类型 | 来源 | 说明”，用竖线分隔。");
            }
            Severity severity;
            try {
                severity = Severity.parse(p[1]);
            } catch (IllegalArgumentException e) {
                throw new RuleSyntaxException("templates/" + FILE + " 第" + (i + 1) + "行：类型应为“错误”“警告”或“提示”，写的是“" + p[1].strip() + "”。");
            }
            out.add(new Code(p[0].strip(), severity, p[2].strip(), p[3].strip()));
        }
        return out;
    }
}
