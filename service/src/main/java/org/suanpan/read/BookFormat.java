package org.suanpan.read;

/** The container a workbook came in; annotated copies are written back in the same one. */
public enum BookFormat {
    XLSX("xlsx"), XLS("xls");

    private final String extension;

    BookFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }
}
