package org.suanpan.annotate.direct;

import org.suanpan.text.Xml;
import org.suanpan.annotate.ResultTable;
import org.suanpan.read.CellAddresses;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Writes the {@link ResultTable} as worksheet XML, with its formats added to styles.xml. */
final class ResultSheetXml {
    private static final String THIN = "<border><left style=\"thin\"/><right style=\"thin\"/><top style=\"thin\"/><bottom style=\"thin\"/><diagonal/></border>";

    private ResultSheetXml() {
    }

    static String xml(ResultTable table, StylesPatch styles) {
        Map<ResultTable.Role, Integer> xf = formats(styles);
        int wrapped = styles.addXf(xf(0, 0, 0, 0, "<alignment vertical=\"top\" wrapText=\"1\"/>"));
        int last = table.lastRow();
        int width = ResultTable.COLUMNS.size();
        String lastCol = CellAddresses.column(width - 1);
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
            .append("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" ")
            .append("xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">")
            .append("<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr><dimension ref=\"A1:").append(CellAddresses.column(ResultTable.RECORD)).append(last + 1).append("\"/>")
            .append("<sheetViews><sheetView tabSelected=\"1\" workbookViewId=\"0\"><pane ySplit=\"").append(ResultTable.HEADER_ROW + 1)
            .append("\" topLeftCell=\"A").append(ResultTable.HEADER_ROW + 2).append("\" activePane=\"bottomLeft\" state=\"frozen\"/>")
            .append("</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/><cols>");
        for (int c = 0; c < ResultTable.WIDTHS.length; c++) {
            sb.append("<col min=\"").append(c + 1).append("\" max=\"").append(c + 1).append("\" width=\"").append(ResultTable.WIDTHS[c])
                .append("\" customWidth=\"1\"").append(c >= ResultTable.KEY ? " hidden=\"1\"" : "").append("/>");
        }
        for (int c = ResultTable.WIDTHS.length; c <= ResultTable.RECORD; c++) {
            sb.append("<col min=\"").append(c + 1).append("\" max=\"").append(c + 1).append("\" width=\"10\" customWidth=\"1\" hidden=\"1\"/>");
        }
        sb.append("</cols><sheetData>");
        StringBuilder links = new StringBuilder();
        List<List<ResultTable.Item>> rows = table.rows();
        for (int r = 0; r < rows.size(); r++) {
            List<ResultTable.Item> items = rows.get(r);
            int lines = r == 0 ? 0 : r > ResultTable.HEADER_ROW && items.size() > 1 ? ResultTable.lines(items)
                : r < ResultTable.HEADER_ROW && r != ResultTable.LEGEND_ROW && !items.isEmpty() && items.get(0) != null
                ? ResultTable.summaryLines(items.get(0).text()) : 1;
            sb.append("<row r=\"").append(r + 1).append('"').append(r == 0 ? " ht=\"24\" customHeight=\"1\""
                : lines > 1 ? " ht=\"" + lines * 15 + "\" customHeight=\"1\"" : "").append('>');
            for (int c = 0; c < items.size(); c++) {
                ResultTable.Item item = items.get(c);
                if (item == null) {
                    continue;
                }
                ResultTable.Role role = r > 0 && r < ResultTable.HEADER_ROW && r != ResultTable.LEGEND_ROW && c == 0 ? null : item.role();
                String ref = CellAddresses.a1(r, c);
                sb.append("<c r=\"").append(ref).append("\" s=\"").append(role == null ? wrapped : xf.get(role)).append('"');
                if (item.number() != null) {
                    sb.append("><v>").append(item.number().toPlainString()).append("</v></c>");
                } else if (item.text() != null && !item.text().isEmpty()) {
                    sb.append(" t=\"inlineStr\"><is><t xml:space=\"preserve\">").append(Xml.text(item.text())).append("</t></is></c>");
                } else {
                    sb.append("/>");
                }
                if (item.link() != null) {
                    links.append("<hyperlink ref=\"").append(ref).append("\" location=\"").append(Xml.text(item.link()))
                        .append("\" display=\"").append(Xml.text(item.text())).append("\"/>");
                }
            }
            sb.append("</row>");
        }
        sb.append("</sheetData>");
        if (table.hasFindings()) {
            sb.append("<autoFilter ref=\"A").append(ResultTable.HEADER_ROW + 1).append(':').append(lastCol).append(table.lastListedRow() + 1).append("\"/>");
        }
        String lastShown = CellAddresses.column(ResultTable.KEY - 1);
        StringBuilder merges = new StringBuilder();
        int count = 0;
        for (int r = 0; r < ResultTable.HEADER_ROW - 1; r++) {
            if (r != ResultTable.LEGEND_ROW) {
                merges.append("<mergeCell ref=\"A").append(r + 1).append(':').append(lastShown).append(r + 1).append("\"/>");
                count++;
            }
        }
        sb.append("<mergeCells count=\"").append(count).append("\">").append(merges).append("</mergeCells>");
        if (!links.isEmpty()) {
            sb.append("<hyperlinks>").append(links).append("</hyperlinks>");
        }
        return sb.append("<pageMargins left=\"0.5\" right=\"0.5\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>")
            .append("<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/></worksheet>").toString();
    }

    private static Map<ResultTable.Role, Integer> formats(StylesPatch styles) {
        int bold = styles.addFont("<font><b/><sz val=\"11\"/><name val=\"宋体\"/><family val=\"3\"/><charset val=\"134\"/></font>");
        int big = styles.addFont("<font><b/><sz val=\"14\"/><name val=\"宋体\"/><family val=\"3\"/><charset val=\"134\"/></font>");
        int blue = styles.addFont("<font><u/><sz val=\"11\"/><color rgb=\"FF0000FF\"/><name val=\"宋体\"/><family val=\"3\"/><charset val=\"134\"/></font>");
        int grey = styles.addFill(StylesPatch.solidFill("FFD9D9D9"));
        int rose = styles.addFill(StylesPatch.solidFill("FFFFC7CE"));
        int yellow = styles.addFill(StylesPatch.solidFill("FFFFEB9C"));
        int red = styles.addFill(StylesPatch.solidFill("FFFF5050"));
        int blueFill = styles.addFill(StylesPatch.solidFill("FFDDEBF7"));
        int thin = styles.addBorder(THIN);
        Map<ResultTable.Role, Integer> xf = new EnumMap<>(ResultTable.Role.class);
        xf.put(ResultTable.Role.TITLE, styles.addXf(xf(0, big, 0, 0, "")));
        xf.put(ResultTable.Role.PLAIN, 0);
        xf.put(ResultTable.Role.HEADER, styles.addXf(xf(0, bold, grey, thin, "<alignment horizontal=\"center\" vertical=\"top\" wrapText=\"1\"/>")));
        xf.put(ResultTable.Role.BODY, styles.addXf(xf(0, 0, 0, thin, "<alignment vertical=\"top\" wrapText=\"1\"/>")));
        xf.put(ResultTable.Role.AMOUNT, styles.addXf(xf(4, 0, 0, thin, "<alignment vertical=\"top\"/>")));
        xf.put(ResultTable.Role.INTEGER, styles.addXf(xf(0, 0, 0, thin, "<alignment vertical=\"top\"/>")));
        xf.put(ResultTable.Role.LINK, styles.addXf(xf(0, blue, 0, thin, "<alignment vertical=\"top\"/>")));
        xf.put(ResultTable.Role.ERROR, styles.addXf(xf(0, 0, rose, thin, "<alignment vertical=\"top\"/>")));
        xf.put(ResultTable.Role.WARNING, styles.addXf(xf(0, 0, yellow, thin, "<alignment vertical=\"top\"/>")));
        xf.put(ResultTable.Role.SUSPECT, styles.addXf(xf(0, 0, red, thin, "<alignment vertical=\"top\"/>")));
        xf.put(ResultTable.Role.FILLED, styles.addXf(xf(0, 0, blueFill, thin, "<alignment vertical=\"top\"/>")));
        return xf;
    }

    private static String xf(int numFmt, int font, int fill, int border, String alignment) {
        return "<xf numFmtId=\"" + numFmt + "\" fontId=\"" + font + "\" fillId=\"" + fill + "\" borderId=\"" + border
            + "\" xfId=\"0\" applyNumberFormat=\"1\" applyFont=\"1\" applyFill=\"1\" applyBorder=\"1\" applyAlignment=\"1\">" + alignment
            + "</xf>";
    }
}
