package org.suanpan.narrative;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.suanpan.check.Finding;
import org.suanpan.definition.Severity;
import org.suanpan.recognise.Recognition;
import org.suanpan.recognise.TableRow;
import org.suanpan.text.Text;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.suanpan.narrative.Narratives.Key;
import static org.suanpan.narrative.Narratives.Seed;
import static org.suanpan.narrative.Narratives.key;
import static org.suanpan.narrative.Narratives.keys;

/**
 * Mutations of the seed narratives' correct claims: a percentage moved one rounding step or twenty, an amount moved by
 * 1.00 or printed with fewer decimals. What the checker must say is worked out here from the printed figures and the
 * tables — each amount an interval of ±0.005, a percentage right when some value in the ratio's interval rounds to
 * it, one step off a warning, further an error — and the findings that change must be exactly that one.
 */
class NarrativeMutationTest {
    private static final BigDecimal HALF_CENT = new BigDecimal("0.005");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final MathContext MC = MathContext.DECIMAL64;
    private static final Pattern AMOUNT_AT_END = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*万元$");

    /** Where a share's whole is in the tables (the section's default whole under the key ""). */
    private static final Map<String, String> WHOLE_IN_TABLES = Map.of(
        "本年收入", "公开01 本年收入合计",
        "本年支出", "公开01 本年支出合计",
        "本年支出合计", "公开01 本年支出合计",
        "", "公开05 合计行 1栏",
        "一般公共预算项目支出总额", "公开05 合计行 3栏");

    /** How the text itself states a share's whole earlier; wholes not listed are stated in their own words. */
    private static final Map<String, String> WHOLE_IN_TEXT = Map.of(
        "本年收入", "收入合计",
        "本年支出", "支出合计",
        "本年支出合计", "支出合计",
        "", "一般公共预算财政拨款支出");

    /**
     * The words by which the text attributes an amount to a line of the tables (DOMAIN: “every amount the text
     * attributes to a table line … equals it”), in sections 一–九; besides these, a 类/款/项 by name and, in 六, the
     * 公开06 items by their names.
     */
    private static final List<String> TABLE_WORDS = List.of("收、支总计", "收入合计", "支出合计", "财政拨款收入", "上级补助收入", "事业收入",
        "经营收入", "附属单位上缴收入", "其他收入", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出", "一般公共预算财政拨款支出",
        "人员经费", "公用经费", "年初结转和结余", "本年收入", "本年支出", "年末结转和结余", "公务用车购置费支出", "公务用车运行费支出",
        "公务用车运行维护费支出");
    private static final List<String> SAN_GONG = List.of("三公经费财政拨款支出", "因公出国(境)费", "公务用车购置及运行费", "公务用车购置及运行维护费",
        "公务接待费");
    private static final Set<String> TABLE_SECTIONS = Set.of("总体", "收入", "支出", "财政拨款", "一般公共预算", "基本支出", "政府性基金", "国有资本",
        "三公");

    enum Mode { WORKBOOK, TEXT_ONLY }

    // ── percentages

    @ParameterizedTest
    @EnumSource(Seed.class)
    void percentagesMovedOneStepWarnAndMovedFurtherAreErrors(Seed seed) {
        for (Mode mode : Mode.values()) {
            Tally tally = new Tally();
            List<Paragraph> ps = seed.paragraphs();
            Recognition wb = mode == Mode.WORKBOOK ? seed.workbook() : null;
            Set<Key> baseline = keys(Narratives.check(ps, wb));
            List<Claim> claims = Narratives.claims(ps);
            for (int i = 0; i < claims.size(); i++) {
                Claim c = claims.get(i);
                Figure percent = percentOf(c);
                if (percent == null || flagged(baseline, c)) {
                    continue;
                }
                Ratio ratio = ratio(c, claims.subList(0, i), wb);
                if (ratio == null) {
                    continue;
                }
                BigDecimal step = BigDecimal.ONE.movePointLeft(percent.decimals());
                assertEquals(Verdict.RIGHT, ratio.verdict(percent.value(), percent.decimals()),
                    "the seed's own claim is right: " + c.quote() + " " + ratio);
                for (BigDecimal moved : List.of(percent.value().add(step), percent.value().subtract(step),
                    percent.value().add(step.multiply(BigDecimal.valueOf(20))))) {
                    if (moved.signum() < 0) {
                        continue;
                    }
                    Verdict v = ratio.verdict(moved, percent.decimals());
                    Mutation m = mutate(ps, c, percent.value().toPlainString() + "%", moved.toPlainString() + "%");
                    Set<Key> expected = v == Verdict.RIGHT ? Set.of()
                        : Set.of(key(ruleOf(c), v == Verdict.ONE_STEP ? Severity.WARNING : Severity.ERROR, c.paragraph(), m.quote));
                    Set<Key> after = keys(Narratives.check(m.paragraphs, wb));
                    assertEquals(expected, difference(after, baseline), mode + " " + m.quote + " (" + ratio + ")");
                    assertEquals(Set.of(), difference(baseline, after), mode + " " + m.quote + " hides another finding");
                    tally.count(v);
                }
            }
            // the mutations reach the kinds of claim the seeds make and every verdict
            assertTrue(tally.warnings >= 30, seed + " " + mode + " " + tally);
            assertTrue(tally.errors >= 25, seed + " " + mode + " " + tally);
        }
    }

