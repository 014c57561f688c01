package org.suanpan.inspect;

import org.suanpan.check.Finding;
import org.suanpan.narrative.Vocabulary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Every section the checklist names has a heading somewhere in the publication — at any level (“十、机关运行经费支出
 * 说明”, “（一）机关运行经费支出情况” under “其他重要事项”), in 第三部分 or a part of its own. Each section is named with
 * the words its heading holds (“政府性基金” also finds “八、政府性基金预算支出决算情况说明”). Outlines vary from
 * province to province: a text in which fewer than the share the checklist gives of the sections are found is
 * not judged — it is not an outline Suanpan recognises.
 */
final class RequiredSections implements Check {
    private static final Pattern NUMBERED = Pattern.compile("^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+[、.]|[(][一二三四五六七八九十\\d]+[)]|\\d+[.、](?!\\d))");
    private static final Pattern CONTENTS = Pattern.compile("[.…·]{4,}\\d*$|PAGEREF");

    @Override
    public Set<String> parameters() {
        return Set.of("节", "至少");
    }

    @Override
    public String validate(ChecklistItem item, Vocabulary vocabulary) {
        if (item.list("节").isEmpty()) {
            return "检查“必需章节”要用参数“节=名称/标题中的词、…”列出必须有的节。";
        }
        for (String entry : item.list("节")) {
            if (entry.split("/").length != 2) {
                return "“" + entry + "”应写成“名称/标题中的词”，几种说法用“或”分隔，如“政府性基金/政府性基金”。";
            }
        }
        try {
            item.percent("至少", "60%");
            return null;
        } catch (NumberFormatException e) {
            return "参数“至少”应写成百分数，如“60%”。";
        }
    }

    @Override
    public List<Finding> run(ChecklistItem item, Publication p) {
        if (!p.hasText()) {
            return List.of();
        }
        List<String[]> required = item.list("节").stream().map(e -> e.split("/")).toList();
        List<Words> headings = p.allText().stream()
            .filter(w -> w.text.length() <= 60 && NUMBERED.matcher(w.text).find() && !CONTENTS.matcher(w.text).find()).toList();
        List<Words> found = new ArrayList<>();
        int count = 0;
        for (String[] r : required) {
            Words h = headingOf(headings, r[1]);
            found.add(h);
            count += h == null ? 0 : 1;
        }
        if (count * 100 < item.percent("至少", "60%").doubleValue() * required.size()) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        Words after = null;
        for (int i = 0; i < required.size(); i++) {
            if (found.get(i) != null) {
                after = found.get(i);
                continue;
            }
            Words at = after != null ? after : p.parts().isEmpty() ? p.allText().get(0) : p.parts().get(0).words();
            String heading = at.quote(0, at.text.length());
            out.add(Findings.text(item, at, heading, "情况说明缺少“" + required.get(i)[0] + "”一节" + (after != null ? "（应在“" + heading + "”之后）" : "")
                + "。请按公开模板补上这一节；没有这方面的收支或事项的，也要写明“本部门无……”。", null, null));
        }
        return out;
    }

    private static Words headingOf(List<Words> headings, String words) {
        List<String> alternatives = Arrays.stream(words.split("或")).map(w -> Words.of(0, w).text).toList();
        for (Words h : headings) {
            for (String a : alternatives) {
                if (h.text.contains(a)) {
                    return h;
                }
            }
        }
        return null;
    }
}
