package org.suanpan.narrative;

import org.junit.jupiter.api.Test;
import org.suanpan.check.Finding;
import org.suanpan.definition.Severity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.suanpan.narrative.Narratives.Key;
import static org.suanpan.narrative.Narratives.keys;

/**
 * The development corpus (test resources narrative-corpus/): 情况说明 written in the shapes real departments use, each
 * correct, each percentage with its ratio written beside it. Checked on their own (no workbook): no error in any; every
 * checkable percentage moved by five points is an error in its paragraph; moved by one rounding step it is a warning
 * unless the interval rule makes it consistent; every amount moved by a tenth is counted when something notices.
 */
class NarrativeCorpusTest {
    private static final Pattern ORACLE = Pattern.compile(
        "#\\s*(\\d+(?:\\.\\d+)?)%\\s*(?:=\\s*(\\d+(?:\\.\\d+)?)\\s*/\\s*(\\d+(?:\\.\\d+)?)(?:([-+])(\\d+(?:\\.\\d+)?))?(?:\\s*元)?|无法核对[:：](.*))");
    private static final Pattern PERCENT = Pattern.compile("(?<![\\d.])(\\d+(?:\\.\\d+)?)\\s*[%％]");
    private static final Pattern AMOUNT = Pattern.compile("(?<![\\d.,])(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)\\s*(万元|萬元|万|萬|亿元|億元|元)");
    private static final BigDecimal HALF_CENT = new BigDecimal("0.005");
    private static final MathContext MC = MathContext.DECIMAL64;

    /** A percentage's ratio as the oracle line states it, or why it cannot be checked. */
    record Oracle(String printed, BigDecimal numerator, BigDecimal denominator, String uncheckable, boolean yuan) {
    }

    record Text(String name, List<Paragraph> paragraphs, List<Oracle> oracles) {
    }

    @Test
    void everyCorpusTextIsCorrectAndItsPercentagesAreVerified() {
        Tally t = measure();
        System.out.println("narrative corpus: " + t);
        assertEquals(List.of(), t.falseErrors, "false errors");
        assertTrue(t.percentages >= 55, t.toString());
        assertTrue(t.fivePointsCaught * 100 >= 90L * t.percentages, t.toString());
        assertTrue(t.oneStepAsRule * 100 >= 90L * t.percentages, t.toString());
        assertEquals(List.of(), t.oneStepErrors, "one step off reported as an error");
        // honest coverage: every figure is verified or listed, and no more are called verified than mutations prove
        assertEquals(t.figures, t.verified + t.listed, t.toString());
        assertEquals(t.amounts + t.percentages + t.uncheckable, t.figures, t.toString());
        assertTrue(t.verified <= t.amountsCaught + t.fivePointsCaught, t.toString());
    }

    static Tally measure() {
        Tally t = new Tally();
        for (Text text : texts()) {
            List<Paragraph> ps = text.paragraphs();
            NarrativeChecker.Result result = Narratives.CHECKER.check(ps, null, null);
            List<Finding> base = result.findings();
            t.figures += result.coverage().figures();
            t.verified += result.coverage().verified();
            t.listed += result.coverage().unverified().size();
            for (Finding f : base) {
                if (f.severity() == Severity.ERROR) {
                    t.falseErrors.add(text.name() + ": " + f.message());
                } else if (f.severity() == Severity.WARNING) {
                    t.warnings.add(text.name() + ": " + f.message());
                }
            }
            Set<Key> baseline = keys(base);
            int oracle = 0;
            for (Paragraph p : ps) {
                Matcher m = PERCENT.matcher(p.text());
                while (m.find()) {
                    assertTrue(oracle < text.oracles().size(), text.name() + ": no oracle line for " + m.group());
                    Oracle o = text.oracles().get(oracle++);
                    assertEquals(o.printed(), m.group(1), text.name() + ": oracle lines out of order");
                    if (o.uncheckable() != null) {
                        t.uncheckable++;
                        continue;
                    }
                    t.percentages++;
                    BigDecimal stated = new BigDecimal(m.group(1));
                    int decimals = Math.max(0, stated.scale());
                    BigDecimal far = stated.add(BigDecimal.valueOf(5));
                    List<Finding> afterFar = mutated(ps, p, m.start(1), m.end(1), far.toPlainString());
                    String farQuote = Narratives.squeeze(far.toPlainString() + "%");
                    if (added(afterFar, baseline, p.index()).stream().anyMatch(f -> f.severity() == Severity.ERROR
                        && Narratives.squeeze(f.narrative().quote()).contains(farQuote))) {
                        t.fivePointsCaught++;
                    } else {
                        t.missed.add(text.name() + " 第" + (p.index() + 1) + "段 " + m.group() + " → " + far + "%");
                    }
                    BigDecimal step = stated.add(BigDecimal.ONE.movePointLeft(decimals));
                    boolean consistent = consistent(step, decimals, o);
                    List<Finding> near = added(mutated(ps, p, m.start(1), m.end(1), step.toPlainString()), baseline, p.index());
                    boolean warned = near.stream().anyMatch(f -> f.severity() == Severity.WARNING);
                    if (near.stream().anyMatch(f -> f.severity() == Severity.ERROR)) {
                        t.oneStepErrors.add(text.name() + " " + m.group() + " → " + step + "%");
                    }
                    if (consistent ? near.isEmpty() : warned) {
                        t.oneStepAsRule++;
                    } else {
                        t.oneStepWrong.add(text.name() + " " + m.group() + " → " + step + "% (" + (consistent ? "consistent" : "one step") + ")");
                    }
                }
            }
            assertEquals(text.oracles().size(), oracle, text.name() + ": oracle lines without a percentage");
            for (Paragraph p : ps) {
                Matcher m = AMOUNT.matcher(p.text());
                while (m.find()) {
                    BigDecimal v = new BigDecimal(m.group(1).replace(",", ""));
                    t.amounts++;
                    // a tenth more (at least 1): a relation that tolerates a cent of rounding cannot tolerate that
                    BigDecimal moved = v.add(v.movePointLeft(1).max(BigDecimal.ONE)).setScale(v.scale(), RoundingMode.HALF_UP);
                    List<Finding> after = added(mutated(ps, p, m.start(1), m.end(1), moved.toPlainString()), baseline, -1);
                    if (!after.isEmpty()) {
                        t.amountsCaught++;
                    } else {
                        t.unnoticed.add(text.name() + " 第" + (p.index() + 1) + "段 " + m.group());
                    }
                }
            }
        }
        return t;
    }