    /** Every percentage after an amount with 占, 增长, 下降 or 完成 before it, in sections 一–九, is a claim the checker reads. */
    @ParameterizedTest
    @EnumSource(Seed.class)
    void everyShareChangeAndRateIsRead(Seed seed) {
        List<Paragraph> ps = seed.paragraphs();
        List<Claim> claims = Narratives.claims(ps);
        Pattern percent = Pattern.compile("\\d+(?:\\.\\d+)?%");
        int seen = 0;
        for (Outline.Placed p : Outline.of(ps, Narratives.VOCABULARY)) {
            if (p.heading() || p.section() == null || !TABLE_SECTIONS.contains(p.section().key())) {
                continue;
            }
            String text = Narratives.squeeze(p.paragraph().text());
            Set<Integer> claimEnds = new HashSet<>();
            for (Claim c : claims) {
                String q = Narratives.squeeze(c.quote());
                for (int at = text.indexOf(q); c.paragraph() == p.paragraph().index() && percentOf(c) != null && at >= 0;
                     at = text.indexOf(q, at + 1)) {
                    claimEnds.add(at + q.length());
                }
            }
            Matcher m = percent.matcher(text);
            int segment = 0;
            while (m.find()) {
                if (m.start() > 0 && (Character.isDigit(text.charAt(m.start() - 1)) || text.charAt(m.start() - 1) == '.')) {
                    continue;
                }
                String before = text.substring(Math.max(segment, text.lastIndexOf('。', m.start()) + 1), m.start());
                segment = m.end();
                if (before.contains("万元") && before.matches(".*(占|增长|下降|完成).*")) {
                    seen++;
                    assertTrue(claimEnds.contains(m.end()), "not read as a claim: 第" + (p.paragraph().index() + 1) + "段 …" + before + m.group());
                }
            }
        }
        assertTrue(seen >= 20, "percentages seen: " + seen);
    }

    // ── amounts

