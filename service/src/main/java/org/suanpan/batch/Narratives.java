package org.suanpan.batch;

import org.suanpan.narrative.NarrativeReader;
import org.suanpan.narrative.Paragraph;
import org.suanpan.read.UnusableInputException;

import java.util.List;

/**
 * The 情况说明 a department sent with its workbook in a batch: a .docx or .txt in the same folder (of the zip or the
 * folder given) whose name begins with the workbook's (“…决算公开表-情况说明.docx”, as {@code explain} names it), else
 * the one that names the department, else the only one beside the only workbook. None when it is not clear which.
 * Judged by the names reports show, never by the numbered files a zip is unpacked into.
 */
final class Narratives {
    private Narratives() {
    }

    static BatchInputs.Input beside(BatchInputs.Input workbook, String department, List<BatchInputs.Input> workbooks,
                                    List<BatchInputs.Input> texts) {
        String folder = folder(workbook.name());
        List<BatchInputs.Input> here = texts.stream().filter(t -> folder(t.name()).equals(folder)).toList();
        if (here.isEmpty()) {
            return null;
        }
        String base = base(workbook.name()).replaceFirst("\\.[^.]+$", "");
        List<BatchInputs.Input> named = here.stream().filter(t -> base(t.name()).startsWith(base)).toList();
        if (named.size() == 1) {
            return named.get(0);
        }
        List<BatchInputs.Input> ofDepartment = department == null || department.isBlank() ? List.of()
            : here.stream().filter(t -> base(t.name()).contains(department)).toList();
        if (ofDepartment.size() == 1) {
            return ofDepartment.get(0);
        }
        long workbooksHere = workbooks.stream().filter(w -> folder(w.name()).equals(folder)).count();
        return workbooksHere == 1 && here.size() == 1 ? here.get(0) : null;
    }

    /** The paragraphs of the 情况说明, or none when there is none or it cannot be read (the workbook is inspected alone). */
    static List<Paragraph> paragraphs(BatchInputs.Input narrative) {
        if (narrative == null) {
            return List.of();
        }
        try {
            return NarrativeReader.read(narrative.file(), base(narrative.name()));
        } catch (UnusableInputException e) {
            return List.of();
        }
    }

    private static String folder(String name) {
        int slash = name.lastIndexOf('/');
        return slash < 0 ? "" : name.substring(0, slash);
    }

    private static String base(String name) {
        int slash = name.lastIndexOf('/');
        return slash < 0 ? name : name.substring(slash + 1);
    }
}
