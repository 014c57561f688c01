package org.suanpan.annotate.direct;

import org.suanpan.text.Xml;
import org.suanpan.read.XmlScanner;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** workbook.xml: its sheets by name, and a new sheet appended with the defined names its filter and print titles need. */
final class WorkbookPatch {
    private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final List<String> AFTER_NAMES = List.of("<calcPr", "<oleSize", "<customWorkbookViews", "<pivotCaches",
        "<smartTagPr", "<smartTagTypes", "<webPublishing", "<fileRecoveryPr", "<webPublishObjects", "<extLst", "</workbook>");

    private String xml;
    private final Map<String, String> sheetIds = new LinkedHashMap<>();
    private int maxSheetId;

    WorkbookPatch(byte[] bytes) throws DirectUnsupported {
        this.xml = new String(bytes, StandardCharsets.UTF_8);
        if (xml.contains("purl.oclc.org/ooxml")) {
            throw new DirectUnsupported("strict OOXML");
        }
        XmlScanner x = new XmlScanner(bytes);
        boolean root = true;
        for (XmlScanner.Event e = x.next(); e != XmlScanner.Event.EOF; e = x.next()) {
            if (e == XmlScanner.Event.START) {
                if (root) {
                    if (SheetPatch.prefixed(bytes, x.tagStart())) {
                        throw new DirectUnsupported("prefixed workbook.xml");
                    }
                    root = false;
                }
                if (x.is("sheet")) {
                    sheetIds.put(x.attr("name"), x.attr("id"));
                    int id = x.number(x.attrRange("sheetId"));
                    maxSheetId = Math.max(maxSheetId, id);
                }
            }
        }
    }

    /** Sheet name → relationship id, in workbook order. */
    Map<String, String> sheets() {
        return sheetIds;
    }

    String freeName(String base) {
        String name = base;
        for (int i = 2; sheetIds.containsKey(name); i++) {
            name = base + "(" + i + ")";
        }
        return name;
    }

    /** Appends a sheet; {@code filterRange} and {@code titleRows} become its _FilterDatabase and Print_Titles names. */
    void addSheet(String name, String relId, String filterRange, String titleRows, String printArea) {
        int index = sheetIds.size();
        String escaped = Xml.text(name);
        String sheet = "<sheet xmlns:r=\"" + REL_NS + "\" name=\"" + escaped + "\" sheetId=\"" + (maxSheetId + 1) + "\" r:id=\"" + relId + "\"/>";
        int close = xml.indexOf("</sheets>");
        xml = xml.substring(0, close) + sheet + xml.substring(close);
        sheetIds.put(name, relId);
        String quoted = "'" + escaped.replace("'", "''") + "'!";
        List<String> names = new ArrayList<>();
        if (filterRange != null) {
            names.add("<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"" + index + "\" hidden=\"1\">" + quoted + filterRange + "</definedName>");
        }
        if (printArea != null) {
            names.add("<definedName name=\"_xlnm.Print_Area\" localSheetId=\"" + index + "\">" + quoted + printArea + "</definedName>");
        }
        if (titleRows != null) {
            names.add("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"" + index + "\">" + quoted + titleRows + "</definedName>");
        }
        if (names.isEmpty()) {
            return;
        }
        String joined = String.join("", names);
        int existing = xml.indexOf("</definedNames>");
        if (existing >= 0) {
            xml = xml.substring(0, existing) + joined + xml.substring(existing);
            return;
        }
        int selfClosed = xml.indexOf("<definedNames/>");
        if (selfClosed >= 0) {
            xml = xml.substring(0, selfClosed) + "<definedNames>" + joined + "</definedNames>" + xml.substring(selfClosed + "<definedNames/>".length());
            return;
        }
        int at = xml.length();
        for (String tag : AFTER_NAMES) {
            int i = xml.indexOf(tag, xml.indexOf("</sheets>"));
            if (i >= 0) {
                at = Math.min(at, i);
            }
        }
        xml = xml.substring(0, at) + "<definedNames>" + joined + "</definedNames>" + xml.substring(at);
    }

    /** The index of the sheet the workbook opens on (activeTab, 0 when not given). */
    int activeTab() {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<workbookView\\b[^>]*\\sactiveTab=\"(\\d+)\"").matcher(xml);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** Makes the workbook open on sheet {@code index}. */
    void activate(int index) {
        java.util.regex.Matcher view = java.util.regex.Pattern.compile("<workbookView\\b[^>]*?(/?)>").matcher(xml);
        if (view.find()) {
            String tag = view.group();
            String changed = tag.matches("(?s).*\\sactiveTab=\"\\d+\".*")
                ? tag.replaceFirst("\\sactiveTab=\"\\d+\"", " activeTab=\"" + index + "\"")
                : tag.replaceFirst("<workbookView", "<workbookView activeTab=\"" + index + "\"");
            xml = xml.substring(0, view.start()) + changed + xml.substring(view.end());
            return;
        }
        int sheets = xml.indexOf("<sheets");
        if (sheets >= 0) {
            xml = xml.substring(0, sheets) + "<bookViews><workbookView activeTab=\"" + index + "\"/></bookViews>" + xml.substring(sheets);
        }
    }

    String xml() {
        return xml;
    }
}
