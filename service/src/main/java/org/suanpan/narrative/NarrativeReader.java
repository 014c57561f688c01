package org.suanpan.narrative;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.suanpan.read.UnusableInputException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a 情况说明 as paragraphs: from .docx (paragraphs and table rows, in document order) or from plain text in
 * UTF-8 or GBK, where lines broken in the middle of a sentence — as text copied out of a PDF is — are joined again.
 */
public final class NarrativeReader {
    private static final long MAX_BYTES = 50L << 20;
    private static final Pattern PARAGRAPH_START = Pattern.compile(
        "^(?:#+\\s*)?(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\\d]+[)）]|\\d+[.．、](?!\\d)|图\\s*\\d|表\\s*\\d|注[:：])");
    private static final Pattern HEADING = Pattern.compile(
        "^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）]|图\\s*\\d)");
    private static final String ENDINGS = "。！？；：:;!?」”";
    /** “4.卫生健康支出(类)医疗救助(款)城乡医疗救助(项)。” alone on a line names the subject of the sentences after it. */
    private static final Pattern SUBJECT_ONLY = Pattern.compile("[(（][类款项][)）]\\s*[。：:]$");

    private NarrativeReader() {
    }

    public static List<Paragraph> read(Path file, String displayName) {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new UnusableInputException("情况说明“" + displayName + "”超过 50 MB，不像一份情况说明。请只上传情况说明的 Word 或文本文件。");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UnusableInputException("无法读取情况说明“" + displayName + "”：" + e.getMessage(), e);
        }
        if (bytes.length == 0) {
            throw new UnusableInputException("情况说明“" + displayName + "”是空文件。请上传情况说明的 .docx 或 .txt 文件。");
        }
        NarrativeFile.requireFormat(bytes, displayName);
        if (bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K') {
            return NarrativeFile.requireFigures(docx(file, displayName), displayName);
        }
        if (bytes.length > 8 && (bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF) {
            throw new UnusableInputException("情况说明“" + displayName + "”是 Word 97-2003 文档（.doc）或 Excel 文件。请在 Word 或 WPS 中另存为 .docx 后再上传。");
        }
        if (bytes.length > 4 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F') {
            throw new UnusableInputException("情况说明“" + displayName + "”是 PDF。请上传 Word（.docx）文件，或把文字复制到 .txt 文件中上传。");
        }
        return NarrativeFile.requireFigures(lines(decode(bytes)), displayName);
    }

