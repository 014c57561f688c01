package org.suanpan.batch;

import org.suanpan.read.Grid;
import org.suanpan.recognise.RecognisedTable;
import org.suanpan.recognise.Recognition;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who sent a workbook and for which year, as a batch summary names them: the 部门 line under a table's title
 * (“部门：随州市曾都区医疗保障服务中心”), the year in a title (“2022年度…”) — each falling back to the file name.
 */
public record Profile(String department, String year) {
    private static final Pattern UNIT = Pattern.compile("^(?:部门/单位|部门|编制单位|填报单位|单位名称|部门名称|预算单位)\\s*[：:]\\s*(.+)$");
    private static final Pattern YEAR = Pattern.compile("(20\\d{2})\\s*年");
    private static final Pattern FILE_YEAR = Pattern.compile("(20\\d{2})");

    public static Profile of(Recognition recognition) {
        String department = null;
        String year = null;
        var tables = recognition.tables().values().stream()
            .sorted(Comparator.comparing(RecognisedTable::id)).toList();
        for (RecognisedTable t : tables) {
            if (year == null) {
                Matcher m = YEAR.matcher(t.titleText());
                year = m.find() ? m.group(1) : null;
            }
            if (department == null) {
                department = unitBelowTitle(recognition, t);
            }
        }
        String file = recognition.book().fileName();
        if (year == null) {
            Matcher m = FILE_YEAR.matcher(file);
            year = m.find() ? m.group(1) : "";
        }
        if (department == null) {
            department = departmentFromFileName(file);
        }
        return new Profile(department, year);
    }

    private static String unitBelowTitle(Recognition recognition, RecognisedTable t) {
        Grid grid = recognition.book().sheets().stream().filter(g -> g.name().equals(t.sheet())).findFirst().orElse(null);
        if (grid == null) {
            return null;
        }
        for (int r = t.titleRow(); r <= Math.min(t.titleRow() + 3, grid.rowCount() - 1); r++) {
            for (int c = 0; c < grid.columnCount(r); c++) {
                String text = grid.text(r, c);
                if (text == null) {
                    continue;
                }
                Matcher m = UNIT.matcher(text.strip());
                if (m.matches()) {
                    String name = m.group(1).replaceAll("\\s+(金额)?单位\\s*[：:].*$", "").strip();
                    if (!name.isEmpty() && !name.startsWith("万元") && !name.startsWith("元")) {
                        return name;
                    }
                }
            }
        }
        return null;
    }

    /** “江岸区医保局-2022-决算公开表.xlsx” → 江岸区医保局. */
    static String departmentFromFileName(String file) {
        String base = file.replaceFirst("\\.[^.]+$", "");
        String head = base.split("[-_—（(\\s]|20\\d{2}")[0].strip();
        return head.isEmpty() ? base : head;
    }
}
