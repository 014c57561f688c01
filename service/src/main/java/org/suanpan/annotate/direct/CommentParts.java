package org.suanpan.annotate.direct;

import org.suanpan.text.Xml;
import java.util.List;

/**
 * The two parts that carry cell comments in SpreadsheetML: the comments themselves and the legacy VML drawing
 * that tells Excel where each note box goes.
 */
final class CommentParts {
    static final String AUTHOR = "算盘审核";

    record Note(int row, int col, String text) {
    }

    private CommentParts() {
    }

    static String comments(List<Note> notes) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
            .append("<comments xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><authors><author>")
            .append(AUTHOR).append("</author></authors><commentList>");
        for (Note n : notes) {
            sb.append("<comment ref=\"").append(org.suanpan.read.CellAddresses.a1(n.row(), n.col())).append("\" authorId=\"0\"><text>")
                .append("<r><rPr><b/><sz val=\"9\"/><rFont val=\"宋体\"/><family val=\"3\"/><charset val=\"134\"/></rPr><t>")
                .append(AUTHOR).append("：</t></r><r><rPr><sz val=\"9\"/><rFont val=\"宋体\"/><family val=\"3\"/><charset val=\"134\"/></rPr>")
                .append("<t xml:space=\"preserve\">\n").append(Xml.text(n.text())).append("</t></r></text></comment>");
        }
        return sb.append("</commentList></comments>").toString();
    }

    /** The VML drawing for the notes; {@code block} makes the shape ids unique in the workbook. */
    static String vml(List<Note> notes, int block) {
        StringBuilder sb = new StringBuilder("<xml xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" ")
            .append("xmlns:x=\"urn:schemas-microsoft-com:office:excel\"><o:shapelayout v:ext=\"edit\"><o:idmap v:ext=\"edit\" data=\"")
            .append(block).append("\"/></o:shapelayout>")
            .append("<v:shapetype id=\"_x0000_t202\" coordsize=\"21600,21600\" o:spt=\"202\" path=\"m,l,21600r21600,l21600,xe\">")
            .append("<v:stroke joinstyle=\"miter\"/><v:path gradientshapeok=\"t\" o:connecttype=\"rect\"/></v:shapetype>");
        int k = 1;
        for (Note n : notes) {
            int lines = Math.min(14, 3 + n.text().length() / 30);
            sb.append("<v:shape id=\"_x0000_s").append(block * 1024 + k).append("\" type=\"#_x0000_t202\" style=\"position:absolute;")
                .append("margin-left:80pt;margin-top:2pt;width:260pt;height:").append(lines * 13).append("pt;z-index:").append(k)
                .append(";visibility:hidden\" fillcolor=\"#ffffe1\" o:insetmode=\"auto\"><v:fill color2=\"#ffffe1\"/>")
                .append("<v:shadow on=\"t\" color=\"black\" obscured=\"t\"/><v:path o:connecttype=\"none\"/>")
                .append("<v:textbox style=\"mso-direction-alt:auto\"><div style=\"text-align:left\"></div></v:textbox>")
                .append("<x:ClientData ObjectType=\"Note\"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>")
                .append(n.col() + 1).append(", 15, ").append(n.row()).append(", 2, ").append(n.col() + 5).append(", 15, ")
                .append(n.row() + lines).append(", 16</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>").append(n.row())
                .append("</x:Row><x:Column>").append(n.col()).append("</x:Column></x:ClientData></v:shape>");
            k++;
        }
        return sb.append("</xml>").toString();
    }
}
