package org.suanpan.read;

import java.util.List;

/** A workbook reduced to what checking needs: its sheets as grids of values, in workbook order. */
public record Book(String fileName, BookFormat format, List<Grid> sheets) {
}
