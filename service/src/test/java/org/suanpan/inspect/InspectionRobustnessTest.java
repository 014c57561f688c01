package org.suanpan.inspect;

import org.junit.jupiter.api.Test;
import org.suanpan.narrative.Paragraph;
import org.suanpan.recognise.Recognition;
import org.suanpan.testing.Fixtures;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every check copes with whatever text it is given: the seeds cut at random places, paragraphs dropped, doubled or
 * broken off mid-figure, with and without the tables — no check gives up (the inspection would say so).
 */
class InspectionRobustnessTest {
    @Test
    void mangledTextsAreInspectedToTheEnd() {
        Random random = new Random(13);
        Recognition[] tables = {InspectionTest.recognise(Fixtures.SAMPLE_2022), InspectionTest.recognise(Fixtures.SAMPLE_2023), null};
        for (String seed : List.of("002", "004")) {
            List<Paragraph> ps = InspectionTest.seed(seed);
            for (int round = 0; round < 60; round++) {
                List<Paragraph> mangled = new ArrayList<>();
                for (Paragraph p : ps) {
                    int roll = random.nextInt(10);
                    String t = p.text();
                    if (roll == 0) {
                        continue;
                    }
                    if (roll == 1 && !t.isEmpty()) {
                        t = t.substring(0, random.nextInt(t.length()));
                    } else if (roll == 2 && !t.isEmpty()) {
                        t = t.substring(random.nextInt(t.length()));
                    }
                    mangled.add(new Paragraph(p.index(), t.isEmpty() ? "。" : t));
                    if (roll == 3) {
                        mangled.add(new Paragraph(p.index(), t + "（按" + t.substring(0, Math.min(5, t.length())) + "分析" ));
                    }
                }
                Inspection i = InspectionTest.INSPECTOR.inspect(mangled, tables[round % 3]);
                assertTrue(i.unchecked().stream().noneMatch(u -> u.contains("未能完成")), seed + " round " + round + ": " + i.unchecked());
            }
        }
    }
}
