package org.suanpan.annotate.direct;

import org.suanpan.annotate.Annotator;
import org.suanpan.annotate.MarkRecord;
import org.suanpan.annotate.ResultTable;
import org.suanpan.read.CellAddress;
import org.suanpan.read.CellAddresses;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes marks, comments, filled values and the 审核结果 sheet straight into an .xlsx package: styles.xml gets the new
 * formats, each marked sheet is edited in place, the comments and the new sheet are added as parts, and every other
 * part is copied still compressed. No object model is built, so annotating costs a fraction of opening the workbook
 * in POI. Packages it does not understand (strict OOXML, prefixed elements, sheets that already carry comments) are
 * refused with {@link DirectUnsupported}, and the caller uses POI instead.
 */
public final class DirectXlsx {
    private DirectXlsx() {
    }

    /** Rewrites an .xlsx written by POI so that none of its XML parts carries a character XML forbids. */
    public static void repair(Path xlsx) throws IOException {
        XlsxParts.repair(xlsx);
    }

    /**
     * @param values numbers to write into blank cells (fill), by sheet and cell; each such cell also
     *               needs a note, which gives it the fill mark and the comment
     */
    public static Annotator.Result write(Path input, List<Annotator.CellNote> notes, Map<String, Map<CellAddress, String>> values,
                                         Annotator.Listing listing, Path output) throws IOException, DirectUnsupported {
        try (XlsxParts parts = new XlsxParts(input)) {
            Rels root = new Rels(parts.read("_rels/.rels"));
            Rels.Rel main = root.firstOfType("/officeDocument");
            if (main == null) {
                throw new DirectUnsupported("no office document");
            }
            String workbookPart = Rels.resolve("", main.target());
            WorkbookPatch workbook = new WorkbookPatch(parts.read(workbookPart));
            String wbRelsPart = Rels.relsOf(workbookPart);
            Rels wbRels = new Rels(parts.read(wbRelsPart));
            Rels.Rel stylesRel = wbRels.firstOfType("/styles");
            if (stylesRel == null) {
                throw new DirectUnsupported("no styles part");
            }
            String stylesPart = Rels.resolve(Rels.dirOf(workbookPart), stylesRel.target());
            StylesPatch styles = new StylesPatch(parts.read(stylesPart));
            ContentTypes types = new ContentTypes(parts.text(ContentTypes.PART));

            Map<String, List<Annotator.CellNote>> bySheet = new LinkedHashMap<>();
            notes.forEach(n -> bySheet.computeIfAbsent(n.sheet(), k -> new ArrayList<>()).add(n));
            int marked = 0;
            int sheetNumber = 0;
            List<MarkRecord> records = new ArrayList<>();
            for (Map.Entry<String, String> sheet : workbook.sheets().entrySet()) {
                sheetNumber++;
                List<Annotator.CellNote> sheetNotes = bySheet.get(sheet.getKey());
                if (sheetNotes == null) {
                    continue;
                }
                Rels.Rel rel = wbRels.byId(sheet.getValue());
                if (rel == null) {
                    throw new DirectUnsupported("sheet without relationship");
                }
                String sheetPart = Rels.resolve(Rels.dirOf(workbookPart), rel.target());
                marked += markSheet(parts, types, styles, sheetPart, sheetNotes, values.getOrDefault(sheet.getKey(), Map.of()), sheetNumber,
                    records);
            }
            if (listing != null) {
                // the copy opens on 审核结果, its summary and legend first: the sheet that was selected is no longer
                int active = workbook.activeTab();
                List<String> ids = new ArrayList<>(workbook.sheets().values());
                Rels.Rel activeRel = active < ids.size() ? wbRels.byId(ids.get(active)) : null;
                if (activeRel != null) {
                    String part = Rels.resolve(Rels.dirOf(workbookPart), activeRel.target());
                    String xml = parts.text(part);
                    if (xml != null && xml.contains("tabSelected=\"1\"")) {
                        parts.put(part, xml.replace("tabSelected=\"1\"", "tabSelected=\"0\""));
                    }
                }
                addResultSheet(parts, types, workbook, wbRels, styles, workbookPart, listing, records);
                workbook.activate(workbook.sheets().size() - 1);
            }
            parts.put(stylesPart, styles.bytes());
            parts.put(workbookPart, workbook.xml());
            parts.put(wbRelsPart, wbRels.xml());
            parts.put(ContentTypes.PART, types.xml());
            Path dir = output.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".suanpan-", ".tmp");
            try {
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    parts.write(out);
                }
                Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
            return new Annotator.Result(output, marked, listing == null ? 0 : listing.findings().size());
        } catch (org.suanpan.read.XmlScanner.Malformed e) {
            throw new DirectUnsupported("malformed part: " + e.getMessage());
        }
    }

    private static int markSheet(XlsxParts parts, ContentTypes types, StylesPatch styles, String sheetPart,
                                 List<Annotator.CellNote> notes, Map<CellAddress, String> values, int sheetNumber, List<MarkRecord> records)
        throws IOException, DirectUnsupported {
        byte[] xml = parts.read(sheetPart);
        if (xml == null) {
            throw new DirectUnsupported("missing sheet part " + sheetPart);
        }
        SheetPatch sheet = new SheetPatch(xml);
        if (sheet.hasComments()) {
            throw new DirectUnsupported("sheet already has comments");
        }
        Map<CellAddress, SheetPatch.CellEdit> edits = new HashMap<>();
        List<CommentParts.Note> comments = new ArrayList<>();
        for (Annotator.CellNote n : notes) {
            org.suanpan.Cancel.check();
            CellAddress key = new CellAddress(n.row(), n.col());
            String value = values.get(key);
            int base = sheet.styleOf(n.row(), n.col());
            if (value != null && !sheet.hasValue(n.row(), n.col())) {
                int neighbour = sheet.neighbourStyle(n.row(), n.col(), styles);
                base = neighbour >= 0 ? styles.withNumberFormatOf(base, neighbour) : base;
            } else if (value != null) {
                continue;
            }
            int style = styles.marked(base, n.mark());
            edits.put(key, new SheetPatch.CellEdit(style, value));
            records.add(new MarkRecord(n.sheet(), n.row(), n.col(), base, style, false));
            comments.add(new CommentParts.Note(n.row(), n.col(), n.text()));
        }
        String relsPart = Rels.relsOf(sheetPart);
        Rels rels = new Rels(parts.read(relsPart));
        int n = 1;
        while (parts.has("xl/comments" + n + ".xml") || parts.has("xl/drawings/vmlDrawing" + n + ".vml")) {
            n++;
        }
        String commentsPart = "xl/comments" + n + ".xml";
        String vmlPart = "xl/drawings/vmlDrawing" + n + ".vml";
        String sheetDir = Rels.dirOf(sheetPart);
        rels.add("comments", relative(sheetDir, commentsPart));
        String vmlId = rels.add("vmlDrawing", relative(sheetDir, vmlPart));
        parts.put(commentsPart, CommentParts.comments(comments));
        parts.put(vmlPart, CommentParts.vml(comments, 100 + sheetNumber));
        parts.put(relsPart, rels.xml());
        parts.put(sheetPart, sheet.apply(edits, vmlId));
        types.override(commentsPart, ContentTypes.COMMENTS);
        types.extension("vml", ContentTypes.VML);
        return edits.size();
    }

    private static void addResultSheet(XlsxParts parts, ContentTypes types, WorkbookPatch workbook, Rels wbRels, StylesPatch styles,
                                       String workbookPart, Annotator.Listing listing, List<MarkRecord> records) {
        ResultTable table = new ResultTable(listing, records);
        String name = workbook.freeName(ResultTable.NAME);
        int n = 1;
        while (parts.has("xl/worksheets/sheet" + n + ".xml")) {
            n++;
        }
        String part = "xl/worksheets/sheet" + n + ".xml";
        parts.put(part, ResultSheetXml.xml(table, styles));
        String relId = wbRels.add("worksheet", relative(Rels.dirOf(workbookPart), part));
        String lastCol = CellAddresses.column(ResultTable.COLUMNS.size() - 1);
        int header = ResultTable.HEADER_ROW + 1;
        workbook.addSheet(name, relId, table.hasFindings() ? "$A$" + header + ":$" + lastCol + "$" + (table.lastListedRow() + 1) : null,
            "$" + header + ":$" + header, "$A$1:$" + CellAddresses.column(ResultTable.KEY - 1) + "$" + (table.lastListedRow() + 1));
        types.override(part, ContentTypes.WORKSHEET);
    }

    /** A target path for a relationship from a part in {@code fromDir} to {@code part}. */
    static String relative(String fromDir, String part) {
        if (part.startsWith(fromDir)) {
            return part.substring(fromDir.length());
        }
        String[] from = fromDir.split("/");
        String[] to = part.split("/");
        int common = 0;
        while (common < from.length && common < to.length - 1 && from[common].equals(to[common])) {
            common++;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = common; i < from.length; i++) {
            if (!from[i].isEmpty()) {
                sb.append("../");
            }
        }
        for (int i = common; i < to.length; i++) {
            sb.append(to[i]);
            if (i < to.length - 1) {
                sb.append('/');
            }
        }
        return sb.toString();
    }
}
