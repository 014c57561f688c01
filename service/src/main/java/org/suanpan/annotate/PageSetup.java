package org.suanpan.annotate;


import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/** Page setup for the sheets Suanpan writes: A4 landscape, one page wide, the header repeated on every page. */
final class PageSetup {
    private PageSetup() {
    }

    static void landscapeOnePageWide(Sheet s, int headerRow) {
        org.apache.poi.ss.usermodel.PrintSetup ps = s.getPrintSetup();
        ps.setLandscape(true);
        ps.setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        s.setFitToPage(true);
        s.setAutobreaks(true);
        s.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
    }
}
