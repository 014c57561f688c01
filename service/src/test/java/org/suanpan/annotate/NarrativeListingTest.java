package org.suanpan.annotate;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.suanpan.cli.Cli;
import org.suanpan.testing.Fixtures;
import org.suanpan.testing.Variants;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code annotate --narrative} lists the 情况说明's findings on the 审核结果 sheet with the workbook's own. */
class NarrativeListingTest {
    @TempDir
    Path dir;

    @Test
    void narrativeFindingsAreListedWithTheirParagraphAndQuote() throws Exception {
        Path out = dir.resolve("审核后.xlsx");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
            .run("annotate", Fixtures.sample(Fixtures.SAMPLE_2023).toString(), "--narrative", Fixtures.seed("002").toString(), "-o", out.toString());
        assertEquals(1, code, err.toString(StandardCharsets.UTF_8));
        List<String> lines = new ArrayList<>();
        try (var wb = Variants.open(out)) {
            Sheet s = wb.getSheet(ResultTable.NAME);
            for (int r = ResultTable.HEADER_ROW + 1; r <= s.getLastRowNum(); r++) {
                Row row = s.getRow(r);
                StringBuilder sb = new StringBuilder();
                for (int c = 0; c < ResultTable.COLUMNS.size(); c++) {
                    sb.append(row.getCell(c) == null ? "" : row.getCell(c).toString()).append(" | ");
                }
                lines.add(sb.toString());
            }
        }
        assertTrue(lines.stream().anyMatch(l -> l.contains("一般公共服务") && l.contains("628.04") && l.contains("错误")), String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(l -> l.contains("增长") && l.contains("100%")), String.join("\n", lines));
        assertTrue(lines.stream().allMatch(l -> l.contains("错误") || l.contains("警告") || l.contains("提示")), String.join("\n", lines));
        // a share is printed as one: “| N02 | … | 100% | 0.55% |”, never as 100.00 万元
        assertTrue(lines.stream().anyMatch(l -> l.contains("| N02 |") && l.contains("| 100% | 0.55% |")), String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(l -> l.contains("| N03 |") && l.contains("| 100% | 0% |")), String.join("\n", lines));
    }

    @Test
    void theTextReportPrintsSharesAndRatesWithTheirPerCentSign() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
            .run("check", Fixtures.sample(Fixtures.SAMPLE_2023).toString(), "--narrative", Fixtures.seed("002").toString(), "--format", "text");
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("| 100% | 0.55% |"), text);
        assertTrue(text.contains("| 628.04 | 0.00 |"), "amounts stay amounts: " + text);
        assertTrue(text.contains("【先改】情况说明第") && text.contains("一般公共服务（类）"), "the summary names the sentence to correct: " + text);
    }

    @Test
    void aTextCheckedOnItsOwnSaysItWasNotComparedWithTheTables() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
            .run("check", "--narrative", Fixtures.seed("004").toString(), "--format", "text");
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("【未核对】没有提供公开表工作簿（决算或部门预算）"), text);
        assertTrue(!text.contains("审核结果表"), "no 审核结果 sheet to write in without a workbook: " + text);
    }
}
