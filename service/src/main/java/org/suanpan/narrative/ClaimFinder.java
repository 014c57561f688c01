package org.suanpan.narrative;

import org.suanpan.text.Text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the claims of one paragraph: every amount with the words that name it, and the shares, changes, completion
 * rates and 其中 lists built on them. Works on the normalised text, quotes from the original.
 */
final class ClaimFinder {
    /** An amount in 万元, 万 alone (“52.10 万，其中…”, not “1.2 万人”), 元 or 亿元, or a percentage. */
    private static final Pattern NUMBER = Pattern.compile(
        "(\\d+(?:\\.\\d+)?)(亿元|万元|万(?![\\u4e00-\\u9fff&&[^其较比与占均]])|元|%)");
    private static final String BOUNDARY = ",;:。、!?";
    private static final String CLAUSE = ",;:。、!?";
    private static final Pattern LEADING = Pattern.compile(
        "^(?:其中|另外|此外|以及|及|和|与\\d{4}年度?相比|比\\d{4}年度?|较\\d{4}年度?|\\d{4}年度?|\\d+[.、](?!\\d)|\\(\\d+\\)|[一二三四五六七八九十]+、|\\([一二三四五六七八九十]+\\))+");
    private static final Pattern FILLER = Pattern.compile("(?:均为|分别为|共计|合计为|为|是|共|达到|达|约|仅|有)$");
    /** “增加”, and the short “增”, “增支”, “增收” (not the 增 of 新增). */
    private static final String VERB_UP = "增加|增长|上升|增支|增收|(?<!新)增";
    private static final String VERB_DOWN = "减少|下降|降低|减支|减收|(?<!新)减";
    private static final Pattern CHANGE = Pattern.compile("(" + VERB_UP + "|" + VERB_DOWN + ")了?(?:\\((?:增加|减少)\\))?$");
    private static final Pattern BUDGET = Pattern.compile("(?:年初|全年|调整后)?预算(?:数)?(?:安排)?$");
    private static final Pattern ACTUAL = Pattern.compile("(?:支出)?(?:决算|执行)(?:数)?$");
    /** “比上年 40.00 万元”, “较 2022 年决算数 300.00 万元”, “较上年的”. */
    private static final Pattern BASE = Pattern.compile("(?:比|较|与)(?:上年|上一?年度|\\d{4}年度?)(?:同期)?(?:决算数?|支出数?)?(?:的)?$"
        + "|^(?:上年|上年度|去年|上一年度?)(?:同期)?(?:决算数?)?(?:为|是)?$");
    /** “与年初预算相比减少”, “比预算减少”, “较年初预算数增加”: a change on the budget. */
    private static final Pattern BUDGET_BASE = Pattern.compile("(?:比|较|与)(?:年初|全年|调整后)?预算(?:数)?(?:相比|对比)?");
    private static final Pattern COMPLETION = Pattern.compile("(未)?(?:完成|为|达到|占)(?:了)?(年初|全年|调整后|调整)?预算(?:数)?(?:的)?$");
    private static final Pattern COMPLETION_OF = Pattern.compile("完成(?:了)?(?:年初|全年|调整后)?预算(?:数)?$");
    private static final Pattern GROWTH = Pattern.compile("(" + VERB_UP + "|" + VERB_DOWN + "|增幅|降幅|涨幅|减幅)了?(?:为|是)?(?:\\((?:增长|下降)\\))?$");
    private static final Pattern SHARE = Pattern.compile("占([^,;:。、\\d%]*?)(?:的)?(?:比例|比重)?(?:为)?$");
    private static final Pattern PARTS = Pattern.compile("(其中|主要包括|主要用于|包括):");
    private static final Pattern YEARS = Pattern.compile("\\d{4}年度?");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})年");

    private ClaimFinder() {
    }

    /**
     * A 其中 list: where its items are, the index of its total (−1 when none stands before it), the stretches that
     * belong to lists nested in it, and whether it is 其中 (all parts) or 主要包括 (some). {@code open}: a nested list
     * with nothing to say where it ends (no “；” before the sentence ends) — only its first item is surely its own.
     */
    private record Span(int from, int to, int total, boolean exhaustive, List<int[]> holes, boolean open) {
        boolean holds(int at) {
            return at > from && at < to && holes.stream().noneMatch(h -> at >= h[0] && at < h[1]);
        }
    }

    /** What the vocabulary says about qualifiers, for the subject that carries over inside a sentence. */
    record Narrow(List<String> qualifiers, List<String> carried, boolean budget) {
        static final Narrow NONE = new Narrow(List.of(), List.of(), false);

        static Narrow of(Vocabulary v) {
            return new Narrow(v.qualifiers(), v.carried(), v.budget());
        }
    }

    static List<Claim> find(int paragraph, String section, Normalized n, Narrow narrow) {
        String t = n.text;
        List<Figure> figures = figures(t, narrow);
        List<Claim> out = new ArrayList<>();
        List<Span> lists = lists(t, figures);
        for (int i = 0; i < figures.size(); i++) {
            Figure f = figures.get(i);
            if (f.kind() != Figure.Kind.PERCENT) {
                org.suanpan.Cancel.check();
                if (f.kind() != Figure.Kind.INCREASE && f.kind() != Figure.Kind.DECREASE && f.kind() != Figure.Kind.BASE) {
                    out.add(new Claim.Amount(paragraph, section, clause(n, f), f));
                }
                continue;
            }
            String before = t.substring(previousEnd(figures, i), f.start());
            Figure prev = i > 0 ? figures.get(i - 1) : null;
            int sentence = sentenceStart(t, f.start());
            Matcher done = COMPLETION.matcher(before);
            if (done.find()) {
                if (done.group(1) == null) {
                    completion(paragraph, section, n, figures, i, sentence, done.group(2), out);
                }
            } else if ("的".equals(before) && prev != null && prev.kind() == Figure.Kind.BUDGET
                && COMPLETION_OF.matcher(Text.norm(t.substring(clauseStart(t, prev), prev.start()))).find()) {
                // “完成全年预算 84.00 万元的 73.2%”
                Figure actual = last(figures, i - 1, sentence, x -> x.kind() == Figure.Kind.ACTUAL || x.kind() == Figure.Kind.AMOUNT);
                if (actual != null) {
                    out.add(new Claim.Completion(paragraph, section, n.quote(clauseStart(t, actual), f.end()), prev, actual, f));
                }
            } else if (GROWTH.matcher(before).find() && prev != null && prev.kind() == Figure.Kind.BASE) {
                // “本年收入合计 500.00 万元，上年 450.00 万元，增长 11.1%”: the change is the difference of the two
                Figure current = last(figures, i - 1, sentence, x -> x.kind() == Figure.Kind.AMOUNT || x.kind() == Figure.Kind.ACTUAL);
                Matcher g = GROWTH.matcher(before);
                g.find();
                if (current != null) {
                    out.add(new Claim.Change(paragraph, section, n.quote(clauseStart(t, current), f.end()), current, null, prev, false,
                        up(g.group(1)) ? 1 : -1, f));
                }
            } else if (GROWTH.matcher(before).find() && prev != null && prev.isChange()) {
                Matcher g = GROWTH.matcher(before);
                g.find();
                out.add(change(paragraph, section, n, figures, i - 1, up(g.group(1)) ? 1 : -1, f));
            } else {
                Matcher s = SHARE.matcher(before);
                // “分别为 400.00 万元、100.00 万元，分别占 80.0%、20.0%”: which share is whose is not for a pattern to guess
                if (s.find() && !before.contains("分别") && prev != null && (prev.kind() == Figure.Kind.AMOUNT || prev.kind() == Figure.Kind.ACTUAL)
                    && t.substring(prev.end(), f.start()).length() <= s.group().length() + 2) {
                    String whole = Text.norm(s.group(1));
                    if (whole.equals("比")) {
                        whole = ""; // “占比 96.0%”
                    }
                    Figure listTotal = null;
                    for (Span l : lists) {
                        if (l.holds(prev.start()) && l.total() >= 0 && (!l.open() || firstIn(figures, l) == prev)) {
                            listTotal = figures.get(l.total());
                        }
                    }
                    out.add(new Claim.Share(paragraph, section, n.quote(clauseStart(t, prev), f.end()), prev, whole, f, listTotal));
                }
            }
        }
        for (int i = 0; i < figures.size(); i++) {
            Figure f = figures.get(i);
            if (f.isChange() && !hasGrowth(figures, i, t)) {
                out.add(change(paragraph, section, n, figures, i, null, null));
            }
        }
        parts(paragraph, section, n, figures, out);
        return out;
    }

    /** “年初预算为 29.6 万元，支出决算为 10.95 万元，完成年初预算的 37.0%”: one budget and one actual, nothing else between. */
    private static void completion(int paragraph, String section, Normalized n, List<Figure> figures, int i, int sentence, String which,
                                   List<Claim> out) {
        Figure percent = figures.get(i);
        Figure a = i >= 1 ? figures.get(i - 1) : null;
        Figure b = i >= 2 ? figures.get(i - 2) : null;
        if (a == null || b == null || a.start() < sentence || b.start() < sentence) {
            return;
        }
        Figure budget = a.kind() == Figure.Kind.BUDGET ? a : b.kind() == Figure.Kind.BUDGET ? b : null;
        Figure actual = budget == a ? b : a;
        if (budget == null || actual.kind() != Figure.Kind.ACTUAL && actual.kind() != Figure.Kind.AMOUNT) {
            return;
        }
        // “完成年初预算的” against an 调整预算, or the other way round: another budget than the one printed
        boolean adjustedRate = which != null && which.startsWith("调整");
        boolean adjustedBudget = budget.label().contains("调整");
        if (which != null && adjustedRate != adjustedBudget) {
            return;
        }
        out.add(new Claim.Completion(paragraph, section, n.quote(clauseStart(n.text, b), percent.end()), budget, actual, percent));
    }

    private static Claim.Change change(int paragraph, String section, Normalized n, List<Figure> figures, int i, Integer direction,
                                       Figure percent) {
        String t = n.text;
        Figure change = figures.get(i);
        Figure base = i > 0 && figures.get(i - 1).kind() == Figure.Kind.BASE ? figures.get(i - 1) : null;
        int before = base != null ? i - 1 : i;
        Figure current = last(figures, before, 0, x -> x.kind() == Figure.Kind.AMOUNT || x.kind() == Figure.Kind.ACTUAL);
        if (current != null && current.start() < sentenceStart(t, change.start()) && !sameSubject(current, change)) {
            current = null; // an amount of another subject in an earlier sentence: the checker looks for the change's own
        }
        int from = clauseStart(t, base != null ? base : change);
        String words = t.substring(Math.max(0, sentenceStart(t, change.start())), change.start());
        boolean budgetBase = base == null && BUDGET_BASE.matcher(words.substring(Math.max(0, words.lastIndexOf(',') + 1))).find();
        int end = percent != null ? percent.end() : change.end();
        return new Claim.Change(paragraph, section, n.quote(from, end), current, change, base, budgetBase, direction, percent);
    }

    private static boolean up(String verb) {
        return verb.startsWith("增") || verb.equals("上升") || verb.equals("涨幅");
    }

    private static boolean sameSubject(Figure current, Figure change) {
        String a = NarrativeChecker.subjectKey(change.subject());
        String b = NarrativeChecker.subjectKey(current.kind() == Figure.Kind.AMOUNT ? current.label() : current.subject());
        return a.isEmpty() || b.isEmpty() || a.endsWith(b) || b.endsWith(a);
    }

    private static boolean hasGrowth(List<Figure> figures, int i, String t) {
        if (i + 1 >= figures.size() || figures.get(i + 1).kind() != Figure.Kind.PERCENT) {
            return false;
        }
        return GROWTH.matcher(t.substring(figures.get(i).end(), figures.get(i + 1).start())).find();
    }

    static List<Figure> figures(String t) {
        return figures(t, Narrow.NONE);
    }

    /** Every number of the paragraph, with its label and kind, amounts in 万元. */
    static List<Figure> figures(String t, Narrow narrow) {
        List<Figure> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(t);
        int prevEnd = 0;
        String sentenceSubject = "";
        String sentenceQualifier = "";
        int sentence = -1;
        int latestYear = 0;
        while (m.find()) {
            if (m.start() > 0 && (Character.isDigit(t.charAt(m.start() - 1)) || t.charAt(m.start() - 1) == '.')) {
                continue;
            }
            BigDecimal value = new BigDecimal(m.group(1));
            String unit = m.group(2);
            if (unit.equals("%")) {
                out.add(new Figure(value, Math.max(0, value.scale()), m.start(), m.end(), Figure.Kind.PERCENT, "", ""));
                prevEnd = m.end();
                continue;
            }
            int shift = switch (unit) {
                case "元" -> -4;
                case "亿元" -> 4;
                default -> 0;
            };
            value = value.movePointRight(shift);
            int decimals = new BigDecimal(m.group(1)).scale() - shift;
            int from = m.start();
            while (from > prevEnd && !isBoundary(t, from - 1, BOUNDARY)) {
                from--;
            }
            String raw = Text.norm(t.substring(from, m.start()));
            String label = clean(raw);
            int start = sentenceStart(t, m.start());
            if (start != sentence) {
                sentence = start;
                sentenceSubject = "";
                sentenceQualifier = "";
            }
            Figure.Kind kind = Figure.Kind.AMOUNT;
            String subject = "";
            Matcher c = CHANGE.matcher(label);
            Matcher b = BUDGET.matcher(label);
            Matcher a = ACTUAL.matcher(label);
            Matcher y = YEAR.matcher(Text.norm(t.substring(start, m.start())));
            int year = 0;
            while (y.find()) {
                year = Integer.parseInt(y.group(1)); // the year nearest the number
            }
            boolean earlierYear = year > 0 && year < latestYear && raw.matches("^(?:19|20)\\d{2}年.*") && !CHANGE.matcher(label).find();
            latestYear = Math.max(latestYear, year);
            if (BASE.matcher(raw).find() || earlierYear) {
                // “2022 年度支出 12.52 万元，2021 年度支出 16.82 万元”: the earlier year's figure is a base, not this year's stated twice
                kind = Figure.Kind.BASE;
                subject = sentenceSubject;
            } else if (c.find()) {
                kind = up(c.group(1)) ? Figure.Kind.INCREASE : Figure.Kind.DECREASE;
                subject = clean(label.substring(0, c.start()).replaceFirst("(?:各|比.*|较.*|与.*)$", ""));
            } else if (!narrow.budget() && b.find()) {
                // in a 部门预算 every figure is a budget: “收入预算 7651.80 万元” names the 收入, not a 预算数 against a 决算数
                kind = Figure.Kind.BUDGET;
                subject = clean(label.substring(0, b.start()).replaceFirst("完成了?$", ""));
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
            if (kind == Figure.Kind.AMOUNT) {
                // “财政拨款收入总计 80.00 万元，支出总计 80.00 万元”: the second is 财政拨款 too
                String q = qualifierPrefix(label, narrow);
                if (!q.isEmpty()) {
                    sentenceQualifier = q;
                } else if (!sentenceQualifier.isEmpty() && narrow.carried().contains(label)) {
                    label = sentenceQualifier + label;
                } else if (!label.isEmpty()) {
                    sentenceQualifier = "";
                }
            }
            out.add(new Figure(value, decimals, m.start(), m.end(), kind, label, subject));
            prevEnd = m.end();
        }
        return out;
    }

    /**
     * The qualifying words before a phrase that others in the sentence take over: “财政拨款” of “财政拨款收入总计”; ""
     * when the label is not such a phrase or has no qualifier.
     */
    private static String qualifierPrefix(String label, Narrow narrow) {
        String longest = "";
        for (String c : narrow.carried()) {
            if (label.endsWith(c) && c.length() > longest.length()) {
                longest = c;
            }
        }
        if (longest.isEmpty()) {
            return "";
        }
        String before = YEARS.matcher(label.substring(0, label.length() - longest.length())).replaceAll("");
        return narrow.qualifiers().stream().anyMatch(before::contains) ? before : "";
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

    private static Figure last(List<Figure> figures, int before, int from, Predicate<Figure> p) {
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

    /** The clause a figure stands in, as the department wrote it. */
    static String clause(Normalized n, Figure f) {
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

    /** The 其中 lists of the paragraph, a list nested in another (“其中：基本支出…，其中：人员经费…；项目支出…”) apart. */
    private static List<Span> lists(String t, List<Figure> figures) {
        List<int[]> marks = new ArrayList<>();
        Matcher m = PARTS.matcher(t);
        while (m.find()) {
            marks.add(new int[] {m.start(), m.end(), m.group(1).equals("其中") ? 1 : 0});
        }
        List<Span> out = new ArrayList<>();
        for (int k = 0; k < marks.size(); k++) {
            int[] mark = marks.get(k);
            int end = t.indexOf('。', mark[1]);
            end = end < 0 ? t.length() : end;
            boolean nested = false;
            boolean open = false;
            for (int[] outer : marks.subList(0, k)) {
                int outerEnd = t.indexOf('。', outer[1]);
                if ((outerEnd < 0 ? t.length() : outerEnd) == end) {
                    nested = true;
                }
            }
            if (nested) {
                int semi = t.indexOf(';', mark[1]);
                if (semi >= 0 && semi < end) {
                    end = semi;
                } else {
                    open = true;
                }
            }
            List<int[]> holes = new ArrayList<>();
            for (int[] inner : marks.subList(k + 1, marks.size())) {
                if (inner[0] < end) {
                    int semi = t.indexOf(';', inner[1]);
                    holes.add(new int[] {inner[0], semi >= 0 && semi < end ? semi : end});
                }
            }
            Figure total = last(figures, indexAfter(figures, mark[0]), 0,
                x -> x.kind() == Figure.Kind.AMOUNT || x.kind() == Figure.Kind.ACTUAL);
            if (!nested && total != null && mark[2] == 1) {
                end = endsAtSemicolon(t, figures, total, mark[1], end);
            }
            out.add(new Span(mark[1], end, total == null ? -1 : figures.indexOf(total), mark[2] == 1, holes, open));
        }
        return out;
    }

    /**
     * “基本支出 5715.54 万元，其中：人员经费 5164.74 万元、公用经费 550.80 万元；项目支出 1913.26 万元”: a 其中 list
     * may end at a “；” with the sentence going on to the total's sibling. Where the items up to a “；” add up to the
     * total and the items up to the sentence's end do not, the list ends there; elsewhere it runs to the sentence's end.
     */
    private static int endsAtSemicolon(String t, List<Figure> figures, Figure total, int from, int end) {
        int[] depth = depths(t);
        int level = depth[from];
        BigDecimal tolerance = total.half().max(total.printedHalf());
        BigDecimal sum = BigDecimal.ZERO;
        List<int[]> prefixes = new ArrayList<>();
        int count = 0;
        int previousEnd = from;
        for (Figure f : figures) {
            if (f.start() <= from || f.start() >= end || depth[f.start()] != level || !isPart(f)) {
                continue;
            }
            int semi = t.lastIndexOf(';', f.start());
            if (count >= 2 && semi >= previousEnd && depth[semi] == level && matches(sum, total, tolerance)) {
                prefixes.add(new int[] {semi});
            }
            sum = sum.add(f.value());
            tolerance = tolerance.add(f.half());
            count++;
            previousEnd = f.end();
        }
        if (prefixes.isEmpty() || matches(sum, total, tolerance)) {
            return end;
        }
        return prefixes.get(0)[0];
    }

    private static boolean matches(BigDecimal sum, Figure total, BigDecimal tolerance) {
        return sum.subtract(total.value()).abs().compareTo(tolerance) <= 0;
    }

    /**
     * 其中 and 主要包括 lists: the amounts after the colon, in the same sentence and at the colon's bracket depth, against
     * the amount before it; an item's bracket (“公务用车购置及运行维护费 18 万元（购置费 0 万元、运行维护费 18 万元）”) against
     * the item — never an item and its own breakdown in one sum.
     */
    private static void parts(int paragraph, String section, Normalized n, List<Figure> figures, List<Claim> out) {
        String t = n.text;
        int[] depth = depths(t);
        for (Span list : lists(t, figures)) {
            Figure total = list.total() < 0 ? null : figures.get(list.total());
            int level = depth[list.from()];
            List<Figure> parts = new ArrayList<>();
            List<Figure> changes = new ArrayList<>();
            for (Figure f : figures) {
                if (list.holds(f.start()) && depth[f.start()] == level) {
                    if (isPart(f)) {
                        parts.add(f);
                        brackets(paragraph, section, n, figures, f, depth, out);
                    } else if (f.isChange()) {
                        changes.add(f);
                    }
                }
            }
            if (list.open()) {
                continue; // where it ends is a guess: its sums are not judged
            }
            // “…等”: the list names some of the parts
            boolean exhaustive = list.exhaustive() && !parts.isEmpty() && !t.startsWith("等", parts.get(parts.size() - 1).end());
            long distinct = parts.stream().map(Figure::label).distinct().count();
            if (total != null && parts.size() >= 2 && distinct == parts.size()) {
                out.add(new Claim.Parts(paragraph, section, n.quote(clauseStart(t, total), list.to()), total, parts, exhaustive));
            }
            // “比上年减少 4.30 万元，其中：公务用车购置及运行费减少 2.00 万元、公务接待费减少 2.30 万元”: the changes add up too
            Figure change = last(figures, indexAfter(figures, list.from()), sentenceStart(t, list.from()), x -> x.kind() != Figure.Kind.PERCENT);
            if (parts.isEmpty() && changes.size() >= 2 && change != null && change.isChange()
                && changes.stream().map(Figure::subject).distinct().count() == changes.size()) {
                out.add(new Claim.Parts(paragraph, section, n.quote(clauseStart(t, change), list.to()), change, changes, list.exhaustive()));
            }
        }
    }

    private static Figure firstIn(List<Figure> figures, Span list) {
        return figures.stream().filter(f -> list.holds(f.start()) && f.kind() != Figure.Kind.PERCENT).findFirst().orElse(null);
    }

    private static boolean isPart(Figure f) {
        return (f.kind() == Figure.Kind.AMOUNT || f.kind() == Figure.Kind.ACTUAL) && !f.label().isEmpty();
    }

    /** The amounts in the bracket right after an item, against the item. */
    private static void brackets(int paragraph, String section, Normalized n, List<Figure> figures, Figure item, int[] depth,
                                 List<Claim> out) {
        String t = n.text;
        if (item.end() >= t.length() || t.charAt(item.end()) != '(') {
            return;
        }
        int close = item.end() + 1;
        while (close < t.length() && depth[close] > depth[item.end()]) {
            close++;
        }
        List<Figure> inside = new ArrayList<>();
        for (Figure f : figures) {
            if (f.start() > item.end() && f.start() < close && depth[f.start()] == depth[item.end()] + 1 && isPart(f)) {
                inside.add(f);
            }
        }
        if (inside.size() >= 2 && inside.stream().map(Figure::label).distinct().count() == inside.size()) {
            out.add(new Claim.Parts(paragraph, section, n.quote(clauseStart(t, item), Math.min(t.length(), close + 1)), item, inside, true));
        }
    }

    /** How deep in brackets each position is (a bracket's own opening character counts as outside). */
    private static int[] depths(String t) {
        int[] out = new int[t.length() + 1];
        int d = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == ')' && d > 0) {
                d--;
            }
            out[i] = d;
            if (c == '(') {
                d++;
            }
        }
        out[t.length()] = d;
        return out;
    }

    private static int indexAfter(List<Figure> figures, int position) {
        int i = 0;
        while (i < figures.size() && figures.get(i).start() < position) {
            i++;
        }
        return i;
    }
}
