package org.suanpan.template;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.suanpan.definition.CodeName;
import org.suanpan.definition.ColumnDef;
import org.suanpan.definition.Edition;
import org.suanpan.definition.GroupDef;
import org.suanpan.definition.LineDef;
import org.suanpan.definition.SideDef;
import org.suanpan.definition.TableDef;
import org.suanpan.definition.TotalDef;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Draws the blank 公开01–09 workbook of an edition from its definition — titles, 部门 and 单位 lines, headers,
 * 栏次, 行次 and labels, the 26 classes, the 经济分类 codes of 公开06, notes with the formulas, borders, widths and
 * print setup — so a department can fill it in. Nothing here is drawn by hand: a new edition is a new data file.
 */
public final class TemplateWriter {
    /** Empty 科目 rows under 合计 in a coded table, for the department's codes. */
    public static final int CODED_BLANK_ROWS = 20;
    private static final int TITLE = 0;
    private static final int LABEL = 1;
    private static final int UNIT = 2;
    private static final int HEADER = 3;

    public Workbook build(Edition edition) {
        XSSFWorkbook wb = new XSSFWorkbook();
        Styles st = new Styles(wb);
        List<TableDef> tables = new ArrayList<>(edition.tables().values());
        tables.sort(Comparator.comparingInt(t -> number(edition.label(t.id()))));
        for (TableDef def : tables) {
            table(wb, st, edition, def);
        }
        wb.setActiveSheet(0);
        return wb;
    }

