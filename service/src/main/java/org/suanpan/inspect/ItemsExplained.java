package org.suanpan.inspect;

import org.suanpan.check.Finding;
import org.suanpan.narrative.Vocabulary;
import org.suanpan.recognise.AmountCell;
import org.suanpan.recognise.RecognisedTable;
import org.suanpan.recognise.TableRow;
import org.suanpan.text.Money;
import org.suanpan.text.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Every 项 of a table with amounts is named in its subsection of the 情况说明 (五（三） for 公开05): the 项's name must
 * appear in that subsection, or in the whole section when the text has no such subsection.
 */
final class ItemsExplained implements Check {
    @Override
    public Set<String> parameters() {
        return Set.of("表", "节", "小节");
    }

    @Override
    public String validate(ChecklistItem item, Vocabulary vocabulary) {
        if (item.text("表", null) == null || item.text("节", null) == null || vocabulary.section(item.text("节", "")) == null) {
            return "检查“项级说明”要用参数“表=公开05”和“节=…”（templates/narrative/sections.txt 中的一节），可加“小节=（三）”。";
        }
        return null;
    }

    @Override
    public List<Finding> run(ChecklistItem item, Publication p) {
        RecognisedTable t = p.table(item.text("表", "")).orElse(null);
        List<Words> section = p.section(item.text("节", ""));
        List<Finding> out = new ArrayList<>();
        if (t == null || section.isEmpty()) {
            return out;
        }
        String sub = Words.of(0, item.text("小节", "")).text;
        int from = 0;
        for (int i = 0; i < section.size() && !sub.isEmpty(); i++) {
            if (section.get(i).text.startsWith(sub)) {
                from = i;
                break;
            }
        }
        StringBuilder text = new StringBuilder();
        section.subList(from, section.size()).forEach(w -> text.append(Text.norm(w.text)));
        String where = sub.isEmpty() || from == 0 && !section.get(0).text.startsWith(sub) ? "这一节" : "“" + item.text("小节", "") + "”";
        for (TableRow r : t.atLevel(3)) {
            AmountCell amount = r.cells().values().stream().filter(c -> !c.empty() && c.value().signum() != 0).findFirst().orElse(null);
            String name = Text.norm(r.label()).replaceAll("^[0-9一二三四五六七八九十、.]+", "");
            if (amount == null || name.isEmpty() || text.indexOf(name) >= 0) {
                continue;
            }
            out.add(Findings.table(item, t, amount, r.describe(), t.id() + " 的项级科目“" + r.describe() + "”（" + Money.format(amount.value())
                + " 万元）在情况说明" + where + "中没有说明。请写明它的预算数、决算数、完成率及差异原因。"));
        }
        return out;
    }
}
