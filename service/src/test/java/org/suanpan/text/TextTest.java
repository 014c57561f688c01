package org.suanpan.text;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextTest {
    @Test
    void normalisesWidthSpacesAndQuotes() {
        assertEquals("财政拨款三公经费支出决算表", Text.norm("财政拨款“三公” 经费\n支出决算表"));
        assertEquals("(表1)", Text.norm("（表１）"));
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
}