    public void write(Edition edition, Path target) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        try (Workbook wb = build(edition); OutputStream out = Files.newOutputStream(target)) {
            wb.write(out);
        }
    }

    private static int number(String label) {
        String digits = label.replaceAll("\\D", "");
        return digits.isEmpty() ? 99 : Integer.parseInt(digits);
    }

    private void table(Workbook wb, Styles st, Edition edition, TableDef def) {
        Sheet s = wb.createSheet(edition.label(def.id()));
        int width = switch (def.layout()) {
            case LINES -> def.sides().stream().mapToInt(side -> 2 + def.columnsOf(side.name()).size()).sum();
            case CODED -> 2 + def.printed().size();
            case DETAIL -> 3 * def.groups().size();
            case SINGLE_ROW -> def.printed().size();
            case FORM -> 1 + Math.max(1, def.printed().size());
        };
        Row title = Cells.row(s, TITLE);
        title.setHeightInPoints(30);
        Cells.text(title, 0, def.title(), st.title);
        s.addMergedRegion(new CellRangeAddress(TITLE, TITLE, 0, width - 1));
        Cells.text(Cells.row(s, LABEL), width - 1, edition.label(def.id()), st.right);
        Cells.text(Cells.row(s, UNIT), 0, "部门：", st.plain);
        Cells.text(Cells.row(s, UNIT), width - 1, "单位：万元", st.right);
        int[] header = switch (def.layout()) {
            case LINES -> lines(s, st, def);
            case CODED -> coded(s, st, def);
            case DETAIL -> detail(s, st, def);
            case SINGLE_ROW -> singleRow(s, st, def);
            case FORM -> form(s, st, def);
        };
        int next = header[1] + 1;
        for (String note : def.notes()) {
            Row row = Cells.row(s, next);
            row.setHeightInPoints(Math.max(15, 15 * (1 + note.length() / (width * 9))));
            Cells.text(row, 0, note, st.note);
            s.addMergedRegion(new CellRangeAddress(next, next, 0, width - 1));
            next++;
        }
        pageSetup(s, width, header[0]);
    }

    /** Two sides of numbered lines. Returns {first header row, last data row}. */
    private int[] lines(Sheet s, Styles st, TableDef def) {
        int col = 0;
        int numbersRow = HEADER + 2;
        int last = numbersRow;
        for (SideDef side : def.sides()) {
            List<ColumnDef> cols = def.columnsOf(side.name());
            int width = 2 + cols.size();
            Row top = Cells.row(s, HEADER);
            for (int c = col; c < col + width; c++) {
                Cells.text(top, c, c == col ? side.header() : "", st.header);
            }
            s.addMergedRegion(new CellRangeAddress(HEADER, HEADER, col, col + width - 1));
            Row names = Cells.row(s, HEADER + 1);
            Cells.text(names, col, "项目", st.header);
            Cells.text(names, col + 1, "行次", st.header);
            Row numbers = Cells.row(s, numbersRow);
            Cells.text(numbers, col, "栏次", st.header);
            Cells.text(numbers, col + 1, "", st.header);
            for (int i = 0; i < cols.size(); i++) {
                ColumnDef cd = cols.get(i);
                Cells.text(names, col + 2 + i, HeaderLayout.first(cd.header().get(cd.header().size() - 1)), st.header);
                Cells.number(numbers, col + 2 + i, cd.no(), st.header);
            }
            List<LineDef> lines = def.lines().stream().filter(l -> l.side().equals(side.name())).toList();
            for (int k = 0; k < lines.size(); k++) {
                LineDef l = lines.get(k);
                Row row = Cells.row(s, numbersRow + 1 + k);
                Cells.text(row, col, l.label(), l.bold() ? st.labelBold : st.label);
                Cells.number(row, col + 1, l.no(), st.center);
                for (int i = 0; i < cols.size(); i++) {
                    Cells.empty(row, col + 2 + i, l.bold() ? st.amountBold : st.amount);
                }
                last = Math.max(last, numbersRow + 1 + k);
            }
            s.setColumnWidth(col, 36 * 256);
            s.setColumnWidth(col + 1, 6 * 256);
            for (int i = 0; i < cols.size(); i++) {
                s.setColumnWidth(col + 2 + i, 15 * 256);
            }
            col += width;
        }
        return new int[] {HEADER, last};
    }

    /** 科目代码, 科目名称 and numbered columns; 合计 and empty rows below. */
    private int[] coded(Sheet s, Styles st, TableDef def) {
        List<List<String>> paths = new ArrayList<>(def.keyColumns());
        def.printed().forEach(c -> paths.add(c.header()));
        HeaderLayout.draw(s, HEADER, 0, paths, st);
        int numbersRow = HEADER + HeaderLayout.depth(paths);
        Row numbers = Cells.row(s, numbersRow);
        Cells.text(numbers, 0, "栏次", st.header);
        Cells.text(numbers, 1, "", st.header);
        s.addMergedRegion(new CellRangeAddress(numbersRow, numbersRow, 0, 1));
        Row total = Cells.row(s, numbersRow + 1);
        Cells.text(total, 0, "合计", st.labelBold);
        Cells.text(total, 1, "", st.labelBold);
        s.addMergedRegion(new CellRangeAddress(numbersRow + 1, numbersRow + 1, 0, 1));
        for (int i = 0; i < def.printed().size(); i++) {
            Cells.number(numbers, 2 + i, def.printed().get(i).no(), st.header);
            Cells.empty(total, 2 + i, st.amountBold);
        }
        for (int k = 0; k < CODED_BLANK_ROWS; k++) {
            Row row = Cells.row(s, numbersRow + 2 + k);
            Cells.empty(row, 0, st.center);
            Cells.empty(row, 1, st.label);
            for (int i = 0; i < def.printed().size(); i++) {
                Cells.empty(row, 2 + i, st.amount);
            }
        }
        s.setColumnWidth(0, 12 * 256);
        s.setColumnWidth(1, 34 * 256);
        for (int i = 0; i < def.printed().size(); i++) {
            s.setColumnWidth(2 + i, 15 * 256);
        }
        return new int[] {HEADER, numbersRow + 1 + CODED_BLANK_ROWS};
    }

    /** Column groups of 经济分类 code, name and amount, and the 合计 lines below them. */
    private int[] detail(Sheet s, Styles st, TableDef def) {
        List<GroupDef> groups = def.groups();
        Row top = Cells.row(s, HEADER);
        Row names = Cells.row(s, HEADER + 1);
        int start = 0;
        for (int g = 0; g < groups.size(); g++) {
            for (int i = 0; i < 3; i++) {
                Cells.text(top, 3 * g + i, 3 * g + i == 3 * start ? groups.get(g).title() : "", st.header);
                Cells.text(names, 3 * g + i, i < def.groupColumns().size() ? def.groupColumns().get(i) : "", st.header);
            }
            boolean groupEnds = g + 1 == groups.size() || !groups.get(g + 1).title().equals(groups.get(g).title());
            if (groupEnds) {
                s.addMergedRegion(new CellRangeAddress(HEADER, HEADER, 3 * start, 3 * g + 2));
                start = g + 1;
            }
        }
        int rows = groups.stream().mapToInt(g -> g.codes().size()).max().orElse(0);
        int first = HEADER + 2;
        for (int k = 0; k < rows; k++) {
            Row row = Cells.row(s, first + k);
            for (int g = 0; g < groups.size(); g++) {
                List<CodeName> codes = groups.get(g).codes();
                boolean has = k < codes.size();
                boolean bold = has && codes.get(k).code().length() == 3;
                Cells.text(row, 3 * g, has ? codes.get(k).code() : "", bold ? st.labelBold : st.label);
                Cells.text(row, 3 * g + 1, has ? codes.get(k).name() : "", bold ? st.labelBold : st.label);
                Cells.empty(row, 3 * g + 2, bold ? st.amountBold : st.amount);
            }
        }
        int footer = first + rows;
        Row row = Cells.row(s, footer);
        for (int c = 0; c < 3 * groups.size(); c++) {
            Cells.empty(row, c, c % 3 == 2 ? st.amountBold : st.labelBold);
        }
        for (TotalDef t : def.totals()) {
            int g = Math.min(Math.max(t.group(), 1), groups.size()) - 1;
            int from = g;
            while (from > 0 && groups.get(from - 1).title().equals(groups.get(g).title())) {
                from--;
            }
            Cells.text(row, 3 * from, t.label(), st.labelBold);
            s.addMergedRegion(new CellRangeAddress(footer, footer, 3 * from, 3 * g + 1));
        }
        for (int g = 0; g < groups.size(); g++) {
            s.setColumnWidth(3 * g, 9 * 256);
            s.setColumnWidth(3 * g + 1, 26 * 256);
            s.setColumnWidth(3 * g + 2, 12 * 256);
        }
        return new int[] {HEADER, footer};
    }

    /** Three header rows over numbered columns 1–12 and the one data row. */
    private int[] singleRow(Sheet s, Styles st, TableDef def) {
        List<List<String>> paths = def.printed().stream().map(ColumnDef::header).toList();
        HeaderLayout.draw(s, HEADER, 0, paths, st);
        int numbersRow = HEADER + HeaderLayout.depth(paths);
        Row numbers = Cells.row(s, numbersRow);
        Row data = Cells.row(s, numbersRow + 1);
        for (int i = 0; i < def.printed().size(); i++) {
            Cells.number(numbers, i, def.printed().get(i).no(), st.header);
            Cells.empty(data, i, st.amount);
            s.setColumnWidth(i, 13 * 256);
        }
        return new int[] {HEADER, numbersRow + 1};
    }

    /** A form drawn plainly: each field's labels, then a cell for its amount (under the column headers, if any). */
    private int[] form(Sheet s, Styles st, TableDef def) {
        int r = HEADER;
        if (!def.printed().isEmpty()) {
            Row header = Cells.row(s, r++);
            for (int i = 0; i < def.printed().size(); i++) {
                List<String> h = def.printed().get(i).header();
                Cells.text(header, i + 1, h.get(h.size() - 1).split("\\|")[0], st.header);
            }
        }
        String section = null;
        for (var f : def.fields()) {
            List<String> path = f.label();
            if (path.size() > 1 && !path.get(0).equals(section)) {
                section = path.get(0);
                Cells.text(Cells.row(s, r++), 0, section.split("\\|")[0], st.header);
            }
            Row row = Cells.row(s, r++);
            Cells.text(row, 0, path.get(path.size() - 1).split("\\|")[0], st.plain);
            for (int i = 0; i < Math.max(1, def.printed().size()); i++) {
                Cells.empty(row, i + 1, st.amount);
            }
        }
        s.setColumnWidth(0, 30 * 256);
        return new int[] {HEADER, r - 1};
    }

    private static void pageSetup(Sheet s, int width, int headerRow) {
        PrintSetup ps = s.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(width > 6);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        s.setFitToPage(true);
        s.setAutobreaks(true);
        s.setHorizontallyCenter(true);
        s.setRepeatingRows(new CellRangeAddress(headerRow, headerRow + 2, -1, -1));
    }
}