    @ParameterizedTest
    @EnumSource(Seed.class)
    void amountsMovedByOneAreCaughtAgainstTheirTableLine(Seed seed) {
        List<Paragraph> ps = seed.paragraphs();
        Recognition wb = seed.workbook();
        Set<Key> baseline = keys(Narratives.check(ps, wb));
        Set<String> detailItems = detailItems(wb);
        int caught = 0;
        for (Claim c : Narratives.claims(ps)) {
            if (!(c instanceof Claim.Amount a) || flagged(baseline, c)) {
                continue;
            }
            Printed printed = printed(a);
            // 1.00 is a hundred steps of “12.34 万元”; of “0 万元” it is one step, a warning (DOMAIN.md): move it by two
            BigDecimal moved = printed.value.add(BigDecimal.valueOf(printed.value.scale() == 0 ? 2 : 1));
            Mutation m = mutate(ps, c, printed.text + printed.unit, moved.toPlainString() + printed.unit);
            List<Finding> found = Narratives.check(m.paragraphs, wb);
            Set<Key> added = difference(keys(found), baseline);
            assertEquals(Set.of(), difference(baseline, keys(found)), m.quote + " hides another finding");
            Key amountKey = key(NarrativeChecker.AMOUNT, Severity.ERROR, c.paragraph(), m.quote);
            boolean tabled = attributedToTables(a, detailItems);
            if (tabled) {
                assertTrue(added.contains(amountKey), "not caught: " + m.quote + " → " + added);
                caught++;
            }
            for (Finding f : found) {
                if (f.narrative() != null && added.contains(key(f)) && f.rule().equals(NarrativeChecker.AMOUNT)) {
                    // whatever the checker compares the amount with is the line the seed printed correctly
                    assertEquals(0, moved.compareTo(f.narrative().stated()), f.toString());
                    assertTrue(printed.value.subtract(f.narrative().computed()).abs().compareTo(HALF_CENT) <= 0, f.toString());
                }
            }
            for (Key k : added) {
                assertTrue(k.equals(amountKey) || k.paragraph() == c.paragraph() && Set.of("N02", "N03", "N04", "N05").contains(k.rule()),
                    "unexpected " + k + " after " + m.quote);
            }
        }
        assertTrue(caught >= 35, "amounts caught: " + caught);
    }

    @ParameterizedTest
    @EnumSource(Seed.class)
    void amountsPrintedWithFewerDecimalsWarnUnlessNothingIsLost(Seed seed) {
        List<Paragraph> ps = seed.paragraphs();
        Recognition wb = seed.workbook();
        Set<Key> baseline = keys(Narratives.check(ps, wb));
        Set<String> detailItems = detailItems(wb);
        int warned = 0;
        int silent = 0;
        int wrong = 0;
        for (Claim c : Narratives.claims(ps)) {
            if (!(c instanceof Claim.Amount a) || flagged(baseline, c) || !attributedToTables(a, detailItems)) {
                continue;
            }
            Printed printed = printed(a);
            if (printed.value.scale() != 2) {
                continue;
            }
            BigDecimal shorter = printed.value.setScale(1, RoundingMode.HALF_UP);
            boolean loses = shorter.compareTo(printed.value) != 0;
            // 1148.77 as 1148.8: a warning; 10638.90 as 10638.9: nothing lost, nothing said
            Mutation m = mutate(ps, c, printed.text + printed.unit, shorter.toPlainString() + printed.unit);
            Set<Key> added = onlyInParagraphOf(c, difference(keys(Narratives.check(m.paragraphs, wb)), baseline), m.quote);
            if (loses) {
                assertEquals(Set.of(key(NarrativeChecker.DECIMALS, Severity.WARNING, c.paragraph(), m.quote)), added, m.quote);
                warned++;
                // 1148.9 for 1148.77 is one rounding step off: a warning; 1149.0 is two: an error
                BigDecimal off = shorter.add(new BigDecimal("0.1"));
                Mutation w = mutate(ps, c, printed.text + printed.unit, off.toPlainString() + printed.unit);
                Set<Key> stepAdded = onlyInParagraphOf(c, difference(keys(Narratives.check(w.paragraphs, wb)), baseline), w.quote);
                assertEquals(Set.of(key(NarrativeChecker.AMOUNT, Severity.WARNING, c.paragraph(), w.quote)), stepAdded, w.quote);
                BigDecimal further = shorter.add(new BigDecimal("0.2"));
                Mutation x = mutate(ps, c, printed.text + printed.unit, further.toPlainString() + printed.unit);
                Set<Key> wrongAdded = onlyInParagraphOf(c, difference(keys(Narratives.check(x.paragraphs, wb)), baseline), x.quote);
                assertEquals(Set.of(key(NarrativeChecker.AMOUNT, Severity.ERROR, c.paragraph(), x.quote)), wrongAdded, x.quote);
                wrong++;
            } else {
                assertEquals(Set.of(), added, m.quote);
                silent++;
            }
        }
        assertTrue(warned >= 20 && wrong >= 20, "warned " + warned + ", wrong " + wrong);
        // 002 prints 10638.90 and 0.50-style amounts; 004 has none that end in 0
        assertTrue(seed != Seed.S002 || silent >= 1, "silent " + silent);
    }

