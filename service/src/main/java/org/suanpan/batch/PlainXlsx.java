package org.suanpan.batch;

import org.suanpan.read.CellAddresses;
import org.suanpan.text.Xml;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a plain .xlsx — text and numbers, a bold header row, money and percent formats, frozen headers, column
 * widths — straight into the package, row by row. A batch summary needs nothing more, and writing it this way costs
 * milliseconds where loading POI's XSSF classes alone costs half a second of a batch run.
 */
final class PlainXlsx implements Closeable {
    /** How a cell looks: the index of its format in the fixed styles part. */
    enum Style { PLAIN, HEADER, MONEY, PERCENT }

    private final ZipOutputStream zip;
    private final Writer out;
    private final List<String> sheets = new ArrayList<>();
    private boolean inSheet;
    private int row;

    PlainXlsx(Path target) throws IOException {
        OutputStream os = Files.newOutputStream(target);
        this.zip = new ZipOutputStream(os, StandardCharsets.UTF_8);
        this.out = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
    }

    /** Starts a sheet whose first {@code frozenRows} rows stay in view; widths are in characters. */
    void sheet(String name, int[] widths, int frozenRows) throws IOException {
        endSheet();
        sheets.add(name);
        zip.putNextEntry(new ZipEntry("xl/worksheets/sheet" + sheets.size() + ".xml"));
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
        out.write("<sheetViews><sheetView workbookViewId=\"0\"" + (sheets.size() == 1 ? " tabSelected=\"1\"" : "") + ">");
        if (frozenRows > 0) {
            out.write("<pane ySplit=\"" + frozenRows + "\" topLeftCell=\"A" + (frozenRows + 1) + "\" activePane=\"bottomLeft\" state=\"frozen\"/>");
        }
        out.write("</sheetView></sheetViews><cols>");
        for (int i = 0; i < widths.length; i++) {
            out.write("<col min=\"" + (i + 1) + "\" max=\"" + (i + 1) + "\" width=\"" + widths[i] + "\" customWidth=\"1\"/>");
        }
        out.write("</cols><sheetData>");
        inSheet = true;
        row = 0;
    }

    /** The next row: a String is text, a Number a number, null an empty cell; styles apply per cell, the last repeating. */
    void row(List<?> values, Style... styles) throws IOException {
        row++;
        out.write("<row r=\"" + row + "\">");
        for (int c = 0; c < values.size(); c++) {
            Object v = values.get(c);
            if (v == null || (v instanceof String s && s.isEmpty())) {
                continue;
            }
            Style st = styles.length == 0 ? Style.PLAIN : styles[Math.min(c, styles.length - 1)];
            String ref = CellAddresses.a1(row - 1, c);
            String s = st == Style.PLAIN ? "" : " s=\"" + st.ordinal() + "\"";
            if (v instanceof Number n) {
                double d = n.doubleValue();
                if (Double.isFinite(d)) {
                    out.write("<c r=\"" + ref + "\"" + s + "><v>" + n + "</v></c>");
                }
            } else {
                out.write("<c r=\"" + ref + "\"" + s + " t=\"inlineStr\"><is><t xml:space=\"preserve\">" + Xml.text(v.toString()) + "</t></is></c>");
            }
        }
        out.write("</row>");
    }

    private void endSheet() throws IOException {
        if (inSheet) {
            out.write("</sheetData><pageMargins left=\"0.5\" right=\"0.5\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
                + "<pageSetup orientation=\"landscape\" paperSize=\"9\"/></worksheet>");
            out.flush();
            zip.closeEntry();
            inSheet = false;
        }
    }

    @Override
    public void close() throws IOException {
        endSheet();
        part("[Content_Types].xml", contentTypes());
        part("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        StringBuilder wb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
            + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>");
        StringBuilder rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        for (int i = 1; i <= sheets.size(); i++) {
            wb.append("<sheet name=\"").append(Xml.text(sheets.get(i - 1))).append("\" sheetId=\"").append(i).append("\" r:id=\"rId").append(i).append("\"/>");
            rels.append("<Relationship Id=\"rId").append(i).append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet")
                .append(i).append(".xml\"/>");
        }
        wb.append("</sheets></workbook>");
        rels.append("<Relationship Id=\"rId").append(sheets.size() + 1)
            .append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/></Relationships>");
        part("xl/workbook.xml", wb.toString());
        part("xl/_rels/workbook.xml.rels", rels.toString());
        part("xl/styles.xml", STYLES);
        out.close();
    }

    private void part(String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        out.write(content);
        out.flush();
        zip.closeEntry();
    }

    private String contentTypes() {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
        for (int i = 1; i <= sheets.size(); i++) {
            sb.append("<Override PartName=\"/xl/worksheets/sheet").append(i)
                .append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        }
        return sb.append("</Types>").toString();
    }

    /** Cell styles in {@link Style} order: plain, bold on grey with a border, #,##0.00, 0.0%. */
    private static final String STYLES = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"#,##0.00\"/></numFmts>"
        + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"宋体\"/></font><font><b/><sz val=\"11\"/><name val=\"宋体\"/></font></fonts>"
        + "<fills count=\"3\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>"
        + "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFD9D9D9\"/><bgColor indexed=\"64\"/></patternFill></fill></fills>"
        + "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>"
        + "<border><left style=\"thin\"/><right style=\"thin\"/><top style=\"thin\"/><bottom style=\"thin\"/><diagonal/></border></borders>"
        + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        + "<cellXfs count=\"4\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
        + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"2\" borderId=\"1\" xfId=\"0\" applyFont=\"1\" applyFill=\"1\" applyBorder=\"1\"/>"
        + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
        + "<xf numFmtId=\"10\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/></cellXfs>"
        + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>";
}
