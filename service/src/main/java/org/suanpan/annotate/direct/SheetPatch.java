package org.suanpan.annotate.direct;

import org.suanpan.annotate.NeighbourFormat;
import org.suanpan.read.CellAddress;
import org.suanpan.read.CellAddresses;
import org.suanpan.read.XmlScanner;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Edits one worksheet part in place: gives cells a new format (and, for fill, a value), adds cells and rows that do
 * not exist yet in their proper order, and adds the legacyDrawing element that carries comments. Every other byte
 * of the part stays as it was.
 */
final class SheetPatch {
    private static final Pattern S_ATTR = Pattern.compile("\\ss=\"\\d*\"");
    private static final Pattern SPANS = Pattern.compile("\\sspans=\"[^\"]*\"");
    private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final List<String> AFTER_LEGACY = List.of("legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls",
        "webPublishItems", "tableParts", "extLst");

    /** Which cell formats show numbers in General. */
    interface Formats {
        boolean isGeneral(int style);

        String numberFormat(int style);
    }

    /** What to do to one cell: its new format, and a value to write when it has none. */
    record CellEdit(int style, String value) {
    }

    private record CellAt(int col, int tagStart, int tagEnd, int elementEnd, int style, boolean hasValue, boolean number) {
    }

    private static final class RowAt {
        final int row;
        final int tagStart;
        final int tagEnd;
        final boolean selfClosing;
        int endTagStart;
        final List<CellAt> cells = new ArrayList<>();

        RowAt(int row, int tagStart, int tagEnd, boolean selfClosing) {
            this.row = row;
            this.tagStart = tagStart;
            this.tagEnd = tagEnd;
            this.selfClosing = selfClosing;
        }
    }

    private final byte[] src;
    private final TreeMap<Integer, RowAt> rows = new TreeMap<>();
    private List<int[]> formatted;
    private int sheetDataStart = -1;
    private int sheetDataTagEnd = -1;
    private int sheetDataEnd = -1;
    private boolean sheetDataSelfClosing;
    private int legacyInsert = -1;
    private boolean hasLegacyDrawing;

    SheetPatch(byte[] src) throws DirectUnsupported {
        this.src = src;
        XmlScanner x = new XmlScanner(src);
        int depth = 0;
        RowAt row = null;
        CellAt cell = null;
        int cellTagStart = 0;
        int cellTagEnd = 0;
        int cellCol = 0;
        int cellStyle = 0;
        boolean cellValue = false;
        boolean cellNumeric = false;
        boolean cellV = false;
        int worksheetEnd = -1;
        boolean root = true;
        for (XmlScanner.Event e = x.next(); e != XmlScanner.Event.EOF; e = x.next()) {
            if (e == XmlScanner.Event.START) {
                depth++;
                if (root) {
                    if (!x.is("worksheet") || prefixed(src, x.tagStart())) {
                        throw new DirectUnsupported("worksheet element with a prefix");
                    }
                    root = false;
                }
                if (depth == 2 && x.is("sheetData")) {
                    sheetDataStart = x.tagStart();
                    sheetDataTagEnd = x.tagEnd();
                    sheetDataSelfClosing = x.selfClosing();
                } else if (depth == 2 && x.is("legacyDrawing")) {
                    hasLegacyDrawing = true;
                } else if (depth == 2 && legacyInsert < 0 && AFTER_LEGACY.stream().anyMatch(x::is)) {
                    legacyInsert = x.tagStart();
                } else if (depth == 3 && x.is("row")) {
                    int r = x.number(x.attrRange("r"));
                    if (r <= 0 || r > CellAddress.MAX_ROWS) {
                        throw new DirectUnsupported("row without r");
                    }
                    row = new RowAt(r - 1, x.tagStart(), x.tagEnd(), x.selfClosing());
                    rows.put(row.row, row);
                } else if (depth == 4 && x.is("c") && row != null) {
                    long ref = x.cellRef(x.attrRange("r"));
                    if (ref < 0) {
                        throw new DirectUnsupported("cell without r");
                    }
                    cellCol = CellAddress.colOf(ref);
                    cellTagStart = x.tagStart();
                    cellTagEnd = x.tagEnd();
                    int s = x.number(x.attrRange("s"));
                    cellStyle = Math.max(s, 0);
                    cellValue = false;
                    cellV = false;
                    String t = x.attr("t");
                    cellNumeric = t == null || t.equals("n");
                } else if (depth == 5 && (x.is("v") || x.is("f") || x.is("is"))) {
                    cellValue = true;
                    cellV |= x.is("v");
                }
            } else if (e == XmlScanner.Event.END) {
                if (depth == 4 && x.is("c") && row != null) {
                    row.cells.add(new CellAt(cellCol, cellTagStart, cellTagEnd, x.tagEnd(), cellStyle, cellValue, cellNumeric && cellV));
                } else if (depth == 3 && x.is("row") && row != null) {
                    row.endTagStart = x.tagStart();
                    row = null;
                } else if (depth == 2 && x.is("sheetData")) {
                    sheetDataEnd = x.tagStart();
                } else if (depth == 1) {
                    worksheetEnd = x.tagStart();
                }
                depth--;
            }
        }
        if (sheetDataStart < 0 || worksheetEnd < 0) {
            throw new DirectUnsupported("worksheet without sheetData");
        }
        if (legacyInsert < 0) {
            legacyInsert = worksheetEnd;
        }
    }

