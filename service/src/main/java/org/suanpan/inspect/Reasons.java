package org.suanpan.inspect;

import org.suanpan.check.Finding;
import org.suanpan.text.Money;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Each change that needs a reason is followed by one: a change on last year beyond the threshold (or from nothing),
 * any change in the sections listed (the “三公” items), and — with {@code budget} — every 决算 that differs from its
 * budget. A reason (原因, 由于 …) later in the same paragraph, or a next paragraph that starts with one, answers the
 * first unanswered change before it. A change whose amount is explained in another section (the same total in
 * 一 and 二) is not asked again, and a budget pair followed by “其中” is answered by its parts.
 */
final class Reasons implements Check {
    private static final Pattern NUMBERING = Pattern.compile("^(?:[(]?[一二三四五六七八九十\\d]+[).、])");
    private final boolean budget;

    Reasons(boolean budget) {
        this.budget = budget;
    }

    @Override
    public Set<String> parameters() {
        return Set.of("幅度", "任何变动的节", "原因");
    }

    @Override
    public String validate(ChecklistItem item, org.suanpan.narrative.Vocabulary vocabulary) {
        if (item.list("原因").isEmpty()) {
            return "检查“" + item.kind() + "”要用参数“原因=原因、由于、…”列出表示原因的词。";
        }
        for (String key : item.list("任何变动的节")) {
            if (vocabulary.section(key) == null) {
                return "节“" + key + "”不在 templates/narrative/sections.txt 中。";
            }
        }
        try {
            item.percent("幅度", "0");
        } catch (NumberFormatException e) {
            return "幅度“" + item.text("幅度", "") + "”应写成百分数，如“10%”。";
        }
        return null;
    }

    /** Something that needs its reason: where it ends, the words to quote, what to say, and a key for “explained elsewhere”. */
    private record Need(Words words, String section, int from, int at, String quote, String what, String key, boolean mandatory,
                        boolean budget) {
    }

    @Override
    public List<Finding> run(ChecklistItem item, Publication p) {
        if (!p.hasText()) {
            return List.of();
        }
        BigDecimal threshold = item.percent("幅度", "10");
        Set<String> anyChange = Set.copyOf(item.list("任何变动的节"));
        List<String> reasonWords = item.list("原因");
        // 变动原因 and 预算差异原因 share one pool of reasons: match once, each reports its own kind
        Matching m = p.memo(List.of("原因", threshold, anyChange, reasonWords), () -> match(p, threshold, anyChange, reasonWords));
        List<Need> unanswered = m.unanswered();
        Map<String, Set<String>> answered = m.answered();
        List<Finding> out = new ArrayList<>();
        for (Need n : unanswered) {
            // the same figure restated in another section (收入合计 in 一 and 二) was answered there; within a section
            // each statement (the “三公” total and its one item) wants its own
            Set<String> where = answered.getOrDefault(n.key(), Set.of());
            if (n.budget() != budget || where.stream().anyMatch(s -> !s.equals(String.valueOf(n.section())))) {
                continue;
            }
            out.add(Findings.text(item, n.words(), n.quote(), n.what() + "，后面没有说明主要原因。请在这句之后写明“主要原因是……”。", null, null));
        }
        return out;
    }

    /** What needs a reason and what was answered, over the whole text. */
    private record Matching(List<Need> unanswered, Map<String, Set<String>> answered) {
    }

    private static Matching match(Publication p, BigDecimal threshold, Set<String> anyChange, List<String> reasonWords) {
        List<Need> unanswered = new ArrayList<>();
        Map<String, Set<String>> answered = new HashMap<>();
        List<Publication.Part> parts = p.parts();
        for (int i = 0; i < parts.size(); i++) {
            Publication.Part part = parts.get(i);
            if (part.heading()) {
                continue;
            }
            Words w = part.words();
            List<Need> needs = new ArrayList<>();
            List<Stated.BudgetPair> pairs = Stated.budgetPairs(w.text);
            for (int k = 0; k < pairs.size(); k++) {
                Stated.BudgetPair pair = pairs.get(k);
                if (pair.budget().compareTo(pair.actual()) == 0) {
                    continue;
                }
                int next = k + 1 < pairs.size() ? pairs.get(k + 1).start() : w.text.length();
                boolean byParts = w.text.substring(pair.end(), next).contains("其中");
                needs.add(new Need(w, part.section(), w.sentenceStart(pair.start()), pair.end(), w.quote(w.sentenceStart(pair.start()), pair.end()),
                    "预算数 " + Money.format(pair.budget()) + " 万元与决算数 " + Money.format(pair.actual()) + " 万元不同",
                    "预算" + pair.budget().toPlainString() + "/" + pair.actual().toPlainString(), !byParts, true));
            }
            for (Stated.Change c : Stated.changes(w)) {
                if (c.amount().signum() == 0 || !needsReason(c, part.section(), anyChange, threshold)) {
                    continue;
                }
                needs.add(new Need(w, part.section(), c.start(), c.end(), w.quote(c.start(), c.end()),
                    "较上年" + (c.increase() ? "增加 " : "减少 ") + Money.format(c.amount()) + " 万元"
                        + (c.percent() == null ? "" : "（" + (c.increase() ? "增长 " : "下降 ") + c.percent().toPlainString() + "%）"),
                    "变动" + c.amount().stripTrailingZeros().toPlainString(), true, false));
            }
            if (needs.isEmpty()) {
                continue;
            }
            needs.sort(java.util.Comparator.comparingInt(Need::from));
            List<Integer> reasons = reasonsIn(w.text, reasonWords);
            if (i + 1 < parts.size() && !parts.get(i + 1).heading() && startsWithReason(parts.get(i + 1).words().text, reasonWords)) {
                reasons.add(Integer.MAX_VALUE);
            }
            for (Need n : needs) {
                if (!n.mandatory()) {
                    continue;
                }
                Integer r = reasons.stream().filter(x -> x >= n.from()).findFirst().orElse(null);
                if (r != null) {
                    reasons.remove(r);
                    answered.computeIfAbsent(n.key(), k -> new HashSet<>()).add(String.valueOf(n.section()));
                } else {
                    unanswered.add(n);
                }
            }
        }
        return new Matching(unanswered, answered);
    }

    private static boolean needsReason(Stated.Change c, String section, Set<String> anyChange, BigDecimal threshold) {
        if (section != null && anyChange.contains(section)) {
            return true;
        }
        BigDecimal percent = c.percent();
        if (percent == null) {
            if (c.current() == null) {
                return false;
            }
            BigDecimal before = c.increase() ? c.current().subtract(c.amount()) : c.current().add(c.amount());
            if (before.signum() <= 0) {
                return c.increase();
            }
            percent = c.amount().multiply(BigDecimal.valueOf(100)).divide(before, MathContext.DECIMAL64);
        }
        return percent.compareTo(threshold) >= 0;
    }

    /** “主要原因：……” or “由于……” opening the next paragraph answers the paragraph before. */
    private static boolean startsWithReason(String text, List<String> words) {
        String t = NUMBERING.matcher(text).replaceFirst("");
        String rest = t.startsWith("主要") ? t.substring(2) : t;
        return words.stream().anyMatch(w -> t.startsWith(w) || rest.startsWith(w));
    }

    private static List<Integer> reasonsIn(String text, List<String> words) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            for (String word : words) {
                if (text.startsWith(word, i)) {
                    out.add(i);
                    break;
                }
            }
        }
        return out;
    }
}
