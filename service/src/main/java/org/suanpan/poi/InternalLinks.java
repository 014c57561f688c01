package org.suanpan.poi;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Links to a place in the workbook, written as Excel writes them. Some tools store such a link as an external target
 * “#表1!A1”; POI, saving it again, percent-encodes the target (“#%E8%A1%A81!A1”) and the link no longer jumps. Before a
 * workbook parsed by POI is saved, each such link becomes a {@code location} of its own sheet, quoted: {@code '表1'!A1}.
 */
public final class InternalLinks {
    private InternalLinks() {
    }

    public static void asLocations(Workbook wb) {
        for (Sheet sheet : wb) {
            if (!(sheet instanceof XSSFSheet s)) {
                continue;
            }
            for (XSSFHyperlink h : List.copyOf(s.getHyperlinkList())) {
                String address = h.getAddress();
                if (h.getType() == HyperlinkType.DOCUMENT || address == null || !address.startsWith("#") || address.length() < 2) {
                    continue;
                }
                XSSFHyperlink link = (XSSFHyperlink) wb.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
                link.setAddress(location(address.substring(1)));
                link.setFirstRow(h.getFirstRow());
                link.setLastRow(h.getLastRow());
                link.setFirstColumn(h.getFirstColumn());
                link.setLastColumn(h.getLastColumn());
                if (h.getTooltip() != null) {
                    link.setTooltip(h.getTooltip());
                }
                String rel = h.getCTHyperlink().getId();
                if (rel != null && s.getPackagePart().getRelationship(rel) != null) {
                    s.getPackagePart().removeRelationship(rel);
                }
                s.removeHyperlink(h.getFirstRow(), h.getFirstColumn());
                s.addHyperlink(link);
            }
        }
    }

    /** {@code 表1!A1} as Excel writes it: the sheet name quoted, a quote in it doubled. */
    static String location(String target) {
        String t = target.contains("%") ? decode(target) : target;
        int bang = t.lastIndexOf('!');
        if (bang <= 0 || t.startsWith("'")) {
            return t;
        }
        return "'" + t.substring(0, bang).replace("'", "''") + "'" + t.substring(bang);
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }
}
