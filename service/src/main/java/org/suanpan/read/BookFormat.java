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

    /**
     * The extension a copy of the workbook named {@code originalName} takes: .xlsm stays .xlsm (its macros are kept
     * and Excel refuses macros under .xlsx), otherwise the extension of the format actually read — an .xlsx saved
     * under .xls comes back as .xlsx.
     */
    public String extensionFor(String originalName) {
        if (this == XLSX && originalName.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsm")) {
            return "xlsm";
        }
        return extension;
    }
}
