package org.suanpan.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an .xlsx by scanning its XML parts straight out of the zip: workbook, relationships, shared strings and
 * sheets. It builds no POI object model; values, formula results and merged regions are all checking needs.
 * Zip-bomb guards as POI's {@code ZipSecureFile} has them stay on: no part may inflate beyond
 * {@link ReadLimits#maxPartBytes()}, nor far beyond what its compressed size allows ({@link ReadLimits#MIN_INFLATE_RATIO}).
 */
final class XlsxReader {

    private final ReadLimits limits;
    private static final int MAX_SHEET_NAME = 255;

    XlsxReader(ReadLimits limits) {
        this.limits = limits;
    }

    Book read(Path file, String fileName) throws IOException {
        try (ZipParts zip = ZipParts.open(file, limits)) {
            PackageNames.requireUnique(zip.names(), fileName);
            String workbookPart = officeDocumentPart(zip);
            if (workbookPart == null || !zip.has(workbookPart) || !workbookPart.contains("workbook")) {
                if (zip.has("word/document.xml")) {
                    throw new UnusableInputException("这是一个 Word 文档（.docx），不是 Excel 工作簿。请上传部门决算公开表的 .xlsx 或 .xls 文件；情况说明请作为“情况说明”上传。");
                }
                if (zip.has("ppt/presentation.xml")) {
                    throw new UnusableInputException("这是一个 PowerPoint 演示文稿，不是 Excel 工作簿。请上传部门决算公开表的 .xlsx 或 .xls 文件。");
                }
                throw new UnusableInputException("文件是一个压缩包，但其中没有 Excel 工作簿内容。请上传部门决算公开表的 .xlsx 或 .xls 文件。");
            }
            if (workbookPart.endsWith(".bin")) {
                throw new UnusableInputException("这是 Excel 二进制工作簿（.xlsb），无法读取。请在 Excel 中打开后另存为 .xlsx 再上传。");
            }
            Map<String, String> rels = relationships(zip, workbookPart);
            List<SheetRef> refs = sheetRefs(zip, workbookPart, rels);
            List<String> shared = sharedStrings(zip, rels);
            List<Grid> grids = new ArrayList<>(refs.size());
            for (int i = 0; i < refs.size(); i++) {
                SheetRef ref = refs.get(i);
                byte[] part = ref.part == null ? null : zip.read(ref.part);
                Grid.Builder builder = Grid.builder(ref.name, i, ref.hidden);
                if (part != null) {
                    readSheet(part, shared, builder, ref.name);
                }
                grids.add(builder.build());
            }
            return new Book(fileName, BookFormat.XLSX, List.copyOf(grids));
        } catch (XmlScanner.Malformed e) {
            throw new UnusableInputException("工作簿内部的 XML 已损坏，无法读取。请在 Excel 或 WPS 中打开后“另存为”新的 .xlsx 文件再上传。", e);
        }
    }

    private String officeDocumentPart(ZipParts zip) throws IOException {
        byte[] rootRels = zip.read("_rels/.rels");
        if (rootRels == null) {
            return zip.has("xl/workbook.xml") ? "xl/workbook.xml" : null;
        }
        for (String[] rel : readRelationships(rootRels)) {
            if (rel[2].endsWith("/officeDocument")) {
                return resolve("", rel[1]);
            }
        }
        return null;
    }

    private Map<String, String> relationships(ZipParts zip, String part) throws IOException {
        String dir = directoryOf(part);
        String relsName = dir + "_rels/" + part.substring(dir.length()) + ".rels";
        Map<String, String> map = new HashMap<>();
        byte[] xml = zip.read(relsName);
        if (xml == null) {
            return map;
        }
        for (String[] rel : readRelationships(xml)) {
            map.put(rel[0], resolve(dir, rel[1]));
            if (rel[2].endsWith("/sharedStrings")) {
                map.put("#sharedStrings", resolve(dir, rel[1]));
            }
        }
        return map;
    }

    /** Each relationship as {Id, Target, Type}. */
    private static List<String[]> readRelationships(byte[] xml) {
        List<String[]> out = new ArrayList<>();
        XmlScanner x = new XmlScanner(xml);
        for (XmlScanner.Event e = x.next(); e != XmlScanner.Event.EOF; e = x.next()) {
            if (e == XmlScanner.Event.START && x.is("Relationship")) {
                out.add(new String[] {nz(x.attr("Id")), nz(x.attr("Target")), nz(x.attr("Type"))});
            }
        }
        return out;
    }

    private record SheetRef(String name, String part, boolean hidden) {
    }

    private List<SheetRef> sheetRefs(ZipParts zip, String workbookPart, Map<String, String> rels) throws IOException {
        List<SheetRef> refs = new ArrayList<>();
        XmlScanner x = new XmlScanner(zip.read(workbookPart));
        for (XmlScanner.Event e = x.next(); e != XmlScanner.Event.EOF; e = x.next()) {
            if (e == XmlScanner.Event.START && x.is("sheet")) {
                String name = x.attr("name");
                if (name != null && name.length() > MAX_SHEET_NAME) {
                    // Excel allows 31 characters; a name this long would be repeated in every finding on the sheet
                    throw new UnusableInputException("工作簿中有一个工作表的名字超过 " + MAX_SHEET_NAME + " 个字符（“"
                        + org.suanpan.text.Text.shorten(name, 20) + "”），不是 Excel 或 WPS 保存的文件。请在 Excel 或 WPS 中打开后另存为新的 .xlsx 再上传。");
                }
                String state = x.attr("state");
                boolean hidden = state != null && !state.equals("visible");
                refs.add(new SheetRef(name == null ? "Sheet" + (refs.size() + 1) : name, rels.get(x.attr("id")), hidden));
            }
        }
        return refs;
    }

    private List<String> sharedStrings(ZipParts zip, Map<String, String> rels) throws IOException {
        String part = rels.get("#sharedStrings");
        byte[] xml = part == null ? null : zip.read(part);
        if (xml == null) {
            return List.of();
        }
        List<String> strings = new ArrayList<>();
        XmlScanner x = new XmlScanner(xml);
        StringBuilder sb = null;
        for (XmlScanner.Event e = x.next(); e != XmlScanner.Event.EOF; e = x.next()) {
            if (e == XmlScanner.Event.START) {
                if (x.is("si")) {
                    sb = new StringBuilder();
                } else if (x.is(N_RPH)) {
                    x.skipElement();
                } else if (x.is(N_T) && sb != null) {
                    sb.append(ReadLimits.checkedText(null, x.elementText()));
                    ReadLimits.checkedText(null, sb);
                }
            } else if (e == XmlScanner.Event.END && x.is("si") && sb != null) {
                strings.add(sb.toString());
                limits.countCells(1);
                sb = null;
            }
        }
        return strings;
    }

    private void readSheet(byte[] xml, List<String> shared, Grid.Builder grid, String sheet) {
        XmlScanner x = new XmlScanner(xml);
        int row = -1;
        int col = -1;
        String type = null;
        String value = null;
        // a cell's inline string: most have one <t>, kept as it is; only a rich text of several runs is joined
        boolean inline = false;
        String inlineText = null;
        StringBuilder inlineRuns = null;
        boolean formula = false;
        boolean inCell = false;
        int events = 0;
        long[] cellAttrs = new long[CELL_ATTRS.length];
        for (XmlScanner.Event e = x.next(); e != XmlScanner.Event.EOF; e = x.next()) {
            if ((++events & 0xFFF) == 0) {
                limits.checkDeadline();
            }
            if (e == XmlScanner.Event.START) {
                if (x.is(N_C)) {
                    x.attrRanges(CELL_ATTRS, cellAttrs);
                    long range = cellAttrs[0];
                    long ref = x.cellRef(range);
                    if (ref >= 0) {
                        row = CellAddress.rowOf(ref);
                        col = CellAddress.colOf(ref);
                    } else if (ref == XmlScanner.OUT_OF_RANGE) {
                        throw ReadLimits.outsideSheet(sheet, x.string(range));
                    } else if (++col >= CellAddress.MAX_COLUMNS) {
                        throw ReadLimits.outsideSheet(sheet, "第 " + (row + 1) + " 行第 " + (col + 1) + " 列");
                    }
                    type = cellType(x, cellAttrs[1]);
                    value = null;
                    inline = false;
                    inlineText = null;
                    inlineRuns = null;
                    formula = false;
                    inCell = true;
                } else if (x.is(N_V)) {
                    if (inCell) {
                        value = ReadLimits.checkedText(sheet, x.elementText());
                    }
                } else if (x.is(N_ROW)) {
                    long rowRange = x.attrRange("r");
                    int r = x.number(rowRange);
                    row = r > 0 ? r - 1 : row + 1;
                    if (row >= CellAddress.MAX_ROWS) {
                        throw ReadLimits.outsideSheet(sheet, "第 " + (r > 0 ? x.string(rowRange) : String.valueOf(row + 1L)) + " 行");
                    }
                    col = -1;
                } else if (x.is(N_F)) {
                    formula = true;
                } else if (x.is(N_IS)) {
                    inline = true;
                    inlineText = null;
                    inlineRuns = null;
                } else if (x.is(N_RPH)) {
                    x.skipElement();
                } else if (x.is(N_T)) {
                    if (inline) {
                        String run = ReadLimits.checkedText(sheet, x.elementText());
                        if (inlineText == null && inlineRuns == null) {
                            inlineText = run;
                        } else {
                            if (inlineRuns == null) {
                                inlineRuns = new StringBuilder(inlineText);
                            }
                            inlineRuns.append(run);
                            ReadLimits.checkedText(sheet, inlineRuns);
                        }
                    }
                } else if (x.is(N_MERGECELL)) {
                    grid.merge(CellRange.parse(nz(x.attr("ref"))));
                    limits.countCells(1);
                }
            } else if (e == XmlScanner.Event.END && x.is(N_C)) {
                inCell = false;
                String inlineString = !inline ? null : inlineRuns != null ? inlineRuns.toString() : inlineText == null ? "" : inlineText;
                Cell cell = toCell(row, col, type, value, inlineString, formula, shared);
                if (cell != null) {
                    limits.countCells(1);
                    grid.add(cell);
                }
            }
        }
    }

    /** The few cell types SpreadsheetML knows, as constants, read without making a string for each cell. */
    private static String cellType(XmlScanner x, long range) {
        if (range < 0) {
            return null;
        }
        for (int i = 0; i < TYPES.length; i++) {
            if (x.rangeIs(range, TYPE_NAMES[i])) {
                return TYPES[i];
            }
        }
        return x.string(range);
    }

    /** The attributes of a {@code <c>} the reader needs: its reference and its type. */
    private static final byte[][] CELL_ATTRS = {XmlScanner.name("r"), XmlScanner.name("t")};

    private static final String[] TYPES = {"inlineStr", "s", "n", "str", "b", "e"};
    private static final byte[][] TYPE_NAMES = java.util.Arrays.stream(TYPES).map(XmlScanner::name).toArray(byte[][]::new);

    // the element names the sheet reader looks for, as bytes
    private static final byte[] N_C = XmlScanner.name("c");
    private static final byte[] N_V = XmlScanner.name("v");
    private static final byte[] N_ROW = XmlScanner.name("row");
    private static final byte[] N_F = XmlScanner.name("f");
    private static final byte[] N_IS = XmlScanner.name("is");
    private static final byte[] N_RPH = XmlScanner.name("rPh");
    private static final byte[] N_T = XmlScanner.name("t");
    private static final byte[] N_MERGECELL = XmlScanner.name("mergeCell");

    private static Cell toCell(int row, int col, String type, String value, String inline, boolean formula,
                               List<String> shared) {
        if (row < 0 || col < 0) {
            return null;
        }
        if (type == null || type.equals("n")) {
            if (value == null || value.isEmpty()) {
                return formula ? new Cell(row, col, CellKind.BLANK, "", true) : null;
            }
            return new Cell(row, col, CellKind.NUMBER, value.trim(), formula);
        }
        return switch (type) {
            case "s" -> {
                String s = "";
                try {
                    int idx = Integer.parseInt(value == null ? "-1" : value.trim());
                    s = idx >= 0 && idx < shared.size() ? shared.get(idx) : "";
                } catch (NumberFormatException ignored) {
                    // an index that is not a number leaves the cell empty, as Excel shows it
                }
                yield new Cell(row, col, CellKind.TEXT, s, formula);
            }
            case "inlineStr" -> new Cell(row, col, CellKind.TEXT, inline == null ? nz(value) : inline, formula);
            case "str" -> new Cell(row, col, CellKind.TEXT, nz(value), formula);
            case "b" -> new Cell(row, col, CellKind.BOOLEAN, "1".equals(value) ? "TRUE" : "FALSE", formula);
            case "e" -> new Cell(row, col, CellKind.ERROR, nz(value), formula);
            default -> new Cell(row, col, CellKind.TEXT, nz(value), formula);
        };
    }

    private static String directoryOf(String part) {
        int slash = part.lastIndexOf('/');
        return slash < 0 ? "" : part.substring(0, slash + 1);
    }

    private static String resolve(String dir, String target) {
        if (target.startsWith("/")) {
            return target.substring(1);
        }
        String path = dir + target;
        List<String> parts = new ArrayList<>();
        for (String p : path.split("/")) {
            if (p.equals("..")) {
                if (!parts.isEmpty()) {
                    parts.remove(parts.size() - 1);
                }
            } else if (!p.isEmpty() && !p.equals(".")) {
                parts.add(p);
            }
        }
        return String.join("/", parts);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
