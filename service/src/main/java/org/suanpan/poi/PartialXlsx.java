package org.suanpan.poi;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.internal.MemoryPackagePart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTSheet;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.WorkbookDocument;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Opens an .xlsx through POI with only the sheets that will change parsed. Every other sheet is replaced by an
 * empty stand-in before POI reads the package, and its original bytes are put back, untouched, before saving — so a
 * workbook of fifty sheets with marks on two costs the parsing of two, and the other forty-eight are copied as they
 * were, byte for byte.
 */
public final class PartialXlsx implements AutoCloseable {
    private static final byte[] STAND_IN = ("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        + "<sheetData/></worksheet>").getBytes(StandardCharsets.UTF_8);

    private final XSSFWorkbook workbook;
    private final Map<String, byte[]> originals;

    private PartialXlsx(XSSFWorkbook workbook, Map<String, byte[]> originals) {
        this.workbook = workbook;
        this.originals = originals;
    }

    /** Opens the workbook with the named sheets fully parsed and the others set aside. */
    public static PartialXlsx open(Path file, Set<String> editable) throws IOException {
        OPCPackage pkg;
        try (InputStream in = Files.newInputStream(file)) {
            pkg = OPCPackage.open(in);
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
        Map<String, byte[]> originals = new HashMap<>();
        try {
            for (Map.Entry<String, PackagePart> e : sheetParts(pkg).entrySet()) {
                if (editable.contains(e.getKey())) {
                    continue;
                }
                PackagePart part = e.getValue();
                byte[] bytes;
                try (InputStream in = part.getInputStream()) {
                    bytes = in.readAllBytes();
                }
                originals.put(part.getPartName().getName(), bytes);
                try (OutputStream out = part.getOutputStream()) {
                    out.write(STAND_IN);
                }
            }
            return new PartialXlsx(new XSSFWorkbook(pkg), originals);
        } catch (IOException | RuntimeException e) {
            pkg.revert();
            throw e;
        } catch (Exception e) {
            pkg.revert();
            throw new IOException(e);
        }
    }

    public XSSFWorkbook workbook() {
        return workbook;
    }

    /** Puts the set-aside sheets back as they were and marks them so POI writes their bytes unchanged. */
    public void restore() throws IOException {
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            XSSFSheet sheet = workbook.getSheetAt(i);
            byte[] original = originals.get(sheet.getPackagePart().getPartName().getName());
            if (original != null) {
                // a memory part appends what is written to it: empty it of the stand-in first
                if (sheet.getPackagePart() instanceof MemoryPackagePart memory) {
                    memory.clear();
                }
                try (OutputStream out = sheet.getPackagePart().getOutputStream()) {
                    out.write(original);
                }
                sheet.setCommitted(true);
            }
        }
    }

    private static Map<String, PackagePart> sheetParts(OPCPackage pkg) throws Exception {
        PackageRelationship main = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT).getRelationship(0);
        PackagePart workbookPart = pkg.getPart(main);
        WorkbookDocument doc;
        try (InputStream in = workbookPart.getInputStream()) {
            doc = WorkbookDocument.Factory.parse(in, org.apache.poi.ooxml.POIXMLTypeLoader.DEFAULT_XML_OPTIONS);
        }
        Map<String, PackagePart> out = new HashMap<>();
        for (CTSheet s : doc.getWorkbook().getSheets().getSheetArray()) {
            PackageRelationship rel = workbookPart.getRelationship(s.getId());
            PackagePart part = rel == null ? null : workbookPart.getRelatedPart(rel);
            if (part != null) {
                out.put(s.getName(), part);
            }
        }
        return out;
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
