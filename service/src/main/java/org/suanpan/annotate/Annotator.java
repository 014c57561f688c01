package org.suanpan.annotate;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.suanpan.check.CheckResult;
import org.suanpan.check.Finding;
import org.suanpan.definition.Edition;
import org.suanpan.definition.Severity;
import org.suanpan.annotate.direct.DirectUnsupported;
import org.suanpan.annotate.direct.DirectXlsx;
import org.suanpan.poi.PartialXlsx;
import org.suanpan.poi.PoiWorkbooks;
import org.suanpan.read.Book;
import org.suanpan.read.BookFormat;
import org.suanpan.read.CellAddress;
import org.suanpan.read.CellAddresses;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes an annotated copy of a checked workbook, in its own format: cells of errors filled red, warnings yellow, the
 * suspect cell marked more strongly, each with a comment that explains; and a 审核结果 sheet listing every finding.
 * Nothing else changes. In an .xlsx, sheets without a mark are neither parsed nor written again: their parts are
 * copied as they were ({@link PartialXlsx}).
 */
public final class Annotator {

    /** What was written: the file, how many cells carry a mark, and how many findings are listed. */
    public record Result(Path output, int markedCells, int findings) {
    }

    /** A mark to put on one cell, with the lines of its comment. */
    public record CellNote(String sheet, int row, int col, Mark mark, String text) {
    }

    /** The findings to list on the 审核结果 sheet, and what its header says. */
    public record Listing(String fileName, String ruleSet, Edition edition, List<Finding> findings) {
    }

    /** The annotated copy of a checked workbook: marks, comments and the 审核结果 sheet. */
    public Result annotate(Path input, CheckResult result, Path output) throws IOException {
        Book book = result.recognition().book();
        Listing listing = new Listing(book.fileName(), result.rules().version(), result.recognition().edition(), result.findings());
        return write(input, book.format(), notes(result.findings()), Map.of(), listing, output);
    }

    /**
     * Writes the notes (mark and comment per cell), the numbers in {@code values} into the blank cells they name
     * (by sheet and cell, in the number format of the amounts around them), and the 审核结果 sheet
     * when {@code listing} is not null. An .xlsx is edited directly where possible ({@link DirectXlsx}); otherwise,
     * and for .xls, through POI.
     */
    public Result write(Path input, BookFormat format, List<CellNote> notes, Map<String, Map<CellAddress, String>> values, Listing listing,
                        Path output) throws IOException {
        Set<String> touched = new HashSet<>();
        notes.forEach(n -> touched.add(n.sheet()));
        if (format == BookFormat.XLSX) {
            if (!Boolean.getBoolean("suanpan.annotate.poi")) {
                try {
                    return DirectXlsx.write(input, notes, values, listing, output);
                } catch (DirectUnsupported e) {
                    // a package the direct writer does not handle: POI's object model takes it
                }
            }
            try (PartialXlsx partial = PoiWorkbooks.openPartially(input, touched)) {
                Result r = edit(partial.workbook(), notes, values, listing, output);
                partial.restore();
                PoiWorkbooks.save(partial.workbook(), output);
                DirectXlsx.repair(output);
                return r;
            }
        }
        try (Workbook wb = PoiWorkbooks.open(input, format)) {
            Result r = edit(wb, notes, values, listing, output);
            PoiWorkbooks.save(wb, output);
            return r;
        }
    }

    private static Result edit(Workbook wb, List<CellNote> notes, Map<String, Map<CellAddress, String>> values, Listing listing, Path output) {
        org.suanpan.poi.InternalLinks.asLocations(wb);
        values.forEach((sheet, cells) -> cells.forEach((key, value) -> CellValues.putIfBlank(wb, sheet, key.row(), key.col(), value)));
        int marked = apply(wb, notes);
        if (listing != null) {
            ResultSheet.add(wb, listing);
        }
        return new Result(output, marked, listing == null ? 0 : listing.findings().size());
    }

    /** One note per marked cell, the strongest mark winning, its comment every distinct line. */
    static List<CellNote> notes(List<Finding> findings) {
        Map<String, Mark> marks = new LinkedHashMap<>();
        Map<String, Set<String>> texts = new LinkedHashMap<>();
        for (Finding f : findings) {
            if (f.severity() == Severity.INFO || f.sheet() == null || f.cell() == null || "narrative".equals(f.source())) {
                continue;
            }
            String line = "【" + f.rule() + " " + f.severity().chinese() + "】" + f.message();
            add(marks, texts, f.sheet() + "!" + f.cell(), f.severity() == Severity.ERROR ? Mark.ERROR : Mark.WARNING, line);
            if (f.suspect() != null) {
                add(marks, texts, f.suspect(), Mark.SUSPECT, "【最可能出错】这个单元格能同时解释 " + f.rule() + " 等几处不平衡，请先核对它。");
            }
        }
        List<CellNote> out = new ArrayList<>();
        for (Map.Entry<String, Mark> e : marks.entrySet()) {
            String ref = e.getKey();
            int bang = ref.lastIndexOf('!');
            int[] pos = CellAddresses.parse(ref.substring(bang + 1));
            if (pos != null) {
                out.add(new CellNote(ref.substring(0, bang), pos[0], pos[1], e.getValue(), String.join("\n", texts.get(ref))));
            }
        }
        return out;
    }

    private static void add(Map<String, Mark> marks, Map<String, Set<String>> texts, String ref, Mark mark, String line) {
        marks.merge(ref, mark, Mark::strongest);
        texts.computeIfAbsent(ref, k -> new LinkedHashSet<>()).add(line);
    }

    private static int apply(Workbook wb, List<CellNote> notes) {
        MarkStyles styles = new MarkStyles(wb);
        Comments comments = new Comments();
        int marked = 0;
        for (CellNote n : notes) {
            org.suanpan.Cancel.check();
            Sheet sheet = wb.getSheet(n.sheet());
            if (sheet == null) {
                continue;
            }
            Row row = sheet.getRow(n.row()) == null ? sheet.createRow(n.row()) : sheet.getRow(n.row());
            Cell cell = row.getCell(n.col()) == null ? row.createCell(n.col()) : row.getCell(n.col());
            cell.setCellStyle(styles.marked(cell.getCellStyle(), n.mark()));
            comments.append(cell, n.text());
            marked++;
        }
        return marked;
    }

}
