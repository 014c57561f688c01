package org.suanpan.inspect;

import org.junit.jupiter.api.Test;
import org.suanpan.definition.DefinitionException;
import org.suanpan.definition.Severity;
import org.suanpan.definition.TemplateSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The checklist an officer edits is checked when loaded: each mistake is named with its line and what to write. */
class ChecklistTest {
    private static void fails(String line, String... words) {
        DefinitionException e = assertThrows(DefinitionException.class,
            () -> Checklist.parse("# 注释\n\n" + line + "\n", InspectionTest.VOCABULARY));
        assertTrue(e.getMessage().contains("第3行"), e.getMessage());
        for (String w : words) {
            assertTrue(e.getMessage().contains(w), e.getMessage());
        }
    }

    @Test
    void theBuiltInChecklistLoadsEveryLine() {
        Checklist c = Checklist.load(TemplateSource.builtIn(), InspectionTest.VOCABULARY);
        String text = TemplateSource.builtIn().read(Checklist.FILE);
        long lines = text.lines().filter(l -> !l.isBlank() && !l.strip().startsWith("#")).count();
        assertEquals(lines, c.items().size());
        assertEquals(Severity.INFO, c.item("G08").severity());
        assertEquals("10", c.item("G05").text("幅度", "").replace("%", ""));
    }

    @Test
    void aMistakeInALineIsNamed() {
        fails("G01 | 错误 | 必需章节 | 节=总体/总体 | 5/30", "六栏");
        fails("G01 | 严重 | 必需章节 | 节=总体/总体 | 5/30 | 说明", "类型", "严重");
        fails("G01 | 错误 | 章节齐全 | 节=总体/总体 | 5/30 | 说明", "章节齐全", "必需章节");
        fails("G01 | 错误 | 必需章节 | 部分=总体/总体 | 5/30 | 说明", "没有参数“部分”", "节");
        fails("G01 | 错误 | 必需章节 | 节=总体 | 5/30 | 说明", "“总体”", "名称/标题中的词");
        fails("G03 | 警告 | 空表说明 | 表=公开07/附录/基金；说法=无 | 3/9 | 说明", "附录", "sections.txt");
        fails("G01 | 错误 | 必需章节 | 节=总体/总体 | 五分 | 说明", "扣分", "2/10");
        fails("G05 | 警告 | 变动原因 | 原因=原因；幅度=一成 | 2/20 | 说明", "幅度", "10%");
        fails("G22 | 警告 | 三公数量 | 项=公务接待费 | 1/6 | 说明", "名称/表中的数/要写明的词");
        DefinitionException twice = assertThrows(DefinitionException.class, () -> Checklist.parse(
            "G02 | 警告 | 章节编号 | | 1/5 | 说明\nG02 | 警告 | 章节编号 | | 1/5 | 说明\n", InspectionTest.VOCABULARY));
        assertTrue(twice.getMessage().contains("重复"), twice.getMessage());
    }
}
