package org.suanpan.annotate;

/**
 * What a mark on a cell says, with the fill it gets. An RGB colour for .xlsx; for .xls the nearest colour of the
 * workbook's palette is used, so existing colours are never redefined.
 */
public enum Mark {
    /** The cell of an error finding. */
    ERROR(0xFF, 0xC7, 0xCE),
    /** The cell of a warning. */
    WARNING(0xFF, 0xEB, 0x9C),
    /** The cell that best explains the errors: a stronger red. */
    SUSPECT(0xFF, 0x50, 0x50),
    /** A cell that fill computed and wrote. */
    FILLED(0xDD, 0xEB, 0xF7);

    private final int red;
    private final int green;
    private final int blue;

    Mark(int red, int green, int blue) {
        this.red = red;
        this.green = green;
        this.blue = blue;
    }

    public byte[] rgb() {
        return new byte[] {(byte) red, (byte) green, (byte) blue};
    }

    public int red() {
        return red;
    }

    public int green() {
        return green;
    }

    public int blue() {
        return blue;
    }

    /** The stronger of two marks on the same cell. */
    public Mark strongest(Mark other) {
        return other == null || rank() >= other.rank() ? this : other;
    }

    private int rank() {
        return switch (this) {
            case SUSPECT -> 3;
            case ERROR -> 2;
            case WARNING -> 1;
            case FILLED -> 0;
        };
    }
}
