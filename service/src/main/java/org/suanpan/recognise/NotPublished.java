package org.suanpan.recognise;

import org.suanpan.definition.TableDef;
import org.suanpan.read.Book;
import org.suanpan.read.Cell;
import org.suanpan.read.CellKind;
import org.suanpan.read.Grid;
import org.suanpan.text.Text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the sentence by which a publication says that one of its tables is not published or empty (“本部门无国有资本
 * 经营预算财政拨款收支，故不公开国有资本经营预算财政拨款支出决算表”), so that an eight-table set is not reported as
 * missing a table. The sentence must name the table (by a title or its subject) and say that there is none.
 */
final class NotPublished {
    private static final Pattern NONE = Pattern.compile("(本部门|本单位|我部门|我单位|本年度?|\\d{4}年度?).{0,12}(无|没有|未发生|不涉及)|不公开|未公开|不再公开|空表|无数据|无此表|不涉及");

    private NotPublished() {
    }

    /** The statement about {@code def} found in any sheet, or null. */
    static String statement(Book book, TableDef def) {
        List<String> names = def.titles().stream().map(Text::norm).toList();
        String subject = Text.norm(def.subject());
        for (Grid g : book.sheets()) {
            for (int r = 0; r < g.rowCount(); r++) {
                for (Cell cell : g.row(r)) {
                    if (cell == null || cell.kind() != CellKind.TEXT || cell.text().length() < 8) {
                        continue;
                    }
                    String n = cell.norm();
                    boolean named = (!subject.isEmpty() && n.contains(subject)) || names.stream().anyMatch(n::contains);
                    if (named && NONE.matcher(n).find()) {
                        return "工作表“" + g.name() + "”" + cell.address() + "：“" + cell.text().trim() + "”";
                    }
                }
            }
        }
        return null;
    }
}
