package org.suanpan.text;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class TextTest {
    @Test
    void normalisesWidthSpacesAndQuotes() {
        assertEquals("财政拨款三公经费支出决算表", Text.norm("财政拨款“三公” 经费\n支出决算表"));
        assertEquals("(表1)", Text.norm("（表１）"));
    }

    @Test
    void commonIdeographsAndPrintableAsciiPassUnchangedAsNfkcLeavesThem() {
        for (char c = '\u4E00'; c <= '\u9FFF'; c++) {
            assertPassesUnchanged(c);
        }
        for (char c = '!'; c <= '~'; c++) {
            if (c != '"' && c != '\'') {
                assertPassesUnchanged(c);
            }
        }
        assertEquals("ab", Text.norm("a\"'b"));
    }

    private static void assertPassesUnchanged(char c) {
        String s = String.valueOf(c);
        assertEquals(s, java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC), "NFKC changes U+" + Integer.toHexString(c));
        assertEquals(s + s, Text.norm(" " + s + "\u3000“" + s + "”"), "U+" + Integer.toHexString(c));
    }

    @Test
    void labelDropsOrdinalsButKeepsWordsStartingWithNumerals() {
        assertEquals("一般公共服务支出", Text.label("一、一般公共服务支出"));
        assertEquals("一般公共预算财政拨款", Text.label("一般公共预算财政拨款"));
        assertEquals("总体情况", Text.label("（一）总体情况"));
        assertEquals("社会保障和就业支出", Text.label("二十、社会保障和就业支出"));
    }

    @Test
    void moneyPrintsTwoDecimalsWithSeparators() {
        assertEquals("11,229.01", Money.format(new BigDecimal("11229.01")));
        assertEquals("0.00", Money.format(BigDecimal.ZERO));
        assertEquals("-0.36", Money.format(new BigDecimal("-0.36")));
        assertEquals("10,580.40", Money.format(new BigDecimal("10580.4")));
    }

    @Test
    void charactersXmlForbidsAreReplacedInTextAndParts() {
        assertEquals("表\uFFFD\uFFFD\uFFFD😀a&amp;", org.suanpan.text.Xml.text("表\uFFFE\uFFFF\uD800😀a\u0001&"));
        assertEquals("表\uFFFD\uFFFD", org.suanpan.text.Xml.safe("表\uFFFE\uDC00\u001B"));
        String clean = "公开01表 <a>&amp;</a>";
        assertSame(clean, org.suanpan.text.Xml.safe(clean));
        byte[] part = "<a n=\"x\uFFFE\">&#xFFFF;&#65;&#1;\u0002</a>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals("<a n=\"x\uFFFD\">&#xFFFD;&#65;&#xFFFD;\uFFFD</a>",
            new String(org.suanpan.text.Xml.repair(part), java.nio.charset.StandardCharsets.UTF_8));
        byte[] fine = "<a>收入&amp;支出</a>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertSame(fine, org.suanpan.text.Xml.repair(fine));
    }

    @Test
    void longQuotesAreCutWithAMark() {
        assertEquals("收入…", Text.shorten("收入支出决算总表", 3));
        assertEquals("短", Text.shorten("短", 3));
        assertEquals("a…", Text.shorten("a😀b", 3), "a surrogate pair is never split");
    }
}
