package org.suanpan.narrative;

/** One paragraph of the 情况说明 as read: its place in the text (from 0) and its words. */
public record Paragraph(int index, String text) {
}
