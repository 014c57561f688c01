package org.suanpan.read;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.eventusermodel.HSSFEventFactory;
import org.apache.poi.hssf.eventusermodel.HSSFListener;
import org.apache.poi.hssf.eventusermodel.HSSFRequest;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.FilePassRecord;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.MergeCellsRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.hssf.record.StringRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an Excel 97–2003 .xls through POI's event API: records stream past once and only cell values, sheet names
 * and merged regions are kept, without building an HSSFWorkbook.
 */
final class XlsReader {
    private final ReadLimits limits;

    XlsReader(ReadLimits limits) {
        this.limits = limits;
    }

    Book read(POIFSFileSystem fs, String fileName) throws IOException {
        DirectoryNode root = fs.getRoot();
        String stream = root.hasEntry("Workbook") ? "Workbook" : root.hasEntry("WORKBOOK") ? "WORKBOOK" : root.hasEntry("Book") ? "Book" : null;
        if (stream == null) {
            throw new UnusableInputException("这个文件不是 Excel 工作簿。请上传部门决算公开表的 .xlsx 或 .xls 文件。");
        }
        if (stream.equals("Book")) {
            throw new UnusableInputException("这是 Excel 5.0/95 格式的旧工作簿，无法读取。请在 Excel 或 WPS 中打开后另存为 .xlsx 再上传。");
        }
        Listener listener = new Listener();
        HSSFRequest request = new HSSFRequest();
        request.addListenerForAllRecords(listener);
        try (InputStream in = root.createDocumentInputStream(stream)) {
            new HSSFEventFactory().processEvents(request, in);
        } catch (EncryptedDocumentException e) {
            throw Encryption.protectedWorkbook(e);
        }
        if (listener.encrypted) {
            throw Encryption.protectedWorkbook(null);
        }
        return new Book(fileName, BookFormat.XLS, listener.grids());
    }

    private final class Listener implements HSSFListener {
        private final List<BoundSheetRecord> bound = new ArrayList<>();
        private final List<Grid.Builder> builders = new ArrayList<>();
        private SSTRecord sst;
        private Grid.Builder current;
        private int sheetIndex = -1;
        private FormulaRecord pendingString;
        private boolean encrypted;

        @Override
        public void processRecord(Record record) {
            if (record instanceof FilePassRecord) {
                encrypted = true;
            } else if (record instanceof BoundSheetRecord b) {
                bound.add(b);
            } else if (record instanceof BOFRecord bof) {
                startSubstream(bof);
            } else if (record instanceof SSTRecord s) {
                sst = s;
            } else if (record instanceof LabelSSTRecord l) {
                add(l.getRow(), l.getColumn(), CellKind.TEXT, sst == null ? "" : sst.getString(l.getSSTIndex()).getString(), false);
            } else if (record instanceof LabelRecord l) {
                add(l.getRow(), l.getColumn(), CellKind.TEXT, l.getValue(), false);
            } else if (record instanceof NumberRecord n) {
                add(n.getRow(), n.getColumn(), CellKind.NUMBER, NumberToTextConverter.toText(n.getValue()), false);
            } else if (record instanceof BoolErrRecord b) {
                if (b.isBoolean()) {
                    add(b.getRow(), b.getColumn(), CellKind.BOOLEAN, b.getBooleanValue() ? "TRUE" : "FALSE", false);
                } else {
                    add(b.getRow(), b.getColumn(), CellKind.ERROR, errorText(b.getErrorValue()), false);
                }
            } else if (record instanceof FormulaRecord f) {
                formula(f);
            } else if (record instanceof StringRecord s && pendingString != null) {
                add(pendingString.getRow(), pendingString.getColumn(), CellKind.TEXT, s.getString(), true);
                pendingString = null;
            } else if (record instanceof MergeCellsRecord m && current != null) {
                for (int i = 0; i < m.getNumAreas(); i++) {
                    CellRangeAddress a = m.getAreaAt(i);
                    current.merge(new CellRange(a.getFirstRow(), a.getLastRow(), a.getFirstColumn(), a.getLastColumn()));
                }
            }
        }

        private void startSubstream(BOFRecord bof) {
            if (bof.getType() == BOFRecord.TYPE_WORKSHEET) {
                sheetIndex++;
                BoundSheetRecord[] ordered = BoundSheetRecord.orderByBofPosition(bound);
                BoundSheetRecord b = sheetIndex < ordered.length ? ordered[sheetIndex] : null;
                String name = b == null ? "Sheet" + (sheetIndex + 1) : b.getSheetname();
                current = Grid.builder(name, sheetIndex, b != null && (b.isHidden() || b.isVeryHidden()));
                builders.add(current);
            } else if (bof.getType() != BOFRecord.TYPE_WORKBOOK) {
                current = null; // charts and macro sheets carry no table cells
            }
        }

        private void formula(FormulaRecord f) {
            CellType type = CellType.forInt(f.getCachedResultType());
            if (type == CellType.NUMERIC) {
                add(f.getRow(), f.getColumn(), CellKind.NUMBER, NumberToTextConverter.toText(f.getValue()), true);
            } else if (type == CellType.STRING) {
                pendingString = f;
            } else if (type == CellType.BOOLEAN) {
                add(f.getRow(), f.getColumn(), CellKind.BOOLEAN, f.getCachedBooleanValue() ? "TRUE" : "FALSE", true);
            } else if (type == CellType.ERROR) {
                add(f.getRow(), f.getColumn(), CellKind.ERROR, errorText((byte) f.getCachedErrorValue()), true);
            } else {
                add(f.getRow(), f.getColumn(), CellKind.BLANK, "", true);
            }
        }

        private void add(int row, int col, CellKind kind, String text, boolean formula) {
            if (current == null) {
                return;
            }
            limits.countCells(1);
            current.add(new Cell(row, col, kind, text == null ? "" : text, formula));
        }

        private String errorText(byte code) {
            try {
                return FormulaError.forInt(code).getString();
            } catch (IllegalArgumentException e) {
                return "#ERROR!";
            }
        }

        List<Grid> grids() {
            List<Grid> grids = new ArrayList<>(builders.size());
            for (Grid.Builder b : builders) {
                grids.add(b.build());
            }
            return List.copyOf(grids);
        }
    }
}
