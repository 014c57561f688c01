package org.suanpan.inspect;

import org.suanpan.check.Finding;
import org.suanpan.narrative.Vocabulary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A whole publication — a text with parts (第一部分, 第二部分 …) — has the parts the checklist names, such as the
 * department's 概况 and the 名词解释. A 情况说明 sent alone, without parts, is not judged.
 */
final class RequiredParts implements Check {
    private static final Pattern PART = Pattern.compile("^第[一二三四五六七八九十]+部分");
    private static final Pattern CONTENTS = Pattern.compile("[.…·]{4,}\\d*$|PAGEREF");

    @Override
    public Set<String> parameters() {
        return Set.of("部分");
    }

    @Override
    public String validate(ChecklistItem item, Vocabulary vocabulary) {
        if (item.list("部分").isEmpty() || item.list("部分").stream().anyMatch(e -> e.split("/").length != 2)) {
            return "检查“必需部分”要用参数“部分=名称/标题中的词、…”，几种说法用“或”分隔，如“部门概况/概况或基本情况”。";
        }
        return null;
    }

    @Override
    public List<Finding> run(ChecklistItem item, Publication p) {
        List<Words> parts = p.allText().stream().filter(w -> PART.matcher(w.text).find() && !CONTENTS.matcher(w.text).find()).toList();
        List<Finding> out = new ArrayList<>();
        if (parts.size() < 2) {
            return out;
        }
        for (String entry : item.list("部分")) {
            String[] f = entry.split("/");
            List<String> words = Arrays.stream(f[1].split("或")).map(w -> Words.of(0, w).text).toList();
            boolean present = parts.stream().anyMatch(w -> words.stream().anyMatch(w.text::contains));
            if (!present) {
                Words last = parts.get(parts.size() - 1);
                out.add(Findings.text(item, last, last.quote(0, last.text.length()), "公开文本没有“" + f[0] + "”部分。请按公开模板补上。", null, null));
            }
        }
        return out;
    }
}
