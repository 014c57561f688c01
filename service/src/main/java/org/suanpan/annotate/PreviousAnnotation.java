package org.suanpan.annotate;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellAddress;
import org.suanpan.read.Book;
import org.suanpan.read.Grid;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Takes an earlier annotation off a workbook before it is annotated again, so a corrected cell is no longer red and
 * no sheet is listed twice: every mark the 审核结果 sheet recorded goes back to the cell's own format (unless someone
 * re-formatted the cell since), Suanpan's part of each comment goes (a comment that was there before is kept), and
 * the old 审核结果 sheet is removed — its 说明 have been read back by the check ({@link Explanations}). A copy written
 * before the marker existed loses its 审核结果 sheet and Suanpan's comments; its fills cannot be told from a
 * person's and stay.
 */
final class PreviousAnnotation {
    /** What {@link Comments} puts between a comment someone wrote and Suanpan's explanation. */
    static final String SEPARATOR = "\n——\n";

    private PreviousAnnotation() {
    }

    /** Whether the book holds a 审核结果 sheet Suanpan wrote, with or without the marker. */
    static boolean present(Book book) {
        return book.sheets().stream().anyMatch(g -> Explanations.isOurs(g) || legacy(g));
    }

    private static boolean legacy(Grid g) {
        return g.name().startsWith(ResultTable.NAME) && g.text(0, 0).equals(ResultTable.NAME) && g.text(4, 0).equals("序号")
            && g.text(4, 1).equals("表名") && g.text(4, 2).equals("单元格");
    }

    static void remove(Workbook wb) {
        List<Integer> ours = new ArrayList<>();
        List<MarkRecord> records = new ArrayList<>();
        boolean legacy = false;
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            Sheet s = wb.getSheetAt(i);
            String marker = text(s, 0, ResultTable.RECORD);
            if (marker.startsWith(ResultTable.MARKER)) {
                ours.add(i);
                List<String> chunks = new ArrayList<>();
                for (int r = 1; r <= s.getLastRowNum(); r++) {
                    String t = text(s, r, ResultTable.RECORD);
                    if (!t.isEmpty()) {
                        chunks.add(t);
                    }
                }
                records.addAll(MarkRecord.decode(chunks));
            } else if (s.getSheetName().startsWith(ResultTable.NAME) && text(s, 0, 0).equals(ResultTable.NAME)
                && text(s, 4, 0).equals("序号") && text(s, 4, 1).equals("表名") && text(s, 4, 2).equals("单元格")) {
                ours.add(i);
                legacy = true;
            }
        }
        for (MarkRecord m : records) {
            Sheet s = wb.getSheet(m.sheet());
            Row row = s == null ? null : s.getRow(m.row());
            Cell cell = row == null ? null : row.getCell(m.col());
            if (cell == null) {
                continue;
            }
            if (cell.getCellStyle().getIndex() == (short) m.marked() && m.original() < wb.getNumCellStyles()) {
                cell.setCellStyle(wb.getCellStyleAt(m.original()));
            }
            Comment c = cell.getCellComment();
            if (c != null) {
                unmark(cell, c, m.hadComment());
            }
        }
        if (legacy) {
            for (Sheet s : wb) {
                for (Map.Entry<CellAddress, ? extends Comment> e : new ArrayList<>(s.getCellComments().entrySet())) {
                    Row row = s.getRow(e.getKey().getRow());
                    Cell cell = row == null ? null : row.getCell(e.getKey().getColumn());
                    if (cell != null && (Comments.AUTHOR.equals(e.getValue().getAuthor()) || commentText(e.getValue()).contains(SEPARATOR + "【"))) {
                        unmark(cell, e.getValue(), commentText(e.getValue()).contains(SEPARATOR));
                    }
                }
            }
        }
        for (int k = ours.size() - 1; k >= 0; k--) {
            wb.removeSheetAt(ours.get(k));
        }
        if (wb.getNumberOfSheets() > 0 && wb.getActiveSheetIndex() >= wb.getNumberOfSheets()) {
            wb.setActiveSheet(0);
        }
    }

    /**
     * Keeps what a person wrote in the comment — before Suanpan's part when the comment was there first, or lines
     * added to Suanpan's comment since — and removes a comment that was all Suanpan's.
     */
    private static void unmark(Cell cell, Comment c, boolean hadComment) {
        String text = commentText(c);
        int cut = text.lastIndexOf(SEPARATOR);
        String kept;
        if (hadComment && cut >= 0) {
            kept = text.substring(0, cut);
        } else {
            List<String> theirs = new ArrayList<>();
            for (String line : (hadComment ? "" : text).split("\n")) {
                String l = line.strip();
                if (!l.isEmpty() && !l.startsWith("【") && !l.equals(Comments.AUTHOR + "：") && !l.equals("——")) {
                    theirs.add(line);
                }
            }
            kept = hadComment ? text : String.join("\n", theirs);
        }
        if (kept.isBlank()) {
            cell.removeCellComment();
        } else if (!kept.equals(text)) {
            c.setString(cell.getSheet().getWorkbook().getCreationHelper().createRichTextString(kept));
        }
    }

    private static String commentText(Comment c) {
        return c.getString() == null ? "" : c.getString().getString();
    }

    private static String text(Sheet s, int r, int c) {
        Row row = s.getRow(r);
        Cell cell = row == null ? null : row.getCell(c);
        return cell != null && cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : "";
    }
}