    @Test
    void withoutTheWorkbookAnAmountStatedTwiceDifferentlyIsInconsistent() {
        List<Paragraph> ps = Seed.S002.paragraphs();
        String words = "2023 年度一般公共预算财政拨款支出 11208.44 万元，主要用于以下方面：";
        List<Integer> where = Narratives.paragraphsContaining(ps, words);
        assertEquals(1, where.size());
        int p = where.get(0);
        List<Integer> first = Narratives.paragraphsContaining(ps, "2023 年度一般公共预算财政拨款支出 11208.44 万元，占本年支出合计的 100%");
        assertEquals(1, first.size());
        assertTrue(first.get(0) < p);
        List<Paragraph> changed = Narratives.replace(ps, p, ps.get(p).text().replace("11208.44", "11209.44"));
        List<Finding> found = Narratives.check(changed, null);
        Set<Key> added = difference(keys(found), keys(Narratives.check(ps, null)));
        assertEquals(Set.of(key(NarrativeChecker.INCONSISTENT, Severity.ERROR, p, "2023 年度一般公共预算财政拨款支出 11209.44 万元")), added);
        Finding f = found.stream().filter(x -> x.rule().equals(NarrativeChecker.INCONSISTENT)).findFirst().orElseThrow();
        assertTrue(f.message().contains("第" + (first.get(0) + 1) + "段"), f.message());

        // the same with the workbook is an amount that does not match its table line, not an inconsistency
        Set<Key> withBook = difference(keys(Narratives.check(changed, Seed.S002.workbook())), keys(Narratives.check(ps, Seed.S002.workbook())));
        assertEquals(Set.of(key(NarrativeChecker.AMOUNT, Severity.ERROR, p, "2023 年度一般公共预算财政拨款支出 11209.44 万元")), withBook);
    }

    @Test
    void theDomainExamplesOfRounding() {
        // 96.40 / 300.00 = 32.13%: 32.1 right, 32.2 one step off, 32.4 wrong
        Ratio r = new Ratio(new BigDecimal("96.40"), new BigDecimal("300.00"), false);
        assertEquals(Verdict.RIGHT, r.verdict(new BigDecimal("32.1"), 1));
        assertEquals(Verdict.ONE_STEP, r.verdict(new BigDecimal("32.2"), 1));
        assertEquals(Verdict.WRONG, r.verdict(new BigDecimal("32.4"), 1));
        assertEquals(Percent.Verdict.RIGHT, Percent.judge(new BigDecimal("32.1"), 1, new BigDecimal("96.40"), new BigDecimal("300.00")));
        assertEquals(Percent.Verdict.ONE_STEP, Percent.judge(new BigDecimal("32.2"), 1, new BigDecimal("96.40"), new BigDecimal("300.00")));
        assertEquals(Percent.Verdict.WRONG, Percent.judge(new BigDecimal("32.4"), 1, new BigDecimal("96.40"), new BigDecimal("300.00")));
        // a completion rate of a zero budget is not judged at all
        List<Paragraph> text = List.of(new Paragraph(0, "一、收入支出决算总体情况说明"),
            new Paragraph(1, "公务接待费全年预算为 0 万元，支出决算为 0 万元，完成全年预算的 0.0%。"),
            new Paragraph(2, "因公出国（境）费全年预算为 0 万元，支出决算为 0 万元，完成全年预算的 100%。"));
        assertEquals(Set.of(), keys(Narratives.check(text, null)));
    }

    // ── the oracle

    enum Verdict { RIGHT, ONE_STEP, WRONG }

    /**
     * numerator / denominator as printed amounts. The printed percentage is right when it is the rounding of some
     * value the ratio can take with each amount anywhere in its ±0.005 interval; one step beyond the nearest such
     * rounding it is a warning; further, an error. A change of 0 can only be a change of 0%.
     */
    record Ratio(BigDecimal numerator, BigDecimal denominator, boolean zeroChange, BigDecimal current, boolean up) {
        Ratio(BigDecimal numerator, BigDecimal denominator, boolean zeroChange) {
            this(numerator, denominator, zeroChange, null, false);
        }

