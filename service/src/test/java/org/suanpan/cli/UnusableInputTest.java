package org.suanpan.cli;

import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
        Path file = dir.resolve("说明.xlsx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            doc.createParagraph().createRun().setText("情况说明");
            doc.write(out);
        }
        assertRefused(file, "Word");
    }

    @Test
    void workbookWithNoneOfTheTables() throws IOException {
        Path file = dir.resolve("other.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            var s = wb.createSheet("工资表");
            s.createRow(0).createCell(0).setCellValue("职工工资发放表");
            s.createRow(1).createCell(0).setCellValue(1234.5);
            wb.write(out);
        }
        assertRefused(file, "没有找到任何一张");
    }

    @Test
    void passwordProtectedXlsx() throws Exception {
        Path plain = Fixtures.sample(Fixtures.SAMPLE_2023);
        Path file = dir.resolve("加密.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword("secret");
            try (OutputStream os = enc.getDataStream(fs)) {
                Files.copy(plain, os);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        assertRefused(file, "密码");
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
