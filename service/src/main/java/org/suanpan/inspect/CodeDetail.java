package org.suanpan.inspect;

import org.suanpan.check.Finding;
import org.suanpan.narrative.Vocabulary;
import org.suanpan.recognise.AmountCell;
import org.suanpan.recognise.RecognisedTable;
import org.suanpan.recognise.TableRow;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A table is broken down to the level the checklist asks (项 for 公开05 by 功能分类, 款 for 公开06 by 经济分类): a
 * coded row with amounts above that level and nothing under it stops short.
 */
final class CodeDetail implements Check {
    @Override
    public Set<String> parameters() {
        return Set.of("表", "级次");
    }

    @Override
    public String validate(ChecklistItem item, Vocabulary vocabulary) {
        if (item.text("表", null) == null || level(item) == 0) {
            return "检查“科目细化”要用参数“表=公开05”和“级次=类、款或项”。";
        }
        return null;
    }

    private static int level(ChecklistItem item) {
        return switch (item.text("级次", "")) {
            case "类" -> 1;
            case "款" -> 2;
            case "项" -> 3;
            default -> 0;
        };
    }

    @Override
    public List<Finding> run(ChecklistItem item, Publication p) {
        RecognisedTable t = p.table(item.text("表", "")).orElse(null);
        List<Finding> out = new ArrayList<>();
        if (t == null) {
            return out;
        }
        int level = level(item);
        String name = item.text("级次", "");
        for (TableRow r : t.rows()) {
            if (r.level() == 0 || r.level() >= level) {
                continue;
            }
            AmountCell amount = r.cells().values().stream().filter(c -> !c.empty() && c.value().signum() != 0).findFirst().orElse(null);
            if (amount == null) {
                continue;
            }
            boolean below = t.rows().stream().anyMatch(o -> o.code() != null && o.code().length() > r.code().length() && o.code().startsWith(r.code()));
            if (!below) {
                out.add(Findings.table(item, t, amount, r.describe(), t.id() + " 的“" + r.describe() + "”有数，但下面没有列出" + name
                    + "级科目。请细化到" + name + "级。"));
            }
        }
        return out;
    }
}
