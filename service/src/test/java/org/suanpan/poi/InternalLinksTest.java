package org.suanpan.poi;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.suanpan.annotate.Annotator;
import org.suanpan.testing.Fixtures;
import org.suanpan.testing.Variants;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A link to a place in the workbook still jumps after POI has written the annotated copy. */
class InternalLinksTest {
    @TempDir
    Path dir;

    @Test
    void anInternalLinkStoredAsATargetIsWrittenAsExcelWritesIt() throws Exception {
        Path input = Variants.variant(Fixtures.sample(Fixtures.SAMPLE_2023), dir.resolve("links.xlsx"), wb -> {
            Variants.setNumber(wb, "公开01表", "C7", 99999);
            var h = wb.getCreationHelper().createHyperlink(org.apache.poi.common.usermodel.HyperlinkType.URL);
            h.setAddress("#公开02表!A1");
            wb.getSheet("公开01表").getRow(0).getCell(0).setHyperlink(h);
        });
        Path out = dir.resolve("annotated.xlsx");
        System.setProperty("suanpan.annotate.poi", "true");
        try {
            new Annotator().annotate(input, Fixtures.engine().check(input), out);
        } finally {
            System.clearProperty("suanpan.annotate.poi");
        }
        StringBuilder all = new StringBuilder();
        try (ZipFile z = new ZipFile(out.toFile())) {
            for (var e : Collections.list(z.entries())) {
                if (e.getName().startsWith("xl/worksheets/")) {
                    all.append(new String(z.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        assertTrue(all.indexOf("location=\"'公开02表'!A1\"") >= 0, "the link keeps its place");
        assertFalse(all.indexOf("%E5%85%AC") >= 0, "no percent-encoded sheet name");
        try (var wb = Variants.open(out)) {
            var link = wb.getSheet("公开01表").getRow(0).getCell(0).getHyperlink();
            assertEquals("'公开02表'!A1", link.getAddress());
        }
    }

    @Test
    void sheetNamesAreQuotedOnceAndEncodedNamesDecoded() {
        assertEquals("'表1'!A1", InternalLinks.location("表1!A1"));
        assertEquals("'表1'!A1", InternalLinks.location("%E8%A1%A81!A1"));
        assertEquals("'已''引'!B2", InternalLinks.location("'已''引'!B2"));
        assertEquals("'O''Neil'!B2", InternalLinks.location("O'Neil!B2"));
    }
}
