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
import org.suanpan.batch.Profile;
import org.suanpan.report.Summary;
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

    /**
     * The findings to list on the 审核结果 sheet, what its header says, the 说明 written on an earlier copy (by
     * finding key) and the summary at its top.
     */
    public record Listing(String fileName, String ruleSet, Edition edition, List<Finding> findings, Map<String, String> explanations,
                          Summary summary, String department, String year) {
        public Listing(String fileName, String ruleSet, Edition edition, List<Finding> findings) {
            this(fileName, ruleSet, edition, findings, Map.of(), null, null, null);
        }
    }

    /**
     * The annotated copy of a checked workbook: marks, comments and the 审核结果 sheet. A workbook Suanpan annotated
     * before loses its old marks, comments and 审核结果 first; the 说明 written there come back in the new sheet.
     */
    public Result annotate(Path input, CheckResult result, Path output) throws IOException {
        Book book = result.recognition().book();
        Profile profile = Profile.of(result.recognition());
        Listing listing = new Listing(book.fileName(), result.rules().version(), result.recognition().edition(), result.findings(),
            result.explanations(), Summary.of(result), profile.department(), profile.year());
        if (PreviousAnnotation.present(book)) {
            try (Workbook wb = PoiWorkbooks.open(input, book.format())) {
                PreviousAnnotation.remove(wb);
                Result r = edit(wb, notes(result.findings()), Map.of(), listing, output);
                PoiWorkbooks.save(wb, output);
                return r;
            }
        }
        return write(input, book.format(), notes(result.findings()), Map.of(), listing, output);
    }

    /**
     * The 审核报告 on its own: a new A4 workbook holding only the 审核结果 table — file, department, year, the summary,
     * every finding and the 审核人/日期 lines — to print and file, the department's workbook left untouched.
     */
    public Path report(CheckResult result, Path output) throws IOException {
        Book book = result.recognition().book();
        Profile profile = Profile.of(result.recognition());
        Listing listing = new Listing(book.fileName(), result.rules().version(), result.recognition().edition(), result.findings(),
            result.explanations(), Summary.of(result), profile.department(), profile.year());
        try (Workbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            ResultSheet.add(wb, listing, List.of(), "审核报告");
            PoiWorkbooks.save(wb, output);
        }
        return output;
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
        CellValues writer = new CellValues(wb);
        values.forEach(writer::putIfBlank);
        List<MarkRecord> records = new ArrayList<>();
        int marked = apply(wb, notes, records);
        if (listing != null) {
            Sheet result = ResultSheet.add(wb, listing, records);
            // the copy opens on 审核结果: its summary and legend come first
            for (Sheet s : wb) {
                s.setSelected(false);
            }
            result.setSelected(true);
            wb.setActiveSheet(wb.getSheetIndex(result));
        }
        return new Result(output, marked, listing == null ? 0 : listing.findings().size());
    }

    /**
     * One note per marked cell, the strongest mark winning, its comment every distinct line; the cell most likely at
     * fault says so once, naming every relation it explains.
     */
    static List<CellNote> notes(List<Finding> findings) {
        Map<String, Mark> marks = new LinkedHashMap<>();
        Map<String, Set<String>> texts = new LinkedHashMap<>();
        Map<String, Set<String>> suspects = new LinkedHashMap<>();
        for (Finding f : findings) {
            if (f.severity() == Severity.INFO || f.sheet() == null || f.cell() == null || "narrative".equals(f.source())) {
                continue;
            }
            String line = "【" + f.rule() + " " + f.severity().chinese() + "】" + f.message();
            add(marks, texts, f.sheet() + "!" + f.cell(), f.severity() == Severity.ERROR ? Mark.ERROR : Mark.WARNING, line);
            if (f.suspect() != null) {
                marks.merge(f.suspect(), Mark.SUSPECT, Mark::strongest);
                suspects.computeIfAbsent(f.suspect(), k -> new LinkedHashSet<>()).add(f.rule() + "（" + f.sheet() + "!" + f.cell() + "）");
            }
        }
        suspects.forEach((ref, rules) -> {
            String line = rules.size() == 1 ? "【最可能出错】请先核对这个单元格：它能解释 " + rules.iterator().next() + " 的不平衡。"
                : "【最可能出错】这个单元格能同时解释 " + rules.size() + " 处不平衡（" + String.join("、", rules) + "），请先核对它。";
            Set<String> lines = texts.computeIfAbsent(ref, k -> new LinkedHashSet<>());
            List<String> ordered = new ArrayList<>();
            ordered.add(line);
            ordered.addAll(lines);
            lines.clear();
            lines.addAll(ordered);
        });
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

    private static int apply(Workbook wb, List<CellNote> notes, List<MarkRecord> records) {
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
            int original = cell.getCellStyle().getIndex();
            boolean hadComment = cell.getCellComment() != null;
            cell.setCellStyle(styles.marked(cell.getCellStyle(), n.mark()));
            comments.append(cell, n.text());
            records.add(new MarkRecord(n.sheet(), n.row(), n.col(), original, cell.getCellStyle().getIndex(), hadComment));
            marked++;
        }
        return marked;
    }

}
