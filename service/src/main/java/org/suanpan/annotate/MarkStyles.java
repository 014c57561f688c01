package org.suanpan.annotate;

import org.apache.poi.hssf.usermodel.HSSFPalette;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.hssf.util.HSSFColor;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;

import java.util.HashMap;
import java.util.Map;

/**
 * Cell styles for marks, made once per original style and mark: marking ten thousand cells that share three
 * styles adds at most twelve styles, so a large workbook never reaches Excel's style limit. A marked style is the
 * original one — font, number format, alignment, borders — with only the fill changed.
 */
public final class MarkStyles {
    private final Workbook wb;
    private final Map<Long, CellStyle> cache = new HashMap<>();

    public MarkStyles(Workbook wb) {
        this.wb = wb;
    }

    public CellStyle marked(CellStyle original, Mark mark) {
        long key = ((long) original.getIndex() << 8) | mark.ordinal();
        return cache.computeIfAbsent(key, k -> create(original, mark));
    }

    private CellStyle create(CellStyle original, Mark mark) {
        CellStyle style = wb.createCellStyle();
        style.cloneStyleFrom(original);
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        if (style instanceof XSSFCellStyle x) {
            // ARGB, as the direct writer stores it: the same mark reads the same whichever writer put it
            byte[] rgb = mark.rgb();
            x.setFillForegroundColor(new XSSFColor(new byte[] {(byte) 0xFF, rgb[0], rgb[1], rgb[2]}, null));
        } else if (wb instanceof HSSFWorkbook h) {
            HSSFPalette palette = h.getCustomPalette();
            HSSFColor c = palette.findSimilarColor(mark.red(), mark.green(), mark.blue());
            style.setFillForegroundColor(c == null ? IndexedColors.ROSE.getIndex() : c.getIndex());
        }
        return style;
    }
}
