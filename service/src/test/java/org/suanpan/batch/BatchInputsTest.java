package org.suanpan.batch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.suanpan.read.UnusableInputException;

import java.io.ByteArrayInputStream;
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

    @Test
    void workbooksOfAZipKeepTheirFolders() throws IOException {
        List<Path> files = BatchInputs.fromZip(new ByteArrayInputStream(zip(3, "部门/表", 10)), dir, 10, 1 << 20);
        assertEquals(3, files.size());
        assertTrue(files.get(0).startsWith(dir.resolve("部门")));
    }

    @Test
    void anEntryLeavingTheFolderRefusesTheZip() {
        UnusableInputException e = assertThrows(UnusableInputException.class,
            () -> BatchInputs.fromZip(new ByteArrayInputStream(zip(1, "../../x", 10)), dir.resolve("in"), 10, 1 << 20));
        assertTrue(e.getMessage().contains("压缩包以外"));
        assertTrue(Files.notExists(dir.resolve("x0.xlsx")));
    }

    @Test
    void tenThousandTinyFilesAreRefusedAboveTheBatchLimit() throws IOException {
        byte[] many = zip(10_000, "f", 1);
        UnusableInputException e = assertThrows(UnusableInputException.class,
            () -> BatchInputs.fromZip(new ByteArrayInputStream(many), dir, 500, 1L << 30));
        assertTrue(e.getMessage().contains("500"));
    }

    @Test
    void aZipThatInflatesBeyondItsBudgetIsRefused() throws IOException {
        byte[] bomb = zip(1, "big", 50 << 20);
        assertTrue(bomb.length < 1 << 20, "zeros compress well");
        UnusableInputException e = assertThrows(UnusableInputException.class,
            () -> BatchInputs.fromZip(new ByteArrayInputStream(bomb), dir, 10, 10 << 20));
        assertTrue(e.getMessage().contains("大小"));
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
            () -> BatchInputs.fromZip(new ByteArrayInputStream(out.toByteArray()), dir, 10, 1 << 20));
        assertTrue(e.getMessage().contains("没有工作簿"));
    }

    @Test
    void aFileThatIsNoZipAndACorruptZipEachSayWhatTheyAre() {
        UnusableInputException rar = assertThrows(UnusableInputException.class,
            () -> BatchInputs.fromZip(new ByteArrayInputStream("Rar!这不是 zip".getBytes(java.nio.charset.StandardCharsets.UTF_8)), dir, 10, 1 << 20));
        assertTrue(rar.getMessage().contains("不是 zip 格式"), rar.getMessage());
        byte[] broken = new byte[200];
        broken[0] = 'P';
        broken[1] = 'K';
        broken[2] = 9;
        broken[3] = 9;
        UnusableInputException corrupt = assertThrows(UnusableInputException.class,
            () -> BatchInputs.fromZip(new ByteArrayInputStream(broken), dir, 10, 1 << 20));
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
}
