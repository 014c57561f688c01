package org.suanpan.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.suanpan.read.BookReader;
import org.suanpan.report.JsonReport;
import org.suanpan.testing.Fixtures;
import org.suanpan.testing.Variants;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BatchCommandTest {
    @TempDir
    Path dir;

    @Test
    void aFolderGivesSummaryFilesProgressAndAnAnnotatedCopyOfEveryWorkbook() throws Exception {
        Path in = Files.createDirectories(dir.resolve("各部门"));
        Files.copy(Fixtures.sample(Fixtures.SAMPLE_2023), in.resolve("甲.xlsx"));
        Variants.variant(Fixtures.sample(Fixtures.SAMPLE_2022), in.resolve("乙.xlsx"), wb -> Variants.setNumber(wb, "表3", "D16", 134.61));
        Files.writeString(in.resolve("丙.xlsx"), "这不是工作簿");
        Path out = dir.resolve("结果");

        CliTest.Run r = CliTest.run("batch", in.toString(), "-o", out.toString(), "--annotate");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("3/3"), r.err());
        assertTrue(r.out().contains("已审核 3 个工作簿"), r.out());

        JsonNode summary = JsonReport.mapper().readTree(out.resolve("summary.json").toFile());
        assertEquals(3, summary.get("rows").size());
        assertEquals(1, summary.get("failed").asInt());
        assertTrue(Files.isRegularFile(out.resolve("审核后").resolve("乙-审核.xlsx")));
        assertTrue(Files.isRegularFile(out.resolve("审核后").resolve("甲-审核.xlsx")), "the valid one has its 审核结果 too");
        assertEquals("汇总", BookReader.read(out.resolve("summary.xlsx")).sheets().get(0).name());
        try (var wb = org.suanpan.testing.Variants.open(out.resolve("summary.xlsx"))) {
            var rows = wb.getSheet("汇总");
            assertEquals("结论", rows.getRow(0).getCell(8).getStringCellValue());
            assertEquals("出错说明", wb.getSheet("审核结果").getRow(0).getCell(12).getStringCellValue());
            assertTrue(wb.getSheet("审核结果").getLastRowNum() >= 3, "every finding of 乙 is listed");
        }
        if (!org.suanpan.testing.Office.skipped()) {
            String text = org.suanpan.testing.Office.text(org.suanpan.testing.Office.toPdf(out.resolve("summary.xlsx")));
            assertTrue(text.contains("不通过") && text.contains("无法审核"), text);
        }
    }

    @Test
    void aZipOfCleanWorkbooksExitsZero() throws Exception {
        Path zip = dir.resolve("批量.zip");
        try (OutputStream os = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(os)) {
            for (String name : new String[]{"a/决算.xlsx", "b/决算.xlsx"}) {
                z.putNextEntry(new ZipEntry(name));
                z.write(Files.readAllBytes(Fixtures.sample(Fixtures.SAMPLE_2022)));
                z.closeEntry();
            }
        }
        CliTest.Run r = CliTest.run("batch", zip.toString(), "-o", dir.resolve("out").toString());
        assertEquals(0, r.code(), r.err() + r.out());
        JsonNode summary = JsonReport.mapper().readTree(dir.resolve("out").resolve("summary.json").toFile());
        assertEquals("a/决算.xlsx", summary.get("rows").get(0).get("file").asText());
    }

    @Test
    void aMissingFolderExitsTwoWithAMessage() {
        CliTest.Run r = CliTest.run("batch", dir.resolve("没有").toString(), "-o", dir.resolve("out").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("找不到"), r.err());
    }
}
