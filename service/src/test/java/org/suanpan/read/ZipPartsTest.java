package org.suanpan.read;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.suanpan.testing.Fixtures;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The in-memory package reader gives every part exactly as {@link ZipFile} does, whatever the zip's directory says
 * about sizes, and hands anything unusual to {@link ZipFile}.
 */
class ZipPartsTest {
    @TempDir
    Path dir;

    private static Map<String, byte[]> partsOf(Path xlsx) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipFile z = new ZipFile(xlsx.toFile())) {
            for (ZipEntry e : java.util.Collections.list(z.entries())) {
                out.put(e.getName(), z.getInputStream(e).readAllBytes());
            }
        }
        return out;
    }

    private static byte[] zip(Map<String, byte[]> parts, boolean stored) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (var p : parts.entrySet()) {
                ZipEntry e = new ZipEntry(p.getKey());
                if (stored) {
                    CRC32 crc = new CRC32();
                    crc.update(p.getValue());
                    e.setMethod(ZipEntry.STORED);
                    e.setSize(p.getValue().length);
                    e.setCompressedSize(p.getValue().length);
                    e.setCrc(crc.getValue());
                }
                out.putNextEntry(e);
                out.write(p.getValue());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** Offsets of the central directory records, in order. */
    private static List<Integer> centralRecords(byte[] zip) {
        List<Integer> out = new ArrayList<>();
        for (int p = 0; p + 4 <= zip.length; p++) {
            if (zip[p] == 0x50 && zip[p + 1] == 0x4b && zip[p + 2] == 1 && zip[p + 3] == 2) {
                out.add(p);
            }
        }
        return out;
    }

    private static void putU32(byte[] b, int p, long v) {
        for (int i = 0; i < 4; i++) {
            b[p + i] = (byte) (v >>> (8 * i));
        }
    }

    private void assertSameParts(Map<String, byte[]> expected, Path file) throws IOException {
        try (ZipParts parts = ZipParts.open(file, ReadLimits.defaults())) {
            assertEquals(List.copyOf(expected.keySet()), parts.names());
            for (var e : expected.entrySet()) {
                assertTrue(parts.has(e.getKey()));
                assertArrayEquals(e.getValue(), parts.read(e.getKey()), e.getKey());
            }
            assertNull(parts.read("xl/nothing-here.xml"));
        }
    }

    @Test
    void deflatedAndStoredPartsReadAsZipFileReadsThem() throws IOException {
        Map<String, byte[]> parts = partsOf(Fixtures.sample(Fixtures.SAMPLE_2022));
        assertSameParts(parts, Files.write(dir.resolve("deflated.xlsx"), zip(parts, false)));
        assertSameParts(parts, Files.write(dir.resolve("stored.xlsx"), zip(parts, true)));
    }

    @Test
    void aWrongSizeInTheDirectoryStillGivesThePartWhole() throws IOException {
        Map<String, byte[]> parts = partsOf(Fixtures.sample(Fixtures.SAMPLE_2022));
        for (long declared : new long[] {0, 1, 100, 1 << 20}) {
            byte[] zip = zip(parts, false);
            for (int p : centralRecords(zip)) {
                putU32(zip, p + 24, declared);
            }
            assertSameParts(parts, Files.write(dir.resolve("size-" + declared + ".xlsx"), zip));
        }
    }

    @Test
    void aFileWithBytesBeforeTheZipIsReadThroughZipFile() throws IOException {
        Map<String, byte[]> parts = partsOf(Fixtures.sample(Fixtures.SAMPLE_2023));
        byte[] zip = zip(parts, false);
        byte[] prefixed = new byte[zip.length + 64];
        System.arraycopy(zip, 0, prefixed, 64, zip.length);
        Path file = Files.write(dir.resolve("prefixed.xlsx"), prefixed);
        assertSameParts(parts, file);
    }

    @Test
    void aPartInflatingFarBeyondItsSizeIsRefusedAsABomb() throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("xl/worksheets/sheet1.xml", new byte[40 << 20]);
        Path file = Files.write(dir.resolve("bomb.xlsx"), zip(parts, false));
        try (ZipParts zip = ZipParts.open(file, ReadLimits.defaults())) {
            UnusableInputException e = assertThrows(UnusableInputException.class, () -> zip.read("xl/worksheets/sheet1.xml"));
            assertTrue(e.getMessage().contains("压缩炸弹"), e.getMessage());
        }
    }

    @Test
    void aTruncatedPartIsAnErrorNotAShorterSheet() throws IOException {
        Map<String, byte[]> parts = partsOf(Fixtures.sample(Fixtures.SAMPLE_2022));
        byte[] zip = zip(parts, false);
        int first = centralRecords(zip).get(0);
        // the first entry's compressed size cut to 10 bytes: its deflate stream ends early
        putU32(zip, first + 20, 10);
        Path file = Files.write(dir.resolve("cut.xlsx"), zip);
        String name = parts.keySet().iterator().next();
        try (ZipParts z = ZipParts.open(file, ReadLimits.defaults())) {
            assertThrows(IOException.class, () -> z.read(name));
        }
    }
}