    /** Whether the element name at this tag carries a namespace prefix ({@code <x:worksheet>}). */
    static boolean prefixed(byte[] src, int tagStart) {
        for (int i = tagStart + 1; i < src.length; i++) {
            byte c = src[i];
            if (c == ':') {
                return true;
            }
            if (c == ' ' || c == '>' || c == '/' || c == '\t' || c == '\n' || c == '\r') {
                return false;
            }
        }
        return false;
    }

    boolean hasComments() {
        return hasLegacyDrawing;
    }

    /** The format index of the cell, 0 when the cell does not exist. */
    int styleOf(int row, int col) {
        CellAt c = find(row, col);
        return c == null ? 0 : c.style();
    }

    boolean hasValue(int row, int col) {
        CellAt c = find(row, col);
        return c != null && c.hasValue();
    }

    /** The format of the nearest cell holding a number ({@link NeighbourFormat}); -1 when there is none. */
    int neighbourStyle(int row, int col, Formats formats) {
        int[] at = NeighbourFormat.nearestNumber(new NeighbourFormat.Cells() {
            @Override
            public NeighbourFormat.Kind kind(int r, int c) {
                CellAt cell = find(r, c);
                return cell == null || !cell.number() ? NeighbourFormat.Kind.NONE
                    : formats.isGeneral(cell.style()) ? NeighbourFormat.Kind.GENERAL_NUMBER : NeighbourFormat.Kind.FORMATTED_NUMBER;
            }

            @Override
            public List<int[]> formattedNumbers() {
                if (formatted == null) {
                    formatted = new ArrayList<>();
                    rows.values().forEach(r -> r.cells.forEach(c -> {
                        if (c.number() && !formats.isGeneral(c.style())) {
                            formatted.add(new int[] {r.row, c.col()});
                        }
                    }));
                }
                return formatted;
            }

            @Override
            public Object formatOf(int r, int c) {
                return formats.numberFormat(find(r, c).style());
            }
        }, row, col);
        return at == null ? -1 : find(at[0], at[1]).style();
    }

    private CellAt find(int row, int col) {
        RowAt r = rows.get(row);
        if (r == null) {
            return null;
        }
        for (CellAt c : r.cells) {
            if (c.col() == col) {
                return c;
            }
        }
        return null;
    }

    private record Splice(int start, int end, String text) {
    }

