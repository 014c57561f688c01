package org.suanpan.testing;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * The corpus of bad inputs the hardening tests feed to every entry point, generated afresh: files that are no
 * workbook at all (refused with a message) and workbooks with something wrong inside (checked, with findings).
 */
public final class BadInputs {
    /** What the service should do with an input. */
    public enum Expect { REFUSED, REPORT }

    /** One input: its file, what should happen, and words the refusal message must contain. */
    public record Item(String label, Path file, Expect expect, String words) {
        @Override
        public String toString() {
            return label;
        }
    }

    private BadInputs() {
    }

    public static List<Item> generate(Path dir) throws Exception {
        Files.createDirectories(dir);
        Path sample = Fixtures.sample(Fixtures.SAMPLE_2023);
        List<Item> items = new ArrayList<>();
        items.add(new Item("空文件", Files.write(dir.resolve("空.xlsx"), new byte[0]), Expect.REFUSED, "空的"));
        byte[] random = new byte[8192];
        new Random(11).nextBytes(random);
        random[0] = 3;
        items.add(new Item("随机字节", Files.write(dir.resolve("random.xlsx"), random), Expect.REFUSED, "不是"));
        byte[] bytes = Files.readAllBytes(sample);
        items.add(new Item("截断的 xlsx", Files.write(dir.resolve("truncated.xlsx"), Arrays.copyOf(bytes, bytes.length / 2)),
            Expect.REFUSED, "损坏"));
        items.add(new Item("CSV 冒充 xls", Files.writeString(dir.resolve("table.xls"), "项目,行次,金额\n本年收入合计,27,1183.81\n",
            StandardCharsets.UTF_8), Expect.REFUSED, "CSV"));
        items.add(new Item("网页冒充 xls", Files.writeString(dir.resolve("export.xls"),
            "<html><body><table><tr><td>收入支出决算总表</td></tr></table></body></html>"), Expect.REFUSED, "网页"));
        items.add(new Item("zip 炸弹", zipBomb(sample, dir.resolve("bomb.xlsx")), Expect.REFUSED, "请"));
        items.add(new Item("Word 冒充 xlsx", docx(dir.resolve("说明.xlsx")), Expect.REFUSED, "Word"));
        items.add(new Item("没有任何一张表", noTables(dir.resolve("other.xlsx")), Expect.REFUSED, "没有找到任何一张"));
        items.add(new Item("只有三张表", onlyThree(sample, dir.resolve("三张表.xlsx")), Expect.REPORT, null));
        items.add(new Item("金额写成 12.3.4、约五十、#REF!", oddAmounts(sample, dir.resolve("怪金额.xlsx")), Expect.REPORT, null));
        items.add(new Item("30 万行的附加工作表", hugeSheet(sample, dir.resolve("大表.xlsx")), Expect.REPORT, null));
        items.add(new Item("加密的工作簿", encrypted(sample, dir.resolve("加密.xlsx")), Expect.REFUSED, "密码"));
        items.add(new Item("带宏的 xlsm", Macros.xlsm(sample, dir.resolve("带宏.xlsm")), Expect.REPORT, null));
        String sheet = firstSheetPart(sample);
        items.add(new Item("行号 20 亿", withRow(sample, dir.resolve("row2e9.xlsx"), sheet,
            "<row r=\"2000000000\"><c r=\"A2000000000\"><v>1</v></c></row>"), Expect.REFUSED, "超出了 Excel 的范围"));
        items.add(new Item("行号 1 亿", withRow(sample, dir.resolve("row1e8.xlsx"), sheet,
            "<row r=\"100000000\"><c r=\"A100000000\"><v>1</v></c></row>"), Expect.REFUSED, "超出了 Excel 的范围"));
        items.add(new Item("列号超过 XFD", withRow(sample, dir.resolve("xfe.xlsx"), sheet,
            "<row r=\"500\"><c r=\"XFE500\"><v>1</v></c></row>"), Expect.REFUSED, "超出了 Excel 的范围"));
        items.add(new Item("10 万行各一格在 XFC 列", sparseWide(sample, dir.resolve("稀疏宽表.xlsx"), sheet), Expect.REPORT, null));
        items.add(new Item("XFD16 有数", withRow(sample, dir.resolve("xfd.xlsx"), sheet,
            "<row r=\"1000\"><c r=\"XFC1000\"><v>4</v></c><c r=\"XFD1000\"><v>5</v></c></row>"), Expect.REPORT, null));
        items.add(new Item("超过 32767 字的单元格", withRow(sample, dir.resolve("长文字.xlsx"), sheet,
            "<row r=\"1000\"><c r=\"A1000\" t=\"inlineStr\"><is><t>" + "很长的说明".repeat(7000) + "</t></is></c></row>"),
            Expect.REFUSED, "32767"));
        items.add(new Item("XML 禁用的字符", forbiddenCharacters(sample, dir.resolve("禁用字符\uFFFE.xlsx")), Expect.REPORT, null));
        items.add(new Item("长行名和错误金额", longRowName(sample, dir.resolve("长行名.xlsx")), Expect.REPORT, null));
        items.add(new Item("重复的压缩包条目", duplicatedEntry(sample, dir.resolve("重复条目.xlsx"), sheet, sheet), Expect.REFUSED, "同名的部件"));
        items.add(new Item("大小写相撞的条目", duplicatedEntry(sample, dir.resolve("大小写.xlsx"), sheet,
            sheet.replace("sheet", "Sheet")), Expect.REFUSED, "同名的部件"));
        return items;
    }

