package org.suanpan.narrative;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the 情况说明 in a text — from its 第三部分 heading or its first section (收入支出决算总体情况说明) to 第四部分 or
 * 名词解释 — and which section each paragraph belongs to, by the section headings.
 */
public final class Outline {
    private static final Pattern HEADING = Pattern.compile("^[一二三四五六七八九十]+[、.]");
    private static final Pattern PART = Pattern.compile("^第[一二三四五六七八九十]+部分");
    /** “（一）收入支出决算总体情况说明。”: where the sections are numbered one level down, under “二、部门决算情况说明”. */
    private static final Pattern SUBHEADING = Pattern.compile("^\\([一二三四五六七八九十]+\\)");
    private static final Pattern MARKUP = Pattern.compile("^[-*#>]+|\\*+$");
    private static final Pattern CONTENTS = Pattern.compile("[.…·]{4,}\\s*\\d*$");

    /** A paragraph of the 情况说明 with its section (null before the first heading). */
    public record Placed(Paragraph paragraph, SectionDef section, boolean heading) {
    }

    private Outline() {
    }

    public static List<Placed> of(List<Paragraph> paragraphs, Vocabulary vocabulary) {
        int start = start(paragraphs, vocabulary);
        List<Placed> out = new ArrayList<>();
        SectionDef current = null;
        for (int i = start; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            String n = plain(p.text());
            if (CONTENTS.matcher(n).find()) {
                continue;
            }
            if (i > start && (PART.matcher(n).find() || n.startsWith("名词解释") || n.matches("^[(（]?[一二三四五六七八九十]*[)）、]?名词解释.*"))) {
                break;
            }
            boolean heading = isHeading(n);
            if (heading) {
                SectionDef s = vocabulary.sectionOfHeading(n);
                current = s;
            } else if (SUBHEADING.matcher(n).find() && n.length() <= 45 && n.matches(".*说明[。.]?$") && vocabulary.sectionOfHeading(n) != null) {
                // a sub-numbered heading names a section only when the vocabulary knows it; “（一）总体情况” keeps the section
                current = vocabulary.sectionOfHeading(n);
                heading = true;
            }
            out.add(new Placed(p, current, heading));
        }
        return out;
    }

    public static boolean isHeading(String normalized) {
        return HEADING.matcher(normalized).find() && normalized.length() <= 45 && !normalized.contains("。") && !normalized.contains("万元");
    }

    /**
     * The normalised words of a paragraph without the Markdown a text copied from a web page keeps around a heading
     * (“### **第三部分 …**”, “- 一、…”): the heading is the same heading with or without it.
     */
    static String plain(String text) {
        return MARKUP.matcher(Normalized.of(text).text).replaceAll("");
    }

    /**
     * Where the 情况说明 starts: its 第三部分 heading, else its first section, else the beginning. A 第三部分 line of the
     * table of contents is no start: nothing but headings (no figure) follows it before the next 第…部分.
     */
    private static int start(List<Paragraph> paragraphs, Vocabulary vocabulary) {
        SectionDef first = vocabulary.sections().isEmpty() ? null : vocabulary.sections().get(0);
        for (int i = 0; i < paragraphs.size(); i++) {
            String n = plain(paragraphs.get(i).text());
            if (CONTENTS.matcher(n).find()) {
                continue;
            }
            if (PART.matcher(n).find() && n.contains("情况说明") && !contentsEntry(paragraphs, i)) {
                return i + 1;
            }
        }
        for (int i = 0; i < paragraphs.size(); i++) {
            String n = plain(paragraphs.get(i).text());
            if (!CONTENTS.matcher(n).find() && isHeading(n) && first != null && vocabulary.sectionOfHeading(n) == first) {
                return i;
            }
        }
        return 0;
    }

    /** Whether no figure stands between the part heading at {@code at} and the next part heading (or the end). */
    private static boolean contentsEntry(List<Paragraph> paragraphs, int at) {
        for (int j = at + 1; j < paragraphs.size(); j++) {
            String n = plain(paragraphs.get(j).text());
            if (PART.matcher(n).find()) {
                return true;
            }
            if (!ClaimFinder.figures(n).isEmpty()) {
                return false;
            }
        }
        return true;
    }
}