    /** Whether a percentage printed at {@code decimals} is the rounding of some value the ratio's interval holds. */
    private static boolean consistent(BigDecimal stated, int decimals, Oracle o) {
        if (o.denominator().signum() == 0) {
            return true;
        }
        BigDecimal half = halfStep(o.numerator(), o.yuan());
        BigDecimal halfD = halfStep(o.denominator(), o.yuan());
        BigDecimal lo = o.numerator().subtract(half).max(BigDecimal.ZERO).multiply(BigDecimal.valueOf(100)).divide(o.denominator().add(halfD), MC);
        BigDecimal hi = o.numerator().add(half).multiply(BigDecimal.valueOf(100)).divide(o.denominator().subtract(halfD), MC);
        BigDecimal s = BigDecimal.ONE.movePointLeft(decimals).divide(BigDecimal.valueOf(2), MC);
        return stated.add(s).compareTo(lo) >= 0 && stated.subtract(s).compareTo(hi) <= 0;
    }

    /** An amount stands for ± half a cent of 万元, or ± half its last digit when printed finer (in 元). */
    private static BigDecimal halfStep(BigDecimal v, boolean yuan) {
        BigDecimal cent = yuan ? new BigDecimal("50") : HALF_CENT;
        BigDecimal printed = BigDecimal.ONE.movePointLeft(Math.max(0, v.scale())).divide(BigDecimal.valueOf(2), MC);
        return printed.min(cent);
    }

    private static List<Finding> mutated(List<Paragraph> ps, Paragraph p, int from, int to, String replacement) {
        String text = p.text().substring(0, from) + replacement + p.text().substring(to);
        return Narratives.check(Narratives.replace(ps, p.index(), text), null);
    }

    /** Findings not in the baseline; in one paragraph unless {@code paragraph} is -1. */
    private static List<Finding> added(List<Finding> after, Set<Key> baseline, int paragraph) {
        List<Finding> out = new ArrayList<>();
        for (Finding f : after) {
            if (!baseline.contains(Narratives.key(f)) && (paragraph < 0 || f.narrative() != null && f.narrative().paragraph() == paragraph)) {
                out.add(f);
            }
        }
        return out;
    }

    static List<Text> texts() {
        try {
            Path dir = Path.of(NarrativeCorpusTest.class.getResource("/narrative-corpus").toURI());
            List<Text> out = new ArrayList<>();
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(x -> x.toString().endsWith(".txt")).sorted().toList()) {
                    StringBuilder body = new StringBuilder();
                    List<Oracle> oracles = new ArrayList<>();
                    for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                        if (line.startsWith("#")) {
                            Matcher m = ORACLE.matcher(line);
                            assertTrue(m.matches(), f.getFileName() + ": " + line);
                            if (m.group(6) != null) {
                                oracles.add(new Oracle(m.group(1), null, null, m.group(6).strip(), false));
                            } else {
                                BigDecimal d = new BigDecimal(m.group(3));
                                if (m.group(4) != null) {
                                    BigDecimal e = new BigDecimal(m.group(5));
                                    d = m.group(4).equals("+") ? d.add(e) : d.subtract(e);
                                }
                                oracles.add(new Oracle(m.group(1), new BigDecimal(m.group(2)), d, null, line.contains("元")));
                            }
                        } else {
                            body.append(line).append('\n');
                        }
                    }
                    out.add(new Text(f.getFileName().toString(), NarrativeReader.lines(body.toString()), oracles));
                }
            }
            assertTrue(out.size() >= 12, "corpus texts: " + out.size());
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static final class Tally {
        int percentages;
        int uncheckable;
        int fivePointsCaught;
        int oneStepAsRule;
        int amounts;
        int amountsCaught;
        int figures;
        int verified;
        int listed;
        final List<String> falseErrors = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
        final List<String> missed = new ArrayList<>();
        final List<String> oneStepWrong = new ArrayList<>();
        final List<String> oneStepErrors = new ArrayList<>();
        final List<String> unnoticed = new ArrayList<>();

        @Override
        public String toString() {
            return "false errors " + falseErrors.size() + ", warnings on correct texts " + warnings.size()
                + "; checkable percentages " + percentages + " (+" + uncheckable + " not checkable), moved 5 points caught "
                + fivePointsCaught + ", one step as the rule says " + oneStepAsRule + " (as errors " + oneStepErrors.size()
                + "); amounts moved by a tenth noticed " + amountsCaught + "/" + amounts + "; coverage: figures " + figures + ", verified "
                + verified + ", listed as not verified " + listed
                + "\n  false errors: " + falseErrors + "\n  warnings: " + warnings + "\n  missed: " + missed
                + "\n  one step: " + oneStepWrong + "\n  one step as error: " + oneStepErrors + "\n  amounts nothing noticed moved: " + unnoticed;
        }
    }
}