        Verdict verdict(BigDecimal stated, int decimals) {
            if (zeroChange) {
                return stated.signum() == 0 ? Verdict.RIGHT : Verdict.WRONG;
            }
            if (denominator.signum() <= 0) {
                return Verdict.RIGHT;
            }
            BigDecimal lo = numerator.subtract(HALF_CENT).max(BigDecimal.ZERO).multiply(HUNDRED).divide(denominator.add(HALF_CENT), MC);
            BigDecimal hi = numerator.add(HALF_CENT).multiply(HUNDRED).divide(denominator.subtract(HALF_CENT), MC);
            if (current != null) {
                // a change on an unprinted base (current ∓ change): the change is in both, so the bounds come from the printed two
                BigDecimal cLo = numerator.subtract(HALF_CENT).max(BigDecimal.ZERO);
                BigDecimal cHi = numerator.add(HALF_CENT);
                BigDecimal nLo = current.subtract(HALF_CENT).max(BigDecimal.ZERO);
                BigDecimal nHi = current.add(HALF_CENT);
                BigDecimal forLo = up ? nHi.subtract(cLo) : nHi.add(cLo);
                BigDecimal forHi = up ? nLo.subtract(cHi) : nLo.add(cHi);
                lo = cLo.multiply(HUNDRED).divide(forLo, MC);
                hi = forHi.signum() <= 0 ? BigDecimal.valueOf(Long.MAX_VALUE) : cHi.multiply(HUNDRED).divide(forHi, MC);
            }
            BigDecimal min = lo.setScale(decimals, RoundingMode.HALF_UP);
            BigDecimal max = hi.setScale(decimals, RoundingMode.HALF_UP);
            BigDecimal step = BigDecimal.ONE.movePointLeft(decimals);
            if (stated.compareTo(min) >= 0 && stated.compareTo(max) <= 0) {
                return Verdict.RIGHT;
            }
            return stated.compareTo(min.subtract(step)) == 0 || stated.compareTo(max.add(step)) == 0 ? Verdict.ONE_STEP : Verdict.WRONG;
        }
    }

    /** The ratio a percentage claim states, worked out here; null when its whole is not known in this mode. */
    private static Ratio ratio(Claim c, List<Claim> before, Recognition wb) {
        if (c instanceof Claim.Completion k) {
            return new Ratio(k.actual().value(), k.budget().value(), false);
        }
        if (c instanceof Claim.Change k) {
            if (k.change().value().signum() == 0) {
                return new Ratio(BigDecimal.ZERO, BigDecimal.ONE, true);
            }
            if (k.current() == null) {
                return null;
            }
            boolean up = k.change().kind() == Figure.Kind.INCREASE;
            BigDecimal base = up ? k.current().value().subtract(k.change().value()) : k.current().value().add(k.change().value());
            return new Ratio(k.change().value(), base, false, k.current().value(), up);
        }
        Claim.Share s = (Claim.Share) c;
        String whole = s.whole();
        if (whole.isEmpty() && !"一般公共预算".equals(s.section())) {
            return null;
        }
        if (wb != null && WHOLE_IN_TABLES.containsKey(whole)) {
            return new Ratio(s.part().value(), Narratives.figure(wb, WHOLE_IN_TABLES.get(whole)), false);
        }
        if (WHOLE_IN_TABLES.containsKey(whole) && !WHOLE_IN_TEXT.containsKey(whole)) {
            return null; // a figure of the tables the text never states: nothing to judge by without them
        }
        String words = WHOLE_IN_TEXT.getOrDefault(whole, whole);
        Figure stated = null;
        for (Claim b : before) {
            if (b instanceof Claim.Amount a && a.figure().kind() == Figure.Kind.AMOUNT && a.figure().label().endsWith(Text.norm(words))) {
                stated = a.figure();
            }
        }
        return stated == null ? null : new Ratio(s.part().value(), stated.value(), false);
    }

    private static Figure percentOf(Claim c) {
        if (c instanceof Claim.Share s) {
            return s.percent();
        }
        if (c instanceof Claim.Change k) {
            return k.percent();
        }
        if (c instanceof Claim.Completion k) {
            return k.percent();
        }
        return null;
    }

    private static String ruleOf(Claim c) {
        return c instanceof Claim.Share ? NarrativeChecker.SHARE : c instanceof Claim.Change ? NarrativeChecker.CHANGE : NarrativeChecker.COMPLETION;
    }

