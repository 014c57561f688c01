package org.suanpan.cli;

import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.suanpan.testing.BadInputs;
import org.suanpan.testing.Fixtures;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every input that cannot be used exits 2 with a Chinese message that says what to do, and no stack trace. */
class UnusableInputTest {
    @TempDir
    Path dir;

    private void assertRefused(Path file, String expectedWords) {
        CliTest.Run r = CliTest.run("check", file.toString());
        assertEquals(2, r.code(), "exit code for " + file.getFileName() + ": " + r.err());
        assertEquals("", r.out());
        assertTrue(r.err().contains(expectedWords), r.err());
        assertTrue(r.err().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
        assertTrue(r.err().contains("请"), "the message should say what to do: " + r.err());
    }

    @Test
    void emptyFile() throws IOException {
        assertRefused(Files.write(dir.resolve("空.xlsx"), new byte[0]), "空的");
    }

    @Test
    void randomBytes() throws IOException {
        byte[] bytes = new byte[4096];
        new Random(7).nextBytes(bytes);
        bytes[0] = 1;
        assertRefused(Files.write(dir.resolve("random.xlsx"), bytes), "不是 Excel 工作簿");
    }

    @Test
    void truncatedWorkbook() throws IOException {
        byte[] sample = Files.readAllBytes(Fixtures.sample(Fixtures.SAMPLE_2023));
        byte[] half = java.util.Arrays.copyOf(sample, sample.length / 2);
        assertRefused(Files.write(dir.resolve("truncated.xlsx"), half), "损坏");
    }

    @Test
    void csvNamedXls() throws IOException {
        assertRefused(Files.writeString(dir.resolve("table.xls"), "项目,行次,金额\n本年收入合计,27,1183.81\n", StandardCharsets.UTF_8), "CSV");
    }

    @Test
    void htmlNamedXls() throws IOException {
        assertRefused(Files.writeString(dir.resolve("export.xls"), "<html><body><table><tr><td>收入支出决算总表</td></tr></table></body></html>"),
            "网页");
    }

    @Test
    void wordDocumentNamedXlsx() throws IOException {
        assertRefused(BadInputs.docx(dir.resolve("说明.xlsx")), "Word");
    }

    @Test
    void workbookWithNoneOfTheTables() throws IOException {
        assertRefused(BadInputs.noTables(dir.resolve("other.xlsx")), "没有找到任何一张");
    }

    @Test
    void passwordProtectedXlsx() throws Exception {
        assertRefused(BadInputs.encrypted(Fixtures.sample(Fixtures.SAMPLE_2023), dir.resolve("加密.xlsx")), "密码");
    }

    @Test
    void passwordProtectedXls() throws IOException {
        Path file = dir.resolve("加密.xls");
        Biff8EncryptionKey.setCurrentUserPassword("secret");
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            wb.createSheet("表1").createRow(0).createCell(0).setCellValue("收入支出决算总表");
            wb.write(out);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
        assertRefused(file, "密码");
    }

    @Test
    void missingFile() {
        assertRefused(dir.resolve("没有这个文件.xlsx"), "找不到");
    }
}
