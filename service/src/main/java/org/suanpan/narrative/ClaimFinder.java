package org.suanpan.narrative;

import org.suanpan.text.Text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the claims of one paragraph: every amount with the words that name it, and the shares, changes, completion
 * rates and 其中 lists built on them. Works on the normalised text, quotes from the original.
 */
final class ClaimFinder {
    private static final Pattern NUMBER = Pattern.compile("(\\d+(?:\\.\\d+)?)(万元|%)");
    private static final String BOUNDARY = ",;:。、!?";
    private static final String CLAUSE = ",;:。、!?";
    private static final Pattern LEADING = Pattern.compile(
        "^(?:其中|另外|此外|以及|及|和|与\\d{4}年度?相比|比\\d{4}年度?|较\\d{4}年度?|\\d{4}年度?|\\d+[.、](?!\\d)|\\(\\d+\\)|[一二三四五六七八九十]+、|\\([一二三四五六七八九十]+\\))+");
    private static final Pattern FILLER = Pattern.compile("(?:均为|分别为|共计|合计为|为|是|共|达到|达|约|仅|有)$");
    private static final Pattern CHANGE = Pattern.compile("(增加|减少)(?:\\((?:增加|减少)\\))?$");
    private static final Pattern BUDGET = Pattern.compile("(?:年初|全年|调整后)?预算(?:数)?$");
    private static final Pattern ACTUAL = Pattern.compile("(?:支出)?(?:决算|执行)(?:数)?$");
    private static final Pattern COMPLETION = Pattern.compile("完成(?:年初|全年)?预算(?:数)?(?:的)?$");
    private static final Pattern GROWTH = Pattern.compile("(增长|下降)(?:\\((?:增长|下降)\\))?$");
    private static final Pattern SHARE = Pattern.compile("占([^,;:。、\\d%]*?)(?:的)?$");
    private static final Pattern PARTS = Pattern.compile("(其中|主要包括|主要用于|包括):");

    private ClaimFinder() {
    }

    static List<Claim> find(int paragraph, String section, Normalized n) {
        String t = n.text;
        List<Figure> figures = figures(t);
        List<Claim> out = new ArrayList<>();
        for (int i = 0; i < figures.size(); i++) {
            Figure f = figures.get(i);
            if (f.kind() != Figure.Kind.PERCENT) {
                org.suanpan.Cancel.check();
                if (f.kind() != Figure.Kind.INCREASE && f.kind() != Figure.Kind.DECREASE) {
                    out.add(new Claim.Amount(paragraph, section, clause(n, f), f));
                }
                continue;
            }
            String before = t.substring(previousEnd(figures, i), f.start());
            Figure prev = i > 0 ? figures.get(i - 1) : null;
            if (COMPLETION.matcher(before).find()) {
                Figure actual = last(figures, i, sentenceStart(t, f.start()), x -> x.kind() == Figure.Kind.ACTUAL || x.kind() == Figure.Kind.AMOUNT);
                Figure budget = last(figures, i, sentenceStart(t, f.start()), x -> x.kind() == Figure.Kind.BUDGET);
                if (actual != null && budget != null) {
                    out.add(new Claim.Completion(paragraph, section, n.quote(clauseStart(t, budget), f.end()), budget, actual, f));
                }
            } else if (GROWTH.matcher(before).find() && prev != null && prev.isChange()) {
                Matcher g = GROWTH.matcher(before);
                g.find();
                Figure current = last(figures, i - 1, 0, x -> x.kind() == Figure.Kind.AMOUNT || x.kind() == Figure.Kind.ACTUAL);
                out.add(new Claim.Change(paragraph, section, n.quote(clauseStart(t, prev), f.end()), current, prev,
                    g.group(1).equals("增长") ? 1 : -1, f));
            } else {
                Matcher s = SHARE.matcher(before);
                if (s.find() && prev != null && prev.kind() != Figure.Kind.PERCENT && !prev.isChange()
                    && t.substring(prev.end(), f.start()).length() <= s.group().length() + 2) {
                    out.add(new Claim.Share(paragraph, section, n.quote(clauseStart(t, prev), f.end()), prev,
                        Text.norm(s.group(1)), f));
                }
            }
        }
        for (int i = 0; i < figures.size(); i++) {
            Figure f = figures.get(i);
            if (f.isChange() && !hasGrowth(figures, i, t)) {
                Figure current = last(figures, i, 0, x -> x.kind() == Figure.Kind.AMOUNT || x.kind() == Figure.Kind.ACTUAL);
                out.add(new Claim.Change(paragraph, section, clause(n, f), current, f, null, null));
            }
        }
        parts(paragraph, section, n, figures, out);
        return out;
    }

    private static boolean hasGrowth(List<Figure> figures, int i, String t) {
        if (i + 1 >= figures.size() || figures.get(i + 1).kind() != Figure.Kind.PERCENT) {
            return false;
        }
        return GROWTH.matcher(t.substring(figures.get(i).end(), figures.get(i + 1).start())).find();
    }