    /** The edited part. */
    byte[] apply(Map<CellAddress, CellEdit> edits, String legacyDrawingId) {
        List<Splice> splices = new ArrayList<>();
        Map<Integer, TreeMap<Integer, CellEdit>> newCells = new HashMap<>();
        for (Map.Entry<CellAddress, CellEdit> e : edits.entrySet()) {
            int row = e.getKey().row();
            int col = e.getKey().col();
            CellAt c = find(row, col);
            if (c != null) {
                splices.add(editCell(c, row, e.getValue()));
            } else {
                newCells.computeIfAbsent(row, k -> new TreeMap<>()).put(col, e.getValue());
            }
        }
        TreeMap<Integer, StringBuilder> newRows = new TreeMap<>();
        for (Map.Entry<Integer, TreeMap<Integer, CellEdit>> e : newCells.entrySet()) {
            RowAt r = rows.get(e.getKey());
            if (r == null) {
                StringBuilder sb = new StringBuilder("<row r=\"" + (e.getKey() + 1) + "\">");
                e.getValue().forEach((col, edit) -> sb.append(cellXml(e.getKey(), col, edit)));
                newRows.put(e.getKey(), sb.append("</row>"));
            } else {
                splices.addAll(insertIntoRow(r, e.getValue()));
            }
        }
        for (Map.Entry<Integer, StringBuilder> e : newRows.entrySet()) {
            Map.Entry<Integer, RowAt> after = rows.higherEntry(e.getKey());
            int at = after != null ? after.getValue().tagStart : sheetDataSelfClosing ? sheetDataStart : sheetDataEnd;
            splices.add(new Splice(at, at, e.getValue().toString()));
        }
        if (sheetDataSelfClosing && !newRows.isEmpty()) {
            String merged = splices.stream().filter(s -> s.start() == sheetDataStart).map(Splice::text).reduce("", String::concat);
            splices.removeIf(s -> s.start() == sheetDataStart && s.end() == sheetDataStart);
            splices.add(new Splice(sheetDataStart, sheetDataTagEnd, "<sheetData>" + merged + "</sheetData>"));
        }
        if (legacyDrawingId != null) {
            splices.add(new Splice(legacyInsert, legacyInsert, "<legacyDrawing xmlns:r=\"" + REL_NS + "\" r:id=\"" + legacyDrawingId + "\"/>"));
        }
        splices.sort(Comparator.comparingInt(Splice::start).thenComparingInt(Splice::end));
        ByteArrayOutputStream out = new ByteArrayOutputStream(src.length + 1024);
        int pos = 0;
        for (Splice s : splices) {
            out.write(src, pos, s.start() - pos);
            byte[] b = s.text().getBytes(StandardCharsets.UTF_8);
            out.write(b, 0, b.length);
            pos = s.end();
        }
        out.write(src, pos, src.length - pos);
        return out.toByteArray();
    }

    private Splice editCell(CellAt c, int row, CellEdit edit) {
        if (edit.value() != null && !c.hasValue()) {
            return new Splice(c.tagStart(), c.elementEnd(), cellXml(row, c.col(), edit));
        }
        String tag = new String(src, c.tagStart(), c.tagEnd() - c.tagStart(), StandardCharsets.UTF_8);
        boolean selfClosing = tag.endsWith("/>");
        String body = tag.substring(0, tag.length() - (selfClosing ? 2 : 1));
        Matcher m = S_ATTR.matcher(body);
        body = m.find() ? m.replaceFirst(" s=\"" + edit.style() + "\"") : body + " s=\"" + edit.style() + "\"";
        return new Splice(c.tagStart(), c.tagEnd(), body + (selfClosing ? "/>" : ">"));
    }

    private List<Splice> insertIntoRow(RowAt r, TreeMap<Integer, CellEdit> cells) {
        List<Splice> out = new ArrayList<>();
        String rowTag = new String(src, r.tagStart, r.tagEnd - r.tagStart, StandardCharsets.UTF_8);
        rowTag = SPANS.matcher(rowTag).replaceFirst("");
        if (r.selfClosing) {
            StringBuilder sb = new StringBuilder(rowTag.substring(0, rowTag.length() - 2)).append('>');
            cells.forEach((col, edit) -> sb.append(cellXml(r.row, col, edit)));
            out.add(new Splice(r.tagStart, r.tagEnd, sb.append("</row>").toString()));
            return out;
        }
        out.add(new Splice(r.tagStart, r.tagEnd, rowTag));
        Map<Integer, StringBuilder> at = new TreeMap<>();
        for (Map.Entry<Integer, CellEdit> e : cells.entrySet()) {
            int pos = r.endTagStart;
            for (CellAt c : r.cells) {
                if (c.col() > e.getKey()) {
                    pos = c.tagStart();
                    break;
                }
            }
            at.computeIfAbsent(pos, k -> new StringBuilder()).append(cellXml(r.row, e.getKey(), e.getValue()));
        }
        at.forEach((pos, sb) -> out.add(new Splice(pos, pos, sb.toString())));
        return out;
    }

    private static String cellXml(int row, int col, CellEdit edit) {
        String ref = CellAddresses.a1(row, col);
        if (edit.value() == null) {
            return "<c r=\"" + ref + "\" s=\"" + edit.style() + "\"/>";
        }
        return "<c r=\"" + ref + "\" s=\"" + edit.style() + "\"><v>" + edit.value() + "</v></c>";
    }
}
