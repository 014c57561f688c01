package org.suanpan.read;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.XMLHelper;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an .xlsx by streaming its XML parts straight out of the zip: workbook, relationships, shared strings and
 * sheets. It builds no POI object model; values, formula results and merged regions are all checking needs.
 * The zip goes through POI's {@link ZipSecureFile}, so its zip-bomb guards (inflate ratio, entry size) stay on.
 */
final class XlsxReader {
    private static final XMLInputFactory XML = XMLHelper.newXMLInputFactory();

    private final ReadLimits limits;

    XlsxReader(ReadLimits limits) {
        this.limits = limits;
    }

    Book read(Path file, String fileName) throws IOException {
        try (ZipSecureFile zip = new ZipSecureFile(file.toFile())) {
            String workbookPart = officeDocumentPart(zip);
            if (workbookPart == null || zip.getEntry(workbookPart) == null || !workbookPart.contains("workbook")) {
                if (zip.getEntry("word/document.xml") != null) {
                    throw new UnusableInputException("这是一个 Word 文档（.docx），不是 Excel 工作簿。请上传部门决算公开表的 .xlsx 或 .xls 文件；情况说明请作为“情况说明”上传。");
                }
                if (zip.getEntry("ppt/presentation.xml") != null) {
                    throw new UnusableInputException("这是一个 PowerPoint 演示文稿，不是 Excel 工作簿。请上传部门决算公开表的 .xlsx 或 .xls 文件。");
                }
                throw new UnusableInputException("文件是一个压缩包，但其中没有 Excel 工作簿内容。请上传部门决算公开表的 .xlsx 或 .xls 文件。");
            }
            if (workbookPart.endsWith(".bin")) {
                throw new UnusableInputException("这是 Excel 二进制工作簿（.xlsb），无法读取。请在 Excel 中打开后另存为 .xlsx 再上传。");
            }
            Map<String, String> rels = relationships(zip, workbookPart);
            List<SheetRef> refs = sheetRefs(zip, workbookPart, rels);
            List<String> shared = sharedStrings(zip, workbookPart, rels);
            List<Grid> grids = new ArrayList<>(refs.size());
            for (int i = 0; i < refs.size(); i++) {
                SheetRef ref = refs.get(i);
                ZipArchiveEntry entry = ref.part == null ? null : zip.getEntry(ref.part);
                Grid.Builder builder = Grid.builder(ref.name, i, ref.hidden);
                if (entry != null) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        readSheet(in, shared, builder);
                    }
                }
                grids.add(builder.build());
            }
            return new Book(fileName, BookFormat.XLSX, List.copyOf(grids));
        } catch (XMLStreamException e) {
            throw new UnusableInputException("工作簿内部的 XML 已损坏，无法读取。请在 Excel 或 WPS 中打开后“另存为”新的 .xlsx 文件再上传。", e);
        }
    }

    private static String officeDocumentPart(ZipSecureFile zip) throws IOException, XMLStreamException {
        ZipArchiveEntry rootRels = zip.getEntry("_rels/.rels");
        if (rootRels == null) {
            return zip.getEntry("xl/workbook.xml") != null ? "xl/workbook.xml" : null;
        }
        try (InputStream in = zip.getInputStream(rootRels)) {
            for (String[] rel : readRelationships(in)) {
                if (rel[2].endsWith("/officeDocument")) {
                    return resolve("", rel[1]);
                }
            }
        }
        return null;
    }

    private static Map<String, String> relationships(ZipSecureFile zip, String part) throws IOException, XMLStreamException {
        String dir = directoryOf(part);
        String relsName = dir + "_rels/" + part.substring(dir.length()) + ".rels";
        Map<String, String> map = new HashMap<>();
        ZipArchiveEntry entry = zip.getEntry(relsName);
        if (entry == null) {
            return map;
        }
        try (InputStream in = zip.getInputStream(entry)) {
            for (String[] rel : readRelationships(in)) {
                map.put(rel[0], resolve(dir, rel[1]));
                if (rel[2].endsWith("/sharedStrings")) {
                    map.put("#sharedStrings", resolve(dir, rel[1]));
                }
            }
        }
        return map;
    }

    /** Each relationship as {Id, Target, Type}. */
    private static List<String[]> readRelationships(InputStream in) throws XMLStreamException {
        List<String[]> out = new ArrayList<>();
        XMLStreamReader x = XML.createXMLStreamReader(in);
        try {
            while (x.hasNext()) {
                if (x.next() == XMLStreamConstants.START_ELEMENT && x.getLocalName().equals("Relationship")) {
                    out.add(new String[] {nz(x.getAttributeValue(null, "Id")), nz(x.getAttributeValue(null, "Target")),
                        nz(x.getAttributeValue(null, "Type"))});
                }
            }
        } finally {
            x.close();
        }
        return out;
    }

    private record SheetRef(String name, String part, boolean hidden) {
    }

    private static List<SheetRef> sheetRefs(ZipSecureFile zip, String workbookPart, Map<String, String> rels)
        throws IOException, XMLStreamException {
        List<SheetRef> refs = new ArrayList<>();
        try (InputStream in = zip.getInputStream(zip.getEntry(workbookPart))) {
            XMLStreamReader x = XML.createXMLStreamReader(in);
            try {
                while (x.hasNext()) {
                    if (x.next() == XMLStreamConstants.START_ELEMENT && x.getLocalName().equals("sheet")) {
                        String id = null;
                        String name = null;
                        String state = null;
                        for (int i = 0; i < x.getAttributeCount(); i++) {
                            String local = x.getAttributeLocalName(i);
                            if (local.equals("id")) {
                                id = x.getAttributeValue(i);
                            } else if (local.equals("name")) {
                                name = x.getAttributeValue(i);
                            } else if (local.equals("state")) {
                                state = x.getAttributeValue(i);
                            }
                        }
                        boolean hidden = state != null && !state.equals("visible");
                        refs.add(new SheetRef(name == null ? "Sheet" + (refs.size() + 1) : name, rels.get(id), hidden));
                    }
                }
            } finally {
                x.close();
            }
        }
        return refs;
    }

    private List<String> sharedStrings(ZipSecureFile zip, String workbookPart, Map<String, String> rels)
        throws IOException, XMLStreamException {
        String part = rels.get("#sharedStrings");
        ZipArchiveEntry entry = part == null ? null : zip.getEntry(part);
        if (entry == null) {
            return List.of();
        }
        List<String> strings = new ArrayList<>();
        try (InputStream in = zip.getInputStream(entry)) {
            XMLStreamReader x = XML.createXMLStreamReader(in);
            try {
                StringBuilder sb = null;
                int phonetic = 0;
                while (x.hasNext()) {
                    int ev = x.next();
                    if (ev == XMLStreamConstants.START_ELEMENT) {
                        String local = x.getLocalName();
                        if (local.equals("si")) {
                            sb = new StringBuilder();
                        } else if (local.equals("rPh")) {
                            phonetic++;
                        } else if (local.equals("t") && sb != null && phonetic == 0) {
                            sb.append(x.getElementText());
                        }
                    } else if (ev == XMLStreamConstants.END_ELEMENT) {
                        String local = x.getLocalName();
                        if (local.equals("si") && sb != null) {
                            strings.add(sb.toString());
                            limits.countCells(1);
                            sb = null;
                        } else if (local.equals("rPh")) {
                            phonetic--;
                        }
                    }
                }
            } finally {
                x.close();
            }
        }
        return strings;
    }

    private void readSheet(InputStream in, List<String> shared, Grid.Builder grid) throws XMLStreamException {
        XMLStreamReader x = XML.createXMLStreamReader(in);
        try {
            int row = -1;
            int col = -1;
            String type = null;
            String value = null;
            StringBuilder inline = null;
            boolean formula = false;
            boolean inCell = false;
            while (x.hasNext()) {
                int ev = x.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    String local = x.getLocalName();
                    switch (local) {
                        case "row" -> {
                            String r = x.getAttributeValue(null, "r");
                            row = r == null ? row + 1 : Integer.parseInt(r) - 1;
                            col = -1;
                        }
                        case "c" -> {
                            String r = x.getAttributeValue(null, "r");
                            int[] pos = r == null ? null : CellAddresses.parse(r);
                            if (pos != null) {
                                row = pos[0];
                                col = pos[1];
                            } else {
                                col++;
                            }
                            type = x.getAttributeValue(null, "t");
                            value = null;
                            inline = null;
                            formula = false;
                            inCell = true;
                        }
                        case "v" -> {
                            if (inCell) {
                                value = x.getElementText();
                            }
                        }
                        case "f" -> formula = true;
                        case "is" -> inline = new StringBuilder();
                        case "rPh" -> skipElement(x);
                        case "t" -> {
                            if (inline != null) {
                                inline.append(x.getElementText());
                            }
                        }
                        case "mergeCell" -> grid.merge(CellRange.parse(nz(x.getAttributeValue(null, "ref"))));
                        default -> {
                        }
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT && x.getLocalName().equals("c")) {
                    inCell = false;
                    Cell cell = toCell(row, col, type, value, inline, formula, shared);
                    if (cell != null) {
                        limits.countCells(1);
                        grid.add(cell);
                    }
                }
            }
        } finally {
            x.close();
        }
    }

    private static void skipElement(XMLStreamReader x) throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && x.hasNext()) {
            int ev = x.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private static Cell toCell(int row, int col, String type, String value, StringBuilder inline, boolean formula,
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
            case "inlineStr" -> new Cell(row, col, CellKind.TEXT, inline == null ? nz(value) : inline.toString(), formula);
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
