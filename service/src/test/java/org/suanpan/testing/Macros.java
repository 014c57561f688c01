package org.suanpan.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Turns a sample into an .xlsm: a vbaProject.bin part (its bytes are a marker, never run by anyone), the relationship
 * and content types Excel expects of a macro workbook. Tests check that the part survives annotate and fill unchanged.
 */
public final class Macros {
    public static final byte[] VBA = "SUANPAN-TEST-VBA-PROJECT: Sub AutoOpen() : Shell \"calc\" : End Sub".getBytes(StandardCharsets.US_ASCII);

    private Macros() {
    }

    public static Path xlsm(Path sample, Path target) throws IOException {
        try (ZipFile in = new ZipFile(sample.toFile()); OutputStream os = Files.newOutputStream(target); ZipOutputStream out = new ZipOutputStream(os)) {
            for (ZipEntry e : Collections.list(in.entries())) {
                byte[] data;
                try (InputStream part = in.getInputStream(e)) {
                    data = part.readAllBytes();
                }
                String text = new String(data, StandardCharsets.UTF_8);
                if (e.getName().equals("[Content_Types].xml")) {
                    text = text.replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                        "application/vnd.ms-excel.sheet.macroEnabled.main+xml")
                        .replace("</Types>", "<Override PartName=\"/xl/vbaProject.bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/></Types>");
                    data = text.getBytes(StandardCharsets.UTF_8);
                } else if (e.getName().equals("xl/_rels/workbook.xml.rels")) {
                    text = text.replace("</Relationships>", "<Relationship Id=\"rIdVba1\" "
                        + "Type=\"http://schemas.microsoft.com/office/2006/relationships/vbaProject\" Target=\"vbaProject.bin\"/></Relationships>");
                    data = text.getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(data);
                out.closeEntry();
            }
            out.putNextEntry(new ZipEntry("xl/vbaProject.bin"));
            out.write(VBA);
            out.closeEntry();
        }
        return target;
    }

    /** The bytes of the macro part of a package, or null when it has none. */
    public static byte[] vbaPart(Path workbook) throws IOException {
        try (ZipFile z = new ZipFile(workbook.toFile())) {
            ZipEntry e = z.getEntry("xl/vbaProject.bin");
            if (e == null) {
                return null;
            }
            try (InputStream in = z.getInputStream(e)) {
                return in.readAllBytes();
            }
        }
    }
}
