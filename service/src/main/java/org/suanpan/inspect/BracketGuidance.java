package org.suanpan.inspect;

import org.suanpan.check.Finding;
import org.suanpan.narrative.Vocabulary;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Filling instructions of the template left in brackets — “（按支出功能分类类级科目逐类分析…）”, “【此处填写…】”:
 * words in brackets that start with an instruction (按, 请, 如有 …) and contain an instruction verb (分析, 说明,
 * 填写 …). Short asides (“（含车辆购置税）”, “（不包括陪同人员）”) start otherwise and are left alone.
 */
final class BracketGuidance implements Check {
    private static final Pattern BRACKETS = Pattern.compile("[(【\\[]([^()【】\\[\\]]{2,200})[)】\\]]");

    @Override
    public Set<String> parameters() {
        return Set.of("开头", "含");
    }

    @Override
    public String validate(ChecklistItem item, Vocabulary vocabulary) {
        return item.list("开头").isEmpty() || item.list("含").isEmpty() ? "检查“括注指引”要用参数“开头=…”和“含=…”。" : null;
    }

    @Override
    public List<Finding> run(ChecklistItem item, Publication p) {
        List<String> starts = item.list("开头");
        List<String> verbs = item.list("含");
        List<Finding> out = new ArrayList<>();
        for (Publication.Part part : p.parts()) {
            Words w = part.words();
            Matcher m = BRACKETS.matcher(w.text);
            while (m.find()) {
                String inside = m.group(1);
                if (starts.stream().anyMatch(inside::startsWith) && verbs.stream().anyMatch(inside::contains) && !inside.matches(".*请填写.*|.*待填写.*")) {
                    String quote = w.quote(m.start(), m.end());
                    out.add(Findings.text(item, w, quote, "“" + quote + "”是模板中的填写说明，不是公开的内容。请按说明写好后删去括号里的这段话。", null, null));
                }
            }
        }
        return out;
    }
}
