package org.suanpan.batch;

import org.suanpan.narrative.NarrativeReader;
import org.suanpan.narrative.Paragraph;
import org.suanpan.read.UnusableInputException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The 情况说明 a department sent with its workbook in a batch: a .docx or .txt in the same folder whose name begins
 * with the workbook's (“…决算公开表-情况说明.docx”, as {@code explain} names it), else the one that names the
 * department, else the only one beside the only workbook. None when it is not clear which.
 */
final class Narratives {
    private Narratives() {
    }

    static boolean isNarrative(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !n.startsWith("~$") && !n.startsWith(".") && (n.endsWith(".docx") || n.endsWith(".txt"));
    }

    static Path beside(Path workbook, String department) {
        Path folder = workbook.toAbsolutePath().getParent();
        if (folder == null) {
            return null;
        }
        List<Path> texts;
        long workbooks;
        try (Stream<Path> s = Files.list(folder)) {
            List<Path> all = s.filter(Files::isRegularFile).toList();
            texts = all.stream().filter(Narratives::isNarrative).sorted().toList();
            workbooks = all.stream().filter(BatchInputs::isWorkbook).count();
        } catch (IOException e) {
            return null;
        }
        String base = workbook.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        List<Path> named = texts.stream().filter(t -> t.getFileName().toString().startsWith(base)).toList();
        if (named.size() == 1) {
            return named.get(0);
        }
        List<Path> ofDepartment = department == null || department.isBlank() ? List.of()
            : texts.stream().filter(t -> t.getFileName().toString().contains(department)).toList();
        if (ofDepartment.size() == 1) {
            return ofDepartment.get(0);
        }
        return workbooks == 1 && texts.size() == 1 ? texts.get(0) : null;
    }

    /** The paragraphs of the 情况说明, or none when there is none or it cannot be read (the workbook is inspected alone). */
    static List<Paragraph> paragraphs(Path narrative) {
        if (narrative == null) {
            return List.of();
        }
        try {
            return NarrativeReader.read(narrative, narrative.getFileName().toString());
        } catch (UnusableInputException e) {
            return List.of();
        }
    }
}
