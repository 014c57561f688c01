package org.suanpan.rules;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FormulaParserTest {

    @Test
    void ellipsisFillsTheLinesBetween() {
        Formula f = FormulaParser.parse("公开01: 27行 = 1行+2行+…+8行");
        assertEquals("公开01", f.defaultTable());
        assertEquals(8, f.right().size());
        Term.CellTerm last = (Term.CellTerm) f.right().get(7).term();
        assertEquals(new RowSelector.Line(8), last.row());
        assertEquals(new RowSelector.Line(5), ((Term.CellTerm) f.right().get(4).term()).row());
    }

    @Test
    void ellipsisFillsColumnsAndAcceptsThreeDots() {
        Formula f = FormulaParser.parse("公开02: 各行 1栏 = 2栏+...+7栏");
        assertEquals(6, f.right().size());
        assertEquals(4, ((Term.CellTerm) f.right().get(2).term()).column());
        assertInstanceOf(RowSelector.Each.class, f.rowQuantified().row());
    }

    @Test
    void tableBeforeBracketsAppliesToEveryTermInside() {
        Formula f = FormulaParser.parse("公开04 27行 = 公开01 (1行+2行+3行)");
        assertEquals(3, f.right().size());
        f.right().forEach(s -> assertEquals("公开01", ((Term.CellTerm) s.term()).table()));
        assertEquals("公开04", ((Term.CellTerm) f.left().get(0).term()).table());
    }

    @Test
    void budgetTablesInPartsAreNamedWithTheirPartAndAMinusStillSubtracts() {
        Formula f = FormulaParser.parse("预算12 单位资金 = 预算03 合计行 3栏 - 预算05-1 合计行 5栏");
        assertEquals("预算12", ((Term.CellTerm) f.left().get(0).term()).table());
        assertEquals(List.of("预算03", "预算05-1"), f.right().stream().map(s -> ((Term.CellTerm) s.term()).table()).toList());
        assertEquals(List.of(1, -1), f.right().stream().map(Signed::sign).toList());
    }

    @Test
    void signsAndFullWidthCharactersAreRead() {
        Formula f = FormulaParser.parse("公开07：各行 6栏 ＝ 1栏＋2栏－3栏");
        assertEquals(List.of(1, 1, -1), f.right().stream().map(Signed::sign).toList());
    }

    @Test
    void codesLabelsAndComparisons() {
        Formula f = FormulaParser.parse("公开06: 公用经费合计 = 302+307+310+399");
        assertEquals(new RowSelector.Label("公用经费合计"), ((Term.CellTerm) f.left().get(0).term()).row());
        assertEquals(new RowSelector.Code("399"), ((Term.CellTerm) f.right().get(3).term()).row());
        Formula w = FormulaParser.parse("公开06 30217 <= 公开09 12栏");
        assertEquals(Comparison.AT_MOST, w.comparison());
        Formula z = FormulaParser.parse("各表: 各行 各栏 ≥ 0");
        assertTrue(z.everyTable());
        assertEquals(new Term.Constant(BigDecimal.ZERO), z.right().get(0).term());
    }

    @Test
    void quantifiersAndSums() {
        Formula f = FormulaParser.parse("公开02: 各栏 各类行 = 其下各款之和");
        assertTrue(f.columnQuantified().eachColumn());
        assertEquals(new RowSelector.Each(RowSelector.Scope.CLASSES), f.rowQuantified().row());
        assertEquals(Term.SumKind.CHILDREN, ((Term.Sum) f.right().get(0).term()).kind());
        Formula g = FormulaParser.parse("公开05 各类行 1栏 = 公开04 同类行 3栏");
        assertEquals(new RowSelector.SameClass(), ((Term.CellTerm) g.right().get(0).term()).row());
    }

    @Test
    void aQuantifierCanBeLimitedToANamedCodeList() {
        Formula f = FormulaParser.parse("公开03: 各项行[只列项目支出的科目] 2栏 = 0");
        assertEquals(new RowSelector.Each(RowSelector.Scope.ITEMS, "只列项目支出的科目"), f.rowQuantified().row());
        assertThrows(RuleSyntaxException.class, () -> FormulaParser.parse("公开03: 合计行[名单] 2栏 = 0"));
    }

    @Test
    void mistakesAreExplainedInChinese() {
        RuleSyntaxException e = assertThrows(RuleSyntaxException.class, () -> FormulaParser.parse("公开01: 27行"));
        assertTrue(e.getMessage().contains("“=”"), e.getMessage());
        assertTrue(assertThrows(RuleSyntaxException.class, () -> FormulaParser.parse("公开01: 27行 1行 = 2行")).getMessage()
            .contains("一项里只能指定一行"));
        assertTrue(assertThrows(RuleSyntaxException.class, () -> FormulaParser.parse("27行 = 1行")).getMessage().contains("表号"));
        assertTrue(assertThrows(RuleSyntaxException.class, () -> FormulaParser.parse("公开01: 27行 = 1行+…+3栏")).getMessage()
            .contains("省略号"));
        assertTrue(assertThrows(RuleSyntaxException.class, () -> FormulaParser.parse("公开03 合计行 1栏 = 公开01 同类行")).getMessage()
            .contains("同类行"));
    }

    @Test
    void ruleLinesNeedCodeSeverityAndFormula() {
        Rule r = RuleBook.parseLine("x.rules", 3, "T01-01 | 错误 | 公开01: 27行 = 1行+…+8行 | 本年收入合计");
        assertEquals("T01-01", r.code());
        assertEquals("本年收入合计", r.description());
        assertEquals(null, RuleBook.parseLine("x.rules", 1, "# 注释"));
        RuleSyntaxException e = assertThrows(RuleSyntaxException.class, () -> RuleBook.parseLine("x.rules", 9, "T01 | 严重 | 公开01: 1行 = 2行"));
        assertTrue(e.getMessage().contains("第9行"), e.getMessage());
    }
}
