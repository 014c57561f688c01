package org.suanpan.inspect;

import org.suanpan.check.Finding;
import org.suanpan.narrative.Vocabulary;

import java.util.List;
import java.util.Set;

/** One kind of 公开检查: reads the parameters of its checklist lines and reports each gap it is sure of. */
interface Check {
    /** The parameter names this check reads. */
    default Set<String> parameters() {
        return Set.of();
    }

    /** Why the line cannot be used (a missing parameter, an unknown section), or null. */
    default String validate(ChecklistItem item, Vocabulary vocabulary) {
        return null;
    }

    List<Finding> run(ChecklistItem item, Publication publication);
}
