package org.suanpan.inspect;

import org.junit.jupiter.api.Test;
import org.suanpan.check.CheckResult;
import org.suanpan.check.Finding;
import org.suanpan.testing.Fixtures;

class ExploreSeeds {
    @Test
    void drafts() throws Exception {
        var e = Fixtures.engine();
        for (String[] s : new String[][]{{Fixtures.SAMPLE_2023, null}, {Fixtures.SAMPLE_2022, null}, {Fixtures.SAMPLE_2023, Fixtures.SAMPLE_2022}}) {
            var now = e.recognise(e.read(Fixtures.sample(s[0]), s[0]));
            var prior = s[1] == null ? null : e.recognise(e.read(Fixtures.sample(s[1]), s[1]));
            java.nio.file.Path out = java.nio.file.Files.createTempFile("draft", ".docx");
            new org.suanpan.explain.DraftWriter().write(now, prior, out);
            CheckResult r = e.checkAll(Fixtures.sample(s[0]), s[0], out, "draft.docx", null, null);
            System.out.println("=== draft " + s[0] + " prior " + s[1] + " score " + r.inspection().score());
            for (Finding f : r.inspection().findings()) {
                System.out.println(f.rule() + " " + f.severity() + " " + f.row() + " " + f.sheet() + "!" + f.cell() + " | " + (f.narrative() == null ? "" : f.narrative().quote()) + " | " + f.message());
            }
        }
    }

    @Test
    void print() {
        var e = Fixtures.engine();
        for (String[] s : new String[][]{{Fixtures.SAMPLE_2023, "002"}, {Fixtures.SAMPLE_2022, "004"}}) {
            CheckResult r = e.checkAll(Fixtures.sample(s[0]), s[0], Fixtures.seed(s[1]), s[1], null, null);
            System.out.println("=== " + s[1] + " score " + r.inspection().score() + " " + r.inspection().deductions());
            for (Finding f : r.inspection().findings()) {
                System.out.println(f.rule() + " " + f.severity() + " " + f.row() + " " + f.sheet() + "!" + f.cell() + " | " + (f.narrative() == null ? "" : f.narrative().quote()) + " | " + f.message());
            }
            CheckResult w = e.checkAll(Fixtures.sample(s[0]), s[0], null, null, null, null);
            System.out.println("--- workbook only: " + w.inspection().findings().size());
            w.inspection().findings().forEach(f -> System.out.println(f.rule() + " " + f.message()));
        }
    }
}
