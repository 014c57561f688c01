package org.suanpan.hardening;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.suanpan.Engine;
import org.suanpan.annotate.Annotator;
import org.suanpan.check.CheckResult;
import org.suanpan.check.Finding;
import org.suanpan.fill.FillPlan;
import org.suanpan.fill.FillWriter;
import org.suanpan.fill.Filler;
import org.suanpan.fill.FilledCell;
import org.suanpan.testing.Fixtures;
import org.suanpan.testing.Macros;
import org.suanpan.testing.Variants;
import org.suanpan.testing.WorkbookFingerprint;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Nothing is lost: for every sample and generated variant — renamed, shifted, amounts as text, a workbook with data
 * validations, a hidden sheet, defined names, comments and formulas, the same as .xls and as .xlsm — annotate and fill
 * keep every original cell (value, formula, style), merge, width, validation, hidden flag, name and comment; only the
 * marks they add differ.
 */
class FidelityTest {
    @TempDir
    static Path dir;
    static final Engine ENGINE = Fixtures.engine();

    record Variant(String name, String sample, Consumer<XSSFWorkbook> edit, String format) {
        @Override
        public String toString() {
            return name + " of " + sample.substring(0, 3);
        }
    }

    static Stream<Variant> variants() {
        List<Variant> list = new ArrayList<>();
        for (String sample : List.of(Fixtures.SAMPLE_2023, Fixtures.SAMPLE_2022)) {
            list.add(new Variant("as published", sample, wb -> { }, "xlsx"));
            list.add(new Variant("renamed and reversed", sample, Variants::renameAndReverse, "xlsx"));
            list.add(new Variant("shifted", sample, wb -> Variants.shift(wb, 3, 2), "xlsx"));
            list.add(new Variant("amounts as text", sample, Variants::amountsAsText, "xlsx"));
            list.add(new Variant("rich", sample, FidelityTest::enrich, "xlsx"));
            list.add(new Variant("rich", sample, FidelityTest::enrich, "xls"));
            list.add(new Variant("rich", sample, FidelityTest::enrich, "xlsm"));
        }
        return list.stream();
    }

    /** What real workbooks carry besides the amounts. */
    static void enrich(XSSFWorkbook wb) {
        var first = wb.getSheetAt(0);
        var helper = first.getDataValidationHelper();
        var list = helper.createExplicitListConstraint(new String[]{"是", "否"});
        first.addValidationData(helper.createValidation(list, new CellRangeAddressList(40, 45, 0, 0)));
        var notes = wb.createSheet("填表说明");
        notes.createRow(0).createCell(0).setCellValue("本表由财务科填写");
        notes.getRow(0).createCell(1).setCellFormula("1+1");
        wb.setSheetHidden(wb.getSheetIndex(notes), true);
        var name = wb.createName();
        name.setNameName("填表人");
        name.setRefersToFormula("'填表说明'!$A$1");
        var drawing = first.createDrawingPatriarch();
        var anchor = wb.getCreationHelper().createClientAnchor();
        anchor.setCol1(7);
        anchor.setRow1(1);
        anchor.setCol2(9);
        anchor.setRow2(4);
        var comment = drawing.createCellComment(anchor);
        comment.setString(wb.getCreationHelper().createRichTextString("财务科：本表已复核"));
        var cell = first.getRow(1) == null ? first.createRow(1).createCell(1) : first.getRow(1).createCell(7);
        cell.setCellComment(comment);
    }

    static Path build(Variant v, String tag) throws IOException {
        Path base = Variants.variant(Fixtures.sample(v.sample()), dir.resolve(tag + ".xlsx"), wb -> {
            Variants.typingMistakes(wb, v.sample());
            v.edit().accept(wb);
        });
        if (v.format().equals("xls")) {
            try (XSSFWorkbook wb = Variants.open(base); Workbook xls = Variants.asXls(wb)) {
                return Variants.write(xls, dir.resolve(tag + ".xls"));
            }
        }
        if (v.format().equals("xlsm")) {
            return Macros.xlsm(base, dir.resolve(tag + ".xlsm"));
        }
        return base;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void annotateKeepsEverythingButItsMarks(Variant v) throws IOException {
        Path in = build(v, "a-" + Math.abs(v.toString().hashCode()) + v.format());
        CheckResult result = ENGINE.check(in);
        assertTrue(result.count(org.suanpan.definition.Severity.ERROR) > 0, "the variant carries mistakes: " + v);
        Path out = dir.resolve("annotated-" + in.getFileName());
        new Annotator().annotate(in, result, out);
        Set<String> marked = new HashSet<>();
        for (Finding f : result.findings()) {
            marked.addAll(f.cells());
            if (f.sheet() != null && f.cell() != null) {
                marked.add(f.sheet() + "!" + f.cell());
            }
        }
        assertKept(in, out, marked, true);
        if (v.format().equals("xlsm")) {
            assertArrayEquals(Macros.VBA, Macros.vbaPart(out));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void fillKeepsEverythingButTheCellsItFills(Variant v) throws IOException {
        Path in = build(v, "f-" + Math.abs(v.toString().hashCode()) + v.format());
        var book = ENGINE.read(in, in.getFileName().toString());
        FillPlan plan = new Filler(ENGINE).plan(book);
        Path out = dir.resolve("filled-" + in.getFileName());
        new FillWriter().write(in, book.format(), plan.filled(), out);
        Set<String> filled = new HashSet<>();
        for (FilledCell f : plan.filled()) {
            filled.add(f.ref());
        }
        assertKept(in, out, filled, false);
        if (v.format().equals("xlsm")) {
            assertArrayEquals(Macros.VBA, Macros.vbaPart(out));
        }
    }

    /** Every original sheet, cell, name and comment is still there; only {@code touched} cells may differ in fill and comment. */
    static void assertKept(Path in, Path out, Set<String> touched, boolean resultSheet) throws IOException {
        WorkbookFingerprint before = WorkbookFingerprint.of(in);
        WorkbookFingerprint after = WorkbookFingerprint.of(out);
        List<String> order = new ArrayList<>(before.sheetOrder);
        if (resultSheet) {
            order.add("审核结果");
        }
        assertEquals(order, after.sheetOrder);
        before.sheets.forEach((sheet, layout) -> assertEquals(layout, after.sheets.get(sheet), sheet));
        assertTrue(after.names.containsAll(before.names), before.names + " vs " + after.names);
        List<String> lost = new ArrayList<>();
        before.cells.forEach((cell, value) -> {
            boolean filledBlank = !resultSheet && touched.contains(cell) && value.startsWith("|");
            if (!filledBlank && !value.equals(after.cells.get(cell))) {
                lost.add(cell + ": " + value + " → " + after.cells.get(cell));
            } else if (!touched.contains(cell) && !before.fills.get(cell).equals(after.fills.get(cell))) {
                lost.add(cell + " fill changed without a mark");
            }
        });
        before.comments.forEach((cell, text) -> {
            if (after.comments.get(cell) == null || !after.comments.get(cell).contains(text)) {
                lost.add(cell + " comment “" + text + "” lost");
            }
        });
        assertEquals(List.of(), lost);
    }
}