    /** UTF-8 when the bytes are valid UTF-8 (with or without a BOM), else GBK (GB18030). */
    static String decode(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("GB18030"));
        }
    }

    private static List<Paragraph> docx(Path file, String displayName) {
        List<String> texts = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            for (IBodyElement e : doc.getBodyElements()) {
                org.suanpan.Cancel.check();
                if (e instanceof XWPFParagraph p) {
                    texts.add(p.getText());
                } else if (e instanceof XWPFTable t) {
                    for (XWPFTableRow row : t.getRows()) {
                        List<String> cells = new ArrayList<>();
                        for (XWPFTableCell c : row.getTableCells()) {
                            cells.add(c.getText().trim());
                        }
                        texts.add(String.join("　", cells));
                    }
                }
            }
        } catch (org.suanpan.Cancel.Cancelled e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new UnusableInputException("情况说明“" + displayName + "”无法作为 Word 文档读取。请在 Word 或 WPS 中打开后另存为 .docx 再上传。", e);
        }
        Limits limits = new Limits();
        long characters = 0;
        List<Paragraph> out = new ArrayList<>();
        for (String t : texts) {
            limits.line();
            limits.characters(characters += t.length());
            String s = t.strip();
            if (!s.isEmpty()) {
                limits.paragraph(s.length());
                out.add(new Paragraph(out.size(), s));
            }
        }
        return out;
    }

    /** Joins lines into paragraphs: a line ends one when it ends a sentence or the next line starts a new item. */
    static List<Paragraph> lines(String text) {
        Limits limits = new Limits();
        limits.characters(text.length());
        List<Paragraph> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        java.util.regex.Matcher newLine = LINE_BREAK.matcher(text);
        int from = 0;
        while (from <= text.length()) {
            int to = newLine.find(from) ? newLine.start() : text.length();
            int next = to < text.length() ? newLine.end() : text.length() + 1;
            String raw = text.substring(from, to);
            from = next;
            limits.line();
            String line = raw.strip().replace('\u3000', ' ').strip();
            if (line.isEmpty()) {
                continue;
            }
            line = EMPHASIS.matcher(LEADING_HASHES.matcher(line).replaceFirst("")).replaceFirst("$1").strip();
            if (line.isEmpty()) {
                continue;
            }
            if (current.length() > 0 && (endsParagraph(current) || PARAGRAPH_START.matcher(line).find())) {
                out.add(new Paragraph(out.size(), current.toString()));
                current.setLength(0);
            }
            if (current.length() > 0 && needsSpace(current.charAt(current.length() - 1), line.charAt(0))) {
                current.append(' ');
            }
            current.append(line);
            limits.paragraph(current.length());
        }
        if (current.length() > 0) {
            out.add(new Paragraph(out.size(), current.toString()));
        }
        return out;
    }

    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    private static final Pattern LEADING_HASHES = Pattern.compile("^#+\\s*");
    /** “**第三部分 …**”: a line in bold, as text copied from a web page marks a heading, is the heading. */
    private static final Pattern EMPHASIS = Pattern.compile("^\\*\\*(.+?)\\*\\*$");

    /**
     * What a 情况说明 may hold. The longest real ones run to a few hundred lines and paragraphs of a few thousand
     * characters; the limits are far above that and far below what would keep a request thread busy.
     */
    static final int MAX_CHARACTERS = 1_000_000;
    static final int MAX_LINES = 50_000;
    static final int MAX_PARAGRAPH = 20_000;

    /** Counts what {@link #lines} and the .docx reader take in, refusing with what to shorten once past a limit. */
    private static final class Limits {
        private int lines;

        void characters(long n) {
            if (n > MAX_CHARACTERS) {
                throw new UnusableInputException("情况说明超过 " + MAX_CHARACTERS / 10_000 + " 万字，不像一份部门决算情况说明。"
                    + "请只上传情况说明本身（删去附表、附件和重复的内容）后再试。");
            }
        }

        void line() {
            if (++lines > MAX_LINES) {
                throw new UnusableInputException("情况说明超过 " + MAX_LINES + " 行，不像一份部门决算情况说明。"
                    + "请删去空行、附表和与情况说明无关的内容后再上传。");
            }
            if ((lines & 0xFF) == 0) {
                org.suanpan.Cancel.check();
            }
        }

        void paragraph(int length) {
            if (length > MAX_PARAGRAPH) {
                throw new UnusableInputException("情况说明中有一段超过 " + MAX_PARAGRAPH + " 字（句末没有句号、分段不清）。"
                    + "请在 Word 中按句号分段，或删去过长的段落后再上传。");
            }
        }
    }

    /**
     * Whether the paragraph so far ends a paragraph. Looks only at its end and, when it is short, at its start, so
     * joining a long run of lines stays linear in their length.
     */
    private static boolean endsParagraph(StringBuilder s) {
        char last = s.charAt(s.length() - 1);
        if (ENDINGS.indexOf(last) >= 0) {
            // SUBJECT_ONLY is anchored at the end and spans a few characters: its tail is enough
            return !SUBJECT_ONLY.matcher(s.subSequence(Math.max(0, s.length() - 16), s.length())).find();
        }
        if (s.length() > 40) {
            return false;
        }
        String t = s.toString();
        return HEADING.matcher(t).find() && !t.contains("，") && !t.contains(",");
    }

    /** Latin words broken across lines keep a space; Chinese text and numbers join without one. */
    private static boolean needsSpace(char before, char after) {
        return Character.isLetter(before) && before < 0x2E80 && Character.isLetter(after) && after < 0x2E80;
    }
}
