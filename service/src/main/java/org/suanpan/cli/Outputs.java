package org.suanpan.cli;

import org.suanpan.read.BookFormat;

import java.nio.file.Path;

/** Names for output files when the user gives none: next to the input, with a suffix such as “-审核”. */
final class Outputs {
    private Outputs() {
    }

    static Path besides(Path input, String suffix, BookFormat format) {
        String name = input.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        Path dir = input.toAbsolutePath().getParent();
        return dir.resolve(stem + suffix + "." + format.extension());
    }
}
