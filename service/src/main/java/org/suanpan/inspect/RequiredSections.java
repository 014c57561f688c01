package org.suanpan.inspect;

import org.suanpan.check.Finding;
import org.suanpan.narrative.SectionDef;
import org.suanpan.narrative.Vocabulary;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Every section the checklist names (by its key in narrative/sections.txt) has its heading in 第三部分. A text in
 * which fewer than half of them are found is not judged: it is not an outline Suanpan recognises.
 */
final class RequiredSections implements Check {
    @Override
    public Set<String> parameters() {
        return Set.of("节");
    }

    @Override
    public String validate(ChecklistItem item, Vocabulary vocabulary) {
        if (item.list("节").isEmpty()) {
            return "检查“必需章节”要用参数“节=…”列出必须有的节。";
        }
        for (String key : item.list("节")) {
            if (vocabulary.section(key) == null) {
                return "节“" + key + "”不在 templates/narrative/sections.txt 中。";
            }
        }
        return null;
    }

    @Override
    public List<Finding> run(ChecklistItem item, Publication p) {
        if (!p.hasText()) {
            return List.of();
        }
        Set<String> present = new LinkedHashSet<>();
        Words first = null;
        for (Publication.Part part : p.parts()) {
            if (part.heading() && part.section() != null) {
                present.add(part.section());
            }
            if (first == null && part.heading()) {
                first = part.words();
            }
        }
        List<String> required = item.list("节");
        long found = required.stream().filter(present::contains).count();
        if (found * 2 < required.size() || first == null) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        Words after = first;
        for (String key : required) {
            Words heading = headingOf(p, key);
            if (heading != null) {
                after = heading;
                continue;
            }
            String name = name(p.vocabulary().section(key));
            out.add(Findings.text(item, after, after.quote(0, after.text.length()),
                "情况说明缺少“" + name + "”一节（应在“" + after.quote(0, after.text.length()) + "”之后）。请按公开模板补上这一节；"
                    + "没有这方面的收支或事项的，也要写明“本部门无……”。", null, null));
        }
        return out;
    }

    private static Words headingOf(Publication p, String key) {
        for (Publication.Part part : p.parts()) {
            if (part.heading() && key.equals(part.section())) {
                return part.words();
            }
        }
        return null;
    }

    static String name(SectionDef s) {
        return String.join("", s.keywords());
    }
}
