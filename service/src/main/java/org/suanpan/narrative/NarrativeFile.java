package org.suanpan.narrative;

import org.suanpan.read.UnusableInputException;

import java.util.List;
import java.util.Locale;

/**
 * Refuses a 情况说明 that cannot be one, before it is checked: a file named .docx that is not a Word document (a .txt
 * renamed), a file with no words, a text without a single amount or percentage. Checking such a file would report
 * “通过” with nothing verified; a clear message saying what to do is worth more.
 */
final class NarrativeFile {
    private NarrativeFile() {
    }

    /** A .docx or .docm must be a zip package (it starts with “PK”). */
    static void requireFormat(byte[] bytes, String displayName) {
        String name = displayName == null ? "" : displayName.toLowerCase(Locale.ROOT);
        boolean zip = bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K';
        // a .doc or a PDF under a .docx name gets the reader's own message for what it really is
        boolean known = bytes.length > 4 && ((bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF || bytes[0] == '%' && bytes[1] == 'P');
        if ((name.endsWith(".docx") || name.endsWith(".docm")) && !zip && !known) {
            throw new UnusableInputException("情况说明“" + displayName + "”的扩展名是 .docx，但它不是 Word 文档（可能是改了扩展名的文本文件）。"
                + "请在 Word 或 WPS 中打开后另存为 .docx，或把扩展名改回 .txt 后再上传。");
        }
    }

    /** The paragraphs, when they hold at least one amount or percentage. */
    static List<Paragraph> requireFigures(List<Paragraph> paragraphs, String displayName) {
        if (paragraphs.isEmpty()) {
            throw new UnusableInputException("情况说明“" + displayName + "”里没有文字。请上传写有情况说明正文的 .docx 或 .txt 文件。");
        }
        for (Paragraph p : paragraphs) {
            if (!ClaimFinder.figures(Normalized.of(p.text()).text).isEmpty()) {
                return paragraphs;
            }
        }
        throw new UnusableInputException("情况说明“" + displayName + "”里没有找到任何金额（万元、元）或百分比，无从核对。"
            + "请确认上传的是情况说明正文，而不是封面、目录或别的文件。");
    }
}
