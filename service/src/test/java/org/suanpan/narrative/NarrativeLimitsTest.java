package org.suanpan.narrative;

import org.junit.jupiter.api.Test;
import org.suanpan.read.UnusableInputException;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A 情况说明 far larger than any real one is refused with what to shorten, and joining lines never rescans the paragraph. */
class NarrativeLimitsTest {

    @Test
    void tooManyLinesAreRefusedWithWhatToDelete() {
        String text = "一、部门概况\n".repeat(NarrativeReader.MAX_LINES + 1);
        UnusableInputException e = assertThrows(UnusableInputException.class, () -> NarrativeReader.lines(text));
        assertTrue(e.getMessage().contains("行") && e.getMessage().contains("请删去"), e.getMessage());
    }

    @Test
    void aParagraphThatNeverEndsIsRefusedWithHowToSplitIt() {
        // short lines without a full stop, as text copied out of a PDF without punctuation: all join into one paragraph
        String text = "收入1万元，\n".repeat(NarrativeReader.MAX_PARAGRAPH / 6 + 10);
        UnusableInputException e = assertThrows(UnusableInputException.class, () -> NarrativeReader.lines(text));
        assertTrue(e.getMessage().contains("按句号分段"), e.getMessage());
    }

    @Test
    void tooManyCharactersAreRefusedBeforeAnyLineIsJoined() {
        String text = "本年收入合计100万元。".repeat(NarrativeReader.MAX_CHARACTERS / 12 + 1);
        UnusableInputException e = assertThrows(UnusableInputException.class, () -> NarrativeReader.lines(text));
        assertTrue(e.getMessage().contains("万字"), e.getMessage());
    }

    @Test
    void linesJoinAsBeforeUpToTheLimits() {
        List<Paragraph> p = NarrativeReader.lines("一、收入支出决算总体情况说明\n2023年度收入总计100万元，\n比上年增加10万元。\n###\n（一）财政拨款\n"
            + "4.卫生健康支出(类)医疗救助(款)城乡医疗救助(项)。\n支出5万元。");
        assertEquals(List.of("一、收入支出决算总体情况说明", "2023年度收入总计100万元，比上年增加10万元。", "（一）财政拨款",
            "4.卫生健康支出(类)医疗救助(款)城乡医疗救助(项)。支出5万元。"), p.stream().map(Paragraph::text).toList());
        // a paragraph just under the limit, joined from thousands of lines, is read whole
        String many = "收入1万元，\n".repeat(NarrativeReader.MAX_PARAGRAPH / 6 - 10) + "合计。";
        assertEquals(1, NarrativeReader.lines(many).size());
    }

    @Test
    void aStoppedThreadStopsReading() {
        String many = "收入1万元。\n".repeat(10_000);
        Thread.currentThread().interrupt();
        try {
            assertThrows(org.suanpan.Cancel.Cancelled.class, () -> NarrativeReader.lines(many));
        } finally {
            Thread.interrupted();
        }
    }
}
