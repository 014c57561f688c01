package org.suanpan.explain;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A Word document with Chinese fonts and real heading styles (标题 1–3, so Word's navigation pane and table of
 * contents work): 黑体 for headings, 仿宋 for the text, as government documents are set.
 */
final class DraftDocument implements AutoCloseable {
    private static final String BODY_FONT = "仿宋";
    private static final String HEADING_FONT = "黑体";
    private final XWPFDocument doc = new XWPFDocument();

    DraftDocument() {
        XWPFStyles styles = doc.createStyles();
        addStyle(styles, "Title", "Title", 0, 44, true);
        addStyle(styles, "Heading1", "heading 1", 0, 32, true);
        addStyle(styles, "Heading2", "heading 2", 1, 30, true);
        addStyle(styles, "Heading3", "heading 3", 2, 30, false);
    }

    private static void addStyle(XWPFStyles styles, String id, String name, int level, int halfPoints, boolean bold) {
        CTStyle ct = CTStyle.Factory.newInstance();
        ct.setStyleId(id);
        ct.setType(STStyleType.PARAGRAPH);
        ct.addNewName().setVal(name);
        ct.addNewQFormat();
        CTPPrGeneral ppr = ct.addNewPPr();
        if (!id.equals("Title")) {
            ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(level));
        }
        ppr.addNewKeepNext();
        var spacing = ppr.addNewSpacing();
        spacing.setBefore(BigInteger.valueOf(240));
        spacing.setAfter(BigInteger.valueOf(120));
        CTRPr rpr = ct.addNewRPr();
        CTFonts fonts = rpr.addNewRFonts();
        fonts.setEastAsia(HEADING_FONT);
        fonts.setAscii(HEADING_FONT);
        fonts.setHAnsi(HEADING_FONT);
        if (bold) {
            rpr.addNewB();
        }
        rpr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        styles.addStyle(new XWPFStyle(ct, styles));
    }

    XWPFDocument document() {
        return doc;
    }

    void title(String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle("Title");
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, text, HEADING_FONT, 22, true);
    }

    void heading(int level, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle("Heading" + level);
        run(p, text, HEADING_FONT, level == 1 ? 16 : 15, level < 3);
    }

    /** A body paragraph, first line indented by two characters. */
    void paragraph(String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setIndentationFirstLine(640);
        p.setSpacingBetween(1.5);
        run(p, text, BODY_FONT, 16, false);
    }

    /** A centred paragraph with an empty run for a chart to go into. */
    XWPFRun chartRun() {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        return p.createRun();
    }

    void caption(String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, text, HEADING_FONT, 12, false);
    }

    private static void run(XWPFParagraph p, String text, String font, int points, boolean bold) {
        XWPFRun r = p.createRun();
        r.setText(org.suanpan.text.Xml.safe(text));
        r.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        r.setFontFamily(font, XWPFRun.FontCharRange.ascii);
        r.setFontFamily(font, XWPFRun.FontCharRange.hAnsi);
        r.setFontSize(points);
        r.setBold(bold);
    }

    void save(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        try (OutputStream out = Files.newOutputStream(target)) {
            doc.write(out);
        }
    }

    @Override
    public void close() throws IOException {
        doc.close();
    }
}
