package org.suanpan.read;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AmountsTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "1,148.77;1148.77",
        "544. 99;544.99",
        " 11 208.44 ;11208.44",
        "１２３．４５;123.45",
        "(12.30);-12.3",
        "-5;-5",
        "9.300000000000001;9.3",
        "0.00;0",
        "1148.77万元;1148.77",
        "1.12E4;11200",
    })
    void readsNumbersWrittenAnyWay(String raw, String expected) {
        Amount a = Amounts.parse(raw);
        assertEquals(Amount.Status.NUMBER, a.status(), raw);
        assertEquals(0, new BigDecimal(expected).compareTo(a.value()), raw + " → " + a.value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"-", "—", "－", "--", "——", "/"})
    void dashesMeanZero(String raw) {
        Amount a = Amounts.parse(raw);
        assertEquals(Amount.Status.DASH, a.status());
        assertEquals(0, a.value().signum());
    }

    @ParameterizedTest
    @ValueSource(strings = {"本单位无国有资本经营预算财政拨款支出", "无", "本部门没有此项支出"})
    void notesSayingThereIsNothingMeanZero(String raw) {
        assertEquals(Amount.Status.NOTE, Amounts.parse(raw).status());
    }

    @ParameterizedTest
    @ValueSource(strings = {"12.3.4", "约五十", "#REF!", "1,2a"})
    void textThatIsNoAmountIsUnreadable(String raw) {
        Amount a = Amounts.parse(raw);
        assertEquals(Amount.Status.UNREADABLE, a.status(), raw);
    }

    @Test
    void blankIsBlank() {
        assertEquals(Amount.Status.BLANK, Amounts.parse("  ").status());
        assertEquals(Amount.Status.BLANK, Amounts.of(null).status());
    }

    @Test
    void errorCellsAreUnreadable() {
        assertEquals(Amount.Status.UNREADABLE, Amounts.of(new Cell(0, 0, CellKind.ERROR, "#DIV/0!", true)).status());
    }
}
