package org.suanpan.recognise;

import org.suanpan.read.Grid;

/**
 * The part of a sheet that belongs to one table: from its title row down to the next table's title (exclusive) or
 * the end of the sheet.
 */
record Region(Grid grid, int titleRow, int titleCol, String titleText, int end) {

    int width() {
        return grid.maxColumnCount();
    }

    String sheet() {
        return grid.name();
    }
}