    /** A copy of a package with one part's text changed by {@code edit} (every other entry copied as it is). */
    public static Path patched(Path xlsx, Path target, String part, java.util.function.UnaryOperator<String> edit) throws IOException {
        try (ZipFile in = new ZipFile(xlsx.toFile()); OutputStream os = Files.newOutputStream(target); ZipOutputStream out = new ZipOutputStream(os)) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                out.putNextEntry(new ZipEntry(e.getName()));
                try (InputStream data = in.getInputStream(e)) {
                    if (e.getName().equals(part)) {
                        out.write(edit.apply(new String(data.readAllBytes(), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
                    } else {
                        data.transferTo(out);
                    }
                }
                out.closeEntry();
            }
        }
        return target;
    }

    /** The first sheet part of a package, as workbook.xml's first sheet names it. */
    public static String firstSheetPart(Path xlsx) throws IOException {
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            return java.util.Collections.list(zip.entries()).stream().map(ZipEntry::getName)
                .filter(n -> n.matches("xl/worksheets/sheet\\d+\\.xml")).sorted().findFirst().orElseThrow();
        }
    }

    /** Streams rows {@code from}…{@code to - 1} (made by {@code row}) before {@code </sheetData>}: no string of them all. */
    public static Path withRows(Path xlsx, Path target, String part, int from, int to, java.util.function.IntFunction<String> row)
        throws IOException {
        try (ZipFile in = new ZipFile(xlsx.toFile()); OutputStream os = Files.newOutputStream(target); ZipOutputStream out = new ZipOutputStream(os)) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                out.putNextEntry(new ZipEntry(e.getName()));
                try (InputStream data = in.getInputStream(e)) {
                    if (e.getName().equals(part)) {
                        String xml = new String(data.readAllBytes(), StandardCharsets.UTF_8);
                        int at = xml.indexOf("</sheetData>");
                        out.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
                        for (int r = from; r < to; r++) {
                            out.write(row.apply(r).getBytes(StandardCharsets.UTF_8));
                        }
                        out.write(xml.substring(at).getBytes(StandardCharsets.UTF_8));
                    } else {
                        data.transferTo(out);
                    }
                }
                out.closeEntry();
            }
        }
        return target;
    }

    /** Inserts {@code rowXml} just before {@code </sheetData>} of a sheet part. */
    public static Path withRow(Path xlsx, Path target, String part, String rowXml) throws IOException {
        return patched(xlsx, target, part, xml -> xml.replace("</sheetData>", rowXml + "</sheetData>"));
    }

    /** 100 000 rows under the tables, each with one number in column XFC: 1.6 billion cells if stored densely. */
    static Path sparseWide(Path sample, Path target, String part) throws IOException {
        StringBuilder rows = new StringBuilder();
        for (int r = 2000; r < 102_000; r++) {
            rows.append("<row r=\"").append(r).append("\"><c r=\"XFC").append(r).append("\"><v>1</v></c></row>");
        }
        return withRow(sample, target, part, rows.toString());
    }

    /** Sheet names, row names and the file name carrying characters XML 1.0 forbids, with a wrong amount to report. */
    static Path forbiddenCharacters(Path sample, Path target) throws IOException {
        return Variants.variant(sample, target, wb -> {
            wb.setSheetName(0, wb.getSheetName(0) + "\uFFFE");
            var s = wb.getSheetAt(0);
            for (var row : s) {
                for (var cell : row) {
                    if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING && cell.getStringCellValue().endsWith("收入")) {
                        cell.setCellValue(cell.getStringCellValue() + "\uFFFF\uD800\u001B[2J");
                    }
                }
            }
            Variants.setNumber(wb, "公开03表", "D8", 12345.67);
        });
    }

    /** A row name of 30 000 characters on a row whose amount is wrong: the report must not repeat the name. */
    static Path longRowName(Path sample, Path target) throws IOException {
        return Variants.variant(sample, target, wb -> {
            var s = wb.getSheet("公开03表");
            var label = s.getRow(7).getCell(0);
            label.setCellValue(label.getStringCellValue() + "（说明）".repeat(7500));
            Variants.setNumber(wb, "公开03表", "D8", 12345.67);
        });
    }

    /** The package with a second entry named {@code copyName} holding a changed copy of {@code part}. */
    static Path duplicatedEntry(Path sample, Path target, String part, String copyName) throws IOException {
        try (ZipFile in = new ZipFile(sample.toFile());
             org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream out =
                 new org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream(target.toFile())) {
            byte[] changed = null;
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                byte[] data;
                try (InputStream d = in.getInputStream(e)) {
                    data = d.readAllBytes();
                }
                out.putArchiveEntry(new org.apache.commons.compress.archivers.zip.ZipArchiveEntry(e.getName()));
                out.write(data);
                out.closeArchiveEntry();
                if (e.getName().equals(part)) {
                    changed = new String(data, StandardCharsets.UTF_8).replaceFirst("<v>[0-9.]+</v>", "<v>99999</v>").getBytes(StandardCharsets.UTF_8);
                }
            }
            out.putArchiveEntry(new org.apache.commons.compress.archivers.zip.ZipArchiveEntry(copyName));
            out.write(changed);
            out.closeArchiveEntry();
        }
        return target;
    }

    /** A valid package whose first sheet inflates to 400 MB of one repeated row. */
    static Path zipBomb(Path sample, Path target) throws IOException {
        try (ZipFile in = new ZipFile(sample.toFile()); OutputStream os = Files.newOutputStream(target); ZipOutputStream out = new ZipOutputStream(os)) {
            out.setLevel(Deflater.BEST_COMPRESSION);
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                out.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    out.write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>".getBytes());
                    byte[] pad = new byte[1 << 20];
                    Arrays.fill(pad, (byte) ' ');
                    for (int i = 0; i < 400; i++) {
                        out.write(pad);
                    }
                    out.write("</sheetData></worksheet>".getBytes());
                } else {
                    try (InputStream part = in.getInputStream(e)) {
                        part.transferTo(out);
                    }
                }
                out.closeEntry();
            }
        }
        return target;
    }

    public static Path docx(Path target) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(target)) {
            doc.createParagraph().createRun().setText("情况说明");
            doc.write(out);
        }
        return target;
    }

    public static Path noTables(Path target) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(target)) {
            var s = wb.createSheet("工资表");
            s.createRow(0).createCell(0).setCellValue("职工工资发放表");
            s.createRow(1).createCell(0).setCellValue(1234.5);
            wb.write(out);
        }
        return target;
    }

    static Path onlyThree(Path sample, Path target) throws IOException {
        return Variants.variant(sample, target, wb -> {
            while (wb.getNumberOfSheets() > 3) {
                wb.removeSheetAt(wb.getNumberOfSheets() - 1);
            }
        });
    }

    static Path oddAmounts(Path sample, Path target) throws IOException {
        return Variants.variant(sample, target, wb -> {
            var s = wb.getSheet("公开03表");
            s.getRow(7).getCell(3).setCellValue("12.3.4");
            s.getRow(8).getCell(3).setCellValue("约五十");
            s.getRow(9).getCell(3).setCellErrorValue(org.apache.poi.ss.usermodel.FormulaError.REF.getCode());
        });
    }

    /** The sample with an extra sheet of 300 000 rows (written streaming: the test should not need the memory). */
    static Path hugeSheet(Path sample, Path target) throws IOException {
        try (XSSFWorkbook base = Variants.open(sample); SXSSFWorkbook wb = new SXSSFWorkbook(base, 500); OutputStream out = Files.newOutputStream(target)) {
            var s = wb.createSheet("明细");
            for (int r = 0; r < 300_000; r++) {
                var row = s.createRow(r);
                row.createCell(0).setCellValue("凭证" + r);
                row.createCell(1).setCellValue(r * 0.01);
            }
            wb.write(out);
            wb.dispose();
        }
        return target;
    }

    public static Path encrypted(Path plain, Path target) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword("secret");
            try (OutputStream os = enc.getDataStream(fs)) {
                Files.copy(plain, os);
            }
            try (OutputStream out = Files.newOutputStream(target)) {
                fs.writeFilesystem(out);
            }
        }
        return target;
    }
}
