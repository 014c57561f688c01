package org.suanpan.annotate;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Sheet;

import java.util.HashMap;
import java.util.Map;

/**
 * Adds Suanpan's explanation to a cell's comment. A comment someone already wrote is kept and the explanation is
 * appended below it.
 */
final class Comments {
    static final String AUTHOR = "算盘审核";
    private final Map<Sheet, Drawing<?>> drawings = new HashMap<>();

    void append(Cell cell, String raw) {
        String text = org.suanpan.text.Xml.safe(raw);
        Comment existing = cell.getCellComment();
        CreationHelper helper = cell.getSheet().getWorkbook().getCreationHelper();
        if (existing != null) {
            String old = existing.getString() == null ? "" : existing.getString().getString();
            existing.setString(helper.createRichTextString(old.isBlank() ? text : old + "\n——\n" + text));
            return;
        }
        Drawing<?> drawing = drawings.computeIfAbsent(cell.getSheet(), Comments::drawingOf);
        ClientAnchor anchor = helper.createClientAnchor();
        // POI takes the comment's cell from the anchor's top-left corner: it must be the cell itself
        anchor.setCol1(cell.getColumnIndex());
        anchor.setCol2(cell.getColumnIndex() + 4);
        anchor.setRow1(cell.getRowIndex());
        anchor.setRow2(cell.getRowIndex() + Math.min(12, 3 + text.length() / 40));
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(helper.createRichTextString(text));
        comment.setAuthor(AUTHOR);
        cell.setCellComment(comment);
    }

    private static Drawing<?> drawingOf(Sheet sheet) {
        Drawing<?> d = sheet.getDrawingPatriarch();
        return d != null ? d : sheet.createDrawingPatriarch();
    }
}
