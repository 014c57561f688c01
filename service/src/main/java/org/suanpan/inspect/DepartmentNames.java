package org.suanpan.inspect;

import org.suanpan.check.Finding;
import org.suanpan.recognise.RecognisedTable;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The department's name is the same on every table (the 部门/编制单位 line under the title) and in the headings of
 * the text that name it (“第一部分 江岸区医保局概况”). A name that contains the other (随州市曾都区… and 曾都区…) is
 * the same name.
 */
final class DepartmentNames implements Check {
    private static final Pattern UNIT = Pattern.compile("^(?:部门|编制单位|填报单位|单位名称|部门名称|预算单位)[:：](.+)$");
    private static final Pattern PART = Pattern.compile("^第[一二三四五六]部分(.+?)(?:概况|20\\d{2}年度)");

    @Override
    public List<Finding> run(ChecklistItem item, Publication p) {
        List<Finding> out = new ArrayList<>();
        Map<RecognisedTable, TableNotes.Note> names = new LinkedHashMap<>();
        Map<String, Integer> votes = new HashMap<>();
        if (p.tables() != null) {
            for (RecognisedTable t : p.tables().tables().values()) {
                for (TableNotes.Note n : TableNotes.head(p.tables(), t, 4)) {
                    if (n.row() > t.titleRow() + 3) {
                        break;
                    }
                    Matcher m = UNIT.matcher(n.text());
                    if (m.matches()) {
                        String name = m.group(1).replaceAll("(金额)?单位[:：].*$", "");
                        if (!name.isEmpty() && !name.startsWith("万元") && !name.startsWith("元")) {
                            names.put(t, new TableNotes.Note(n.row(), n.col(), name));
                            votes.merge(name, 1, Integer::sum);
                        }
                        break;
                    }
                }
            }
        }
        String usual = votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        names.forEach((t, n) -> {
            if (!same(n.text(), usual)) {
                out.add(Findings.note(item, t, n.row(), n.col(), t.id() + " 所列部门是“" + n.text() + "”，其他表是“" + usual + "”。请统一部门（单位）名称。"));
            }
        });
        if (usual != null) {
            for (Words w : p.allText()) {
                Matcher m = PART.matcher(w.text);
                if (m.find() && !m.group(1).isEmpty() && !m.group(1).startsWith("部门") && !same(m.group(1), usual)) {
                    out.add(Findings.text(item, w, w.quote(0, w.text.length()), "这里的部门名称是“" + m.group(1) + "”，表中是“" + usual
                        + "”。请统一部门（单位）名称。", null, null));
                }
            }
        }
        return out;
    }

    private static boolean same(String a, String b) {
        return b == null || a.contains(b) || b.contains(a);
    }
}
