package org.suanpan.batch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.suanpan.read.UnusableInputException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BatchInputsTest {
    @TempDir
    Path dir;

    static byte[] zip(int count, String prefix, int size) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (int i = 0; i < count; i++) {
                z.putNextEntry(new ZipEntry(prefix + i + ".xlsx"));
                z.write(new byte[size]);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private Path file(byte[] zip) throws IOException {
        return Files.write(Files.createTempFile(dir, "in", ".zip"), zip);
    }

    private List<BatchInputs.Input> unpack(byte[] zip, Path into, int maxFiles, long maxBytes) throws IOException {
        return BatchInputs.fromZip(file(zip), null, into, new BatchInputs.Limits(maxFiles, maxBytes, maxBytes, null));
    }

    @Test
    void workbooksOfAZipKeepTheirFoldersInTheirNames() throws IOException {
        List<BatchInputs.Input> files = unpack(zip(3, "部门/表", 10), dir.resolve("out"), 10, 1 << 20);
        assertEquals(3, files.size());
        assertEquals("部门/表0.xlsx", files.get(0).name());
        assertTrue(files.get(0).file().startsWith(dir.resolve("out")));
    }

    @Test
    void anEntryLeavingTheFolderRefusesTheZip() {
        UnusableInputException e = assertThrows(UnusableInputException.class,
            () -> unpack(zip(1, "../../x", 10), dir.resolve("in"), 10, 1 << 20));
        assertTrue(e.getMessage().contains("压缩包以外"));
        assertTrue(Files.notExists(dir.resolve("x0.xlsx")));
    }

    @Test
    void tenThousandTinyFilesAreRefusedAboveTheBatchLimit() throws IOException {
        byte[] many = zip(10_000, "f", 1);
        UnusableInputException e = assertThrows(UnusableInputException.class,
            () -> unpack(many, dir.resolve("out"), 500, 1L << 30));
        assertTrue(e.getMessage().contains("500"));
    }

    @Test
    void aZipThatInflatesBeyondItsBudgetIsRefused() throws IOException {
        byte[] bomb = zip(1, "big", 50 << 20);
        assertTrue(bomb.length < 1 << 20, "zeros compress well");
        UnusableInputException e = assertThrows(UnusableInputException.class,
            () -> unpack(bomb, dir.resolve("out"), 10, 10 << 20));
        assertTrue(e.getMessage().contains("上限"), e.getMessage());
        Path written = dir.resolve("out").resolve("1.xlsx");
        assertTrue(Files.notExists(written) || Files.size(written) <= (10 << 20) + (64 << 10), "stopped before or while inflating");
    }

    @Test
    void aZipWithoutWorkbooksSaysSo() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("readme.txt"));
            z.write(1);
            z.closeEntry();
        }
        UnusableInputException e = assertThrows(UnusableInputException.class,
            () -> unpack(out.toByteArray(), dir.resolve("out"), 10, 1 << 20));
        assertTrue(e.getMessage().contains("没有工作簿"));
    }

    @Test
    void aFileThatIsNoZipAndACorruptZipEachSayWhatTheyAre() {
        UnusableInputException rar = assertThrows(UnusableInputException.class,
            () -> unpack("Rar!这不是 zip".getBytes(java.nio.charset.StandardCharsets.UTF_8), dir.resolve("rar"), 10, 1 << 20));
        assertTrue(rar.getMessage().contains("不是 zip 格式"), rar.getMessage());
        byte[] broken = new byte[200];
        broken[0] = 'P';
        broken[1] = 'K';
        broken[2] = 9;
        broken[3] = 9;
        UnusableInputException corrupt = assertThrows(UnusableInputException.class,
            () -> unpack(broken, dir.resolve("broken"), 10, 1 << 20));
        assertTrue(corrupt.getMessage().contains("损坏"), corrupt.getMessage());
        assertTrue(!corrupt.getMessage().contains("没有工作簿") && !rar.getMessage().contains("没有工作簿"));
    }

    @Test
    void officeLockFilesAreNotWorkbooks() {
        assertTrue(BatchInputs.isWorkbook(Path.of("a.XLSX")));
        assertTrue(BatchInputs.isWorkbook(Path.of("a.xlsm")));
        assertTrue(!BatchInputs.isWorkbook(Path.of("~$a.xlsx")));
        assertTrue(!BatchInputs.isWorkbook(Path.of("a.csv")));
    }

    @Test
    void entriesOfOneNameInDifferentFoldersAreTwoInputsAndNamesOfAnyLengthWork() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String longName = "某某市某某区" + "卫生健康委员会所属事业单位".repeat(7) + "2023年度部门决算公开表.xlsx";
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (String n : List.of("甲局/决算公开表.xlsx", "乙局/决算公开表.xlsx", "x.xlsx", "x.xlsx/内.xlsx", "a".repeat(300) + ".xlsx", longName,
                "说明.txt")) {
                z.putNextEntry(new ZipEntry(n));
                z.write(n.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        List<BatchInputs.Input> all = unpack(out.toByteArray(), dir.resolve("out"), 10, 1 << 20);
        List<BatchInputs.Input> files = BatchInputs.workbooks(all);
        assertEquals(List.of("说明.txt"), BatchInputs.texts(all).stream().map(BatchInputs.Input::name).toList(), "a 情况说明 is unpacked beside them");
        assertEquals(java.util.Set.of("a".repeat(300) + ".xlsx", longName, "x.xlsx", "x.xlsx/内.xlsx", "乙局/决算公开表.xlsx", "甲局/决算公开表.xlsx"),
            java.util.Set.copyOf(files.stream().map(BatchInputs.Input::name).toList()));
        assertEquals(6, files.size());
        for (BatchInputs.Input f : files) {
            assertEquals(f.name(), Files.readString(f.file()), "each entry once, under its own name");
        }
    }

    @Test
    void entriesThatAreNoWorkbookAreNeverInflated() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("big.txt"));
            byte[] mb = new byte[1 << 20];
            for (int i = 0; i < 200; i++) {
                z.write(mb);
            }
            z.closeEntry();
            z.putNextEntry(new ZipEntry("表.xlsx"));
            z.write(1);
            z.closeEntry();
        }
        // with an entry cap of 1 MB, inflating the 200 MB text entry would be refused: skipping it is not (a 情况说明
        // that large could not be read anyway)
        List<BatchInputs.Input> files = unpack(out.toByteArray(), dir.resolve("out"), 10, 1 << 20);
        assertEquals(List.of("表.xlsx"), files.stream().map(BatchInputs.Input::name).toList());
    }

    @Test
    void namesWrittenInTheWindowsCodePageAreRead() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out, java.nio.charset.Charset.forName("GBK"))) {
            z.putNextEntry(new ZipEntry("财政局/决算公开表.xlsx"));
            z.write(1);
            z.closeEntry();
        }
        List<BatchInputs.Input> files = unpack(out.toByteArray(), dir.resolve("out"), 10, 1 << 20);
        assertEquals("财政局/决算公开表.xlsx", files.get(0).name());
    }
}