    /** Every number of the paragraph, with its label and kind. */
    static List<Figure> figures(String t) {
        List<Figure> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(t);
        int prevEnd = 0;
        String sentenceSubject = "";
        int sentence = -1;
        while (m.find()) {
            if (m.start() > 0 && (Character.isDigit(t.charAt(m.start() - 1)) || t.charAt(m.start() - 1) == '.')) {
                continue;
            }
            BigDecimal value = new BigDecimal(m.group(1));
            int decimals = Math.max(0, value.scale());
            if (m.group(2).equals("%")) {
                out.add(new Figure(value, decimals, m.start(), m.end(), Figure.Kind.PERCENT, "", ""));
                prevEnd = m.end();
                continue;
            }
            int from = m.start();
            while (from > prevEnd && !isBoundary(t, from - 1, BOUNDARY)) {
                from--;
            }
            String label = clean(t.substring(from, m.start()));
            int start = sentenceStart(t, m.start());
            if (start != sentence) {
                sentence = start;
                sentenceSubject = "";
            }
            Figure.Kind kind = Figure.Kind.AMOUNT;
            String subject = "";
            Matcher c = CHANGE.matcher(label);
            Matcher b = BUDGET.matcher(label);
            Matcher a = ACTUAL.matcher(label);
            if (c.find()) {
                kind = c.group(1).equals("增加") ? Figure.Kind.INCREASE : Figure.Kind.DECREASE;
                subject = clean(label.substring(0, c.start()).replaceFirst("(?:各|比.*|较.*)$", ""));
            } else if (b.find()) {
                kind = Figure.Kind.BUDGET;
                subject = clean(label.substring(0, b.start()));
            } else if (a.find()) {
                kind = Figure.Kind.ACTUAL;
                subject = clean(label.substring(0, a.start()));
            }
            if ((kind == Figure.Kind.BUDGET || kind == Figure.Kind.ACTUAL) && subject.isEmpty()) {
                subject = sentenceSubject.isEmpty() ? leadingSubject(t, start, m.start()) : sentenceSubject;
            }
            if ((kind == Figure.Kind.BUDGET || kind == Figure.Kind.ACTUAL) && subject.isEmpty()) {
                subject = previousSentence(t, start);
            }
            if ((kind == Figure.Kind.BUDGET || kind == Figure.Kind.ACTUAL) && sentenceSubject.isEmpty()) {
                sentenceSubject = subject;
            }
            out.add(new Figure(value, decimals, m.start(), m.end(), kind, label, subject));
            prevEnd = m.end();
        }
        return out;
    }

    /** The words before a number, without list numbers, years, quotes and fillers such as “为”. */
    static String clean(String raw) {
        String s = Text.norm(raw);
        s = LEADING.matcher(s).replaceFirst("");
        String before;
        do {
            before = s;
            s = FILLER.matcher(s).replaceFirst("");
        } while (!s.equals(before));
        return s;
    }

    private static int sentenceStart(String t, int at) {
        int i = at;
        while (i > 0 && t.charAt(i - 1) != '。' && t.charAt(i - 1) != '!' && t.charAt(i - 1) != '?') {
            i--;
        }
        return i;
    }

    /** “2023年度一般公共预算财政拨款支出年初预算为…”: the words that open the sentence, up to its first 预算 or 决算. */
    private static String leadingSubject(String t, int sentence, int before) {
        String s = t.substring(sentence, before);
        Matcher m = Pattern.compile("(?:年初|全年)?预算|(?:支出)?决算").matcher(s);
        return m.find() ? clean(s.substring(0, m.start())) : "";
    }

    /** The sentence before {@code start} when it holds no number: the heading of a numbered item. */
    private static String previousSentence(String t, int start) {
        if (start == 0) {
            return "";
        }
        int from = sentenceStart(t, start - 1);
        String s = t.substring(from, start - 1);
        return NUMBER.matcher(s).find() ? "" : clean(s);
    }

    private static int previousEnd(List<Figure> figures, int i) {
        return i == 0 ? 0 : figures.get(i - 1).end();
    }

    private static Figure last(List<Figure> figures, int before, int from, java.util.function.Predicate<Figure> p) {
        for (int k = before - 1; k >= 0; k--) {
            Figure f = figures.get(k);
            if (f.start() < from) {
                break;
            }
            if (p.test(f)) {
                return f;
            }
        }
        return null;
    }

    private static String clause(Normalized n, Figure f) {
        return n.quote(clauseStart(n.text, f), f.end());
    }

    /** Where the clause of a figure starts: after the punctuation before it, a list's 、 included. */
    private static int clauseStart(String t, Figure f) {
        int from = f.start();
        while (from > 0 && !isBoundary(t, from - 1, CLAUSE)) {
            from--;
        }
        return from;
    }

    /** Whether the character at {@code i} ends the words before a number; the 、 of “收、支总计” does not. */
    private static boolean isBoundary(String t, int i, String marks) {
        char c = t.charAt(i);
        if (marks.indexOf(c) < 0) {
            return false;
        }
        return !(c == '、' && i > 0 && i + 1 < t.length() && t.charAt(i - 1) == '收' && t.charAt(i + 1) == '支');
    }

    /** 其中 and 主要包括 lists: the amounts after the colon, in the same sentence, against the amount before it. */
    private static void parts(int paragraph, String section, Normalized n, List<Figure> figures, List<Claim> out) {
        String t = n.text;
        Matcher m = PARTS.matcher(t);
        while (m.find()) {
            int end = t.indexOf('。', m.end());
            end = end < 0 ? t.length() : end;
            Figure total = last(figures, indexAfter(figures, m.start()), 0,
                x -> x.kind() == Figure.Kind.AMOUNT || x.kind() == Figure.Kind.ACTUAL);
            List<Figure> parts = new ArrayList<>();
            for (Figure f : figures) {
                if (f.start() > m.end() && f.start() < end && f.kind() == Figure.Kind.AMOUNT && !f.label().isEmpty()) {
                    parts.add(f);
                }
            }
            long distinct = parts.stream().map(Figure::label).distinct().count();
            if (total != null && parts.size() >= 2 && distinct == parts.size()) {
                out.add(new Claim.Parts(paragraph, section, n.quote(clauseStart(t, total), end), total, parts,
                    m.group(1).equals("其中")));
            }
        }
    }

    private static int indexAfter(List<Figure> figures, int position) {
        int i = 0;
        while (i < figures.size() && figures.get(i).start() < position) {
            i++;
        }
        return i;
    }
}
