package org.suanpan.inspect;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;
import org.suanpan.Engine;
import org.suanpan.check.Finding;
import org.suanpan.definition.Severity;
import org.suanpan.explain.DraftWriter;
import org.suanpan.narrative.NarrativeReader;
import org.suanpan.recognise.Recognition;
import org.suanpan.testing.Fixtures;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The draft {@code explain} writes passes its own 公开检查: all it leaves are the 【请填写】 it leaves on purpose,
 * listed as 待填写 (info) — and there are some, so the check is looking.
 */
class DraftInspectionTest {
    private static final Engine ENGINE = Fixtures.engine();

    @TempDir
    Path dir;

    static Stream<Arguments> drafts() {
        return Stream.of(Arguments.of(Fixtures.SAMPLE_2023, null), Arguments.of(Fixtures.SAMPLE_2022, null),
            Arguments.of(Fixtures.SAMPLE_2023, Fixtures.SAMPLE_2022));
    }

    @ParameterizedTest
    @MethodSource("drafts")
    void theDraftLeavesOnlyItsPlacesToFill(String sample, String prior) throws Exception {
        Recognition now = InspectionTest.recognise(sample);
        Recognition before = prior == null ? null : InspectionTest.recognise(prior);
        Path draft = dir.resolve("draft.docx");
        new DraftWriter().write(now, before, draft);
        Inspection inspection = InspectionTest.INSPECTOR.inspect(NarrativeReader.read(draft, "draft.docx"), now, before);
        List<Finding> other = inspection.findings().stream().filter(f -> !f.rule().equals("G08")).toList();
        assertEquals(List.of(), other);
        List<Finding> toFill = inspection.findings();
        assertTrue(toFill.size() > 10, "the draft's 【请填写】 are listed: " + toFill.size());
        assertTrue(toFill.stream().allMatch(f -> f.severity() == Severity.INFO && f.narrative().quote().contains("【请填写】")));
        assertEquals(0, Inspector.FULL_SCORE.compareTo(inspection.score()), "places to fill cost no points");
    }
}
