package org.suanpan.inspect;

import org.suanpan.check.Finding;
import org.suanpan.check.Quantity;
import org.suanpan.narrative.Vocabulary;
import org.suanpan.rules.FormulaParser;
import org.suanpan.rules.RuleSyntaxException;
import org.suanpan.text.Money;
import org.suanpan.text.Text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A “三公” item with spending in the tables has its counts stated in the “三公” section: 因公出国（境） 团组 and 人次,
 * 公务用车 购置 and 保有 辆数, 公务接待 批次 and 人次 — as the checklist lists them. Items without spending are not
 * asked for counts.
 */
final class ThreeCounts implements Check {
    @Override
    public Set<String> parameters() {
        return Set.of("项");
    }

    /** One item: its name, its 决算 in the tables, the words the section must contain (each a set of alternatives). */
    private record Item(String name, String figure, List<List<String>> words) {
    }

    private static List<Item> items(ChecklistItem item) {
        List<Item> out = new ArrayList<>();
        for (String entry : item.list("项")) {
            String[] f = entry.split("/");
            if (f.length != 3) {
                throw new IllegalArgumentException(entry);
            }
            out.add(new Item(f[0].strip(), f[1].strip(), Arrays.stream(f[2].split("\\+")).map(a -> Arrays.stream(a.split("或")).map(String::strip).toList()).toList()));
        }
        return out;
    }

    @Override
    public String validate(ChecklistItem item, Vocabulary vocabulary) {
        try {
            List<Item> items = items(item);
            if (items.isEmpty()) {
                throw new IllegalArgumentException();
            }
            for (Item i : items) {
                FormulaParser.parseSum(i.figure());
            }
            return null;
        } catch (IllegalArgumentException | RuleSyntaxException e) {
            return "参数“项”应写成“名称/表中的数/要写明的词”，词用“+”连接、可选的说法用“或”分隔，如“公务接待费/公开09 12栏/批次或团组+人次”。";
        }
    }

    @Override
    public List<Finding> run(ChecklistItem item, Publication p) {
        List<Words> section = p.section("三公");
        List<Finding> out = new ArrayList<>();
        if (section.isEmpty()) {
            return out;
        }
        StringBuilder all = new StringBuilder();
        section.forEach(w -> all.append(Text.norm(w.text)));
        for (Item i : items(item)) {
            Quantity q = p.figure(i.figure()).orElse(null);
            if (q == null || q.value().signum() == 0) {
                continue;
            }
            List<String> missing = i.words().stream().filter(alts -> alts.stream().noneMatch(a -> all.indexOf(a) >= 0))
                .map(alts -> String.join("或", alts)).toList();
            if (!missing.isEmpty()) {
                Words at = section.stream().filter(w -> w.text.contains(Words.of(0, i.name()).text)).findFirst().orElse(section.get(0));
                out.add(Findings.text(item, at, at.quote(0, Math.min(at.text.length(), 40)), i.name() + "有支出（" + Money.format(q.value())
                    + " 万元），“三公”经费一节没有写明" + String.join("、", missing) + "。请补上数量。", q.value(), null));
            }
        }
        return out;
    }
}