    /** Whether the text attributes the amount to a line of the tables, by the words DOMAIN lists. */
    private static boolean attributedToTables(Claim.Amount a, Set<String> detailItems) {
        if (a.section() == null || !TABLE_SECTIONS.contains(a.section())) {
            return false;
        }
        Figure f = a.figure();
        String words = f.kind() == Figure.Kind.AMOUNT ? f.label() : f.subject();
        if (f.kind() == Figure.Kind.BUDGET) {
            return "三公".equals(a.section()) && SAN_GONG.contains(words);
        }
        if (f.kind() == Figure.Kind.ACTUAL && "三公".equals(a.section())) {
            return SAN_GONG.contains(words);
        }
        if (words.matches(".*\\((类|款|项)\\).*")) {
            return true;
        }
        if ("基本支出".equals(a.section()) && detailItems.contains(words)) {
            return true;
        }
        return f.kind() == Figure.Kind.AMOUNT && TABLE_WORDS.stream().anyMatch(words::endsWith);
    }

    /** The names of the 公开06 items (款) with an amount. */
    private static Set<String> detailItems(Recognition wb) {
        Set<String> out = new HashSet<>();
        for (TableRow r : wb.table("公开06").orElseThrow().atLevel(2)) {
            out.add(Text.norm(r.label()));
        }
        return out;
    }

    // ── mutations

    private record Mutation(List<Paragraph> paragraphs, String quote) {
    }

    /** The claim's paragraph with the figure at the end of its quote printed differently. */
    private static Mutation mutate(List<Paragraph> ps, Claim c, String printed, String replacement) {
        String text = ps.get(c.paragraph()).text();
        String quote = c.quote();
        int at = text.indexOf(quote);
        assertTrue(at >= 0, "quote is the paragraph's own words: " + quote);
        assertTrue(quote.endsWith(printed), "“" + quote + "” ends with " + printed);
        String mutatedQuote = quote.substring(0, quote.length() - printed.length()) + replacement;
        String mutated = text.substring(0, at) + mutatedQuote + text.substring(at + quote.length());
        return new Mutation(Narratives.replace(ps, c.paragraph(), mutated), mutatedQuote);
    }

    private record Printed(String text, BigDecimal value, String unit) {
    }

    /** The amount as the quote prints it, with what follows the number (“ 万元”). */
    private static Printed printed(Claim.Amount a) {
        Matcher m = AMOUNT_AT_END.matcher(a.quote());
        assertTrue(m.find(), a.quote());
        BigDecimal v = new BigDecimal(m.group(1));
        assertEquals(0, v.compareTo(a.figure().value()), a.quote());
        return new Printed(m.group(1), v, a.quote().substring(m.end(1)));
    }

    /** A claim a finding of the unchanged text already quotes: a known mistake, not a correct claim to mutate. */
    private static boolean flagged(Set<Key> baseline, Claim c) {
        String q = Narratives.squeeze(c.quote());
        return baseline.stream().anyMatch(k -> k.paragraph() == c.paragraph() && k.quote().contains(q));
    }

    private static Set<Key> difference(Set<Key> a, Set<Key> b) {
        Set<Key> out = new LinkedHashSet<>(a);
        out.removeAll(b);
        return out;
    }

    /** The added findings, which may only be in the mutated paragraph (a share or sum built on the amount may change). */
    private static Set<Key> onlyInParagraphOf(Claim c, Set<Key> added, String quote) {
        Set<Key> out = new LinkedHashSet<>();
        for (Key k : added) {
            assertEquals(c.paragraph(), k.paragraph(), "unexpected " + k + " after " + quote);
            if (k.quote().equals(Narratives.squeeze(quote))) {
                out.add(k);
            } else {
                assertTrue(Set.of("N02", "N03", "N04", "N05").contains(k.rule()), "unexpected " + k + " after " + quote);
            }
        }
        return out;
    }

    private static final class Tally {
        int right;
        int warnings;
        int errors;

        void count(Verdict v) {
            switch (v) {
                case RIGHT -> right++;
                case ONE_STEP -> warnings++;
                default -> errors++;
            }
        }

        @Override
        public String toString() {
            return "right " + right + ", warnings " + warnings + ", errors " + errors;
        }
    }
}
