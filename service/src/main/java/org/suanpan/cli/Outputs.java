package org.suanpan.cli;

import org.suanpan.read.BookFormat;
import org.suanpan.text.FileNames;

import java.nio.file.Path;

/** Names for output files when the user gives none: next to the input, with a suffix such as “-审核”. */
final class Outputs {
    private Outputs() {
    }

    static Path besides(Path input, String suffix, BookFormat format) {
        return besides(input, suffix, format.extensionFor(input.getFileName().toString()));
    }

    static Path besides(Path input, String suffix, String extension) {
        return input.toAbsolutePath().getParent().resolve(FileNames.withSuffix(input.getFileName().toString(), suffix, extension));
    }
}
