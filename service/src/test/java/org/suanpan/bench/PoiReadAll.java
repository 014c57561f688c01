package org.suanpan.bench;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import java.io.File;
import java.util.Arrays;

/**
 * The batch benchmark's baseline, run as a process of its own: every workbook of a folder opened with POI's usermodel
 * in one loop, every cell's value read. Prints the number of cells so the work cannot be optimised away.
 */
public final class PoiReadAll {
    private PoiReadAll() {
    }

    public static void main(String[] args) throws Exception {
        File[] files = new File(args[0]).listFiles((d, n) -> n.endsWith(".xlsx") || n.endsWith(".xls"));
        Arrays.sort(files);
        long cells = 0;
        for (File f : files) {
            try (Workbook wb = WorkbookFactory.create(f, null, true)) {
                for (Sheet s : wb) {
                    for (Row r : s) {
                        for (Cell c : r) {
                            cells += c.toString().isEmpty() ? 0 : 1;
                        }
                    }
                }
            }
        }
        System.out.println(files.length + " workbooks, " + cells + " cells");
    }
}
