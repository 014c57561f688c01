package org.suanpan.narrative;

import org.junit.jupiter.api.Test;
import org.suanpan.check.Finding;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A 科目 named alone on its line (“4.…城乡医疗救助(项)。”) is the subject of the figures on the lines after it. */
class SubjectLineTest {
    static final String TEXT = String.join("\n",
        "第三部分 江岸区医保局 2022 年度部门决算情况说明",
        "五、一般公共预算财政拨款支出决算情况说明",
        "(三)一般公共预算财政拨款支出决算具体情况",
        "4.卫生健康支出(类)医疗救助(款)城乡医疗救助(项)。",
        "",
        "年初预算为1368万元，支出决算为%s万元，完成年初预",
        "算的65.3%%。");

    static List<Finding> check(String amount) {
        List<Paragraph> paragraphs = NarrativeReader.lines(String.format(TEXT, amount));
        return Narratives.CHECKER.check(paragraphs, Narratives.Seed.S004.workbook(), null).findings();
    }

    @Test
    void theSubjectLineJoinsTheSentenceAfterIt() {
        List<Paragraph> p = NarrativeReader.lines(String.format(TEXT, "892.65"));
        assertEquals(4, p.size(), p.toString());
        assertTrue(p.get(3).text().startsWith("4.卫生健康支出(类)医疗救助(款)城乡医疗救助(项)。年初预算"), p.get(1).text());
    }

    @Test
    void theFiguresAreComparedWithTheLineOfTheirSubject() {
        assertEquals(List.of(), check("892.65"));
        List<Finding> wrong = check("893.65");
        assertTrue(wrong.stream().anyMatch(f -> f.rule().equals("N01") && f.message().contains("2101301")), wrong.toString());
    }
}
