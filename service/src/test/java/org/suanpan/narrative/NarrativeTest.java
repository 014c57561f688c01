package org.suanpan.narrative;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.suanpan.Engine;
import org.suanpan.check.CheckResult;
import org.suanpan.check.Finding;
import org.suanpan.cli.Cli;
import org.suanpan.definition.Severity;
import org.suanpan.recognise.RecognisedTable;
import org.suanpan.recognise.Recognition;
import org.suanpan.recognise.TableRow;
import org.suanpan.testing.Fixtures;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.suanpan.narrative.Narratives.Key;
import static org.suanpan.narrative.Narratives.Seed;
import static org.suanpan.narrative.Narratives.key;
import static org.suanpan.narrative.Narratives.keys;

/**
 * The real mistakes of the seed narratives are found, with their rule codes and the words they stand in, against the
 * workbook and with the text alone; nothing else in them is flagged. Each expected mistake is first shown to be one
 * by reading the tables (or the text) here.
 */
class NarrativeTest {
    private static final String N01 = NarrativeChecker.AMOUNT;
    private static final String N02 = NarrativeChecker.SHARE;
    private static final String N03 = NarrativeChecker.CHANGE;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Engine engine = Fixtures.engine();

    // ── seed 002: 曾都区医疗保障服务中心 2023

    /** The mistakes 002 makes that need the tables, each verified against them here. */
    private static Set<Key> tableMistakes002(List<Paragraph> ps, Recognition wb, List<Finding> found) {
        RecognisedTable t05 = wb.table("公开05").orElseThrow();
        RecognisedTable t06 = wb.table("公开06").orElseThrow();
        Set<Key> out = new LinkedHashSet<>();

        // 医疗保障管理事务 (21015, a 款 of 卫生健康 210) called “一般公共服务（类）” (201): 公开05 has no 201 at all
        assertTrue(t05.code("201").isEmpty());
        assertEquals(0, new BigDecimal("628.04").compareTo(value(t05, "21015", 1)));
        assertTrue(t05.code("21015").orElseThrow().code().startsWith("210"));
        String gps = "1. 一般公共服务（类）支出 628.04 万元";
        out.addAll(at(ps, N01, Severity.ERROR, gps, 2));
        assertStatedComputed(found, gps, "628.04", "0");

        // so 卫生健康（类） is printed as 10580.40 (its 款 医疗救助) where 公开05 has 11208.44
        assertEquals(0, new BigDecimal("10580.40").compareTo(value(t05, "21013", 1)));
        BigDecimal health = value(t05, "210", 1);
        assertNotEquals(0, new BigDecimal("10580.40").compareTo(health));
        String hs = "2. 卫生健康支出（类）10580.40 万元";
        out.addAll(at(ps, N01, Severity.ERROR, hs, 2));
        assertStatedComputed(found, hs, "10580.40", health.toPlainString());

        // 48.73 is 30302 退休费; 30399 其他对个人和家庭的补助 is 0
        assertEquals(0, BigDecimal.ZERO.compareTo(value(t06, "30399", 1)));
        assertEquals(0, new BigDecimal("48.73").compareTo(value(t06, "30302", 1)));
        String other = "其他对个人和家庭的补助 48.73 万元";
        out.addAll(at(ps, N01, Severity.ERROR, other, 1));
        assertStatedComputed(found, other, "48.73", "0");

        // “资金 58.5 万元，占一般公共预算项目支出总额的 100%”: 公开05's 项目支出 is 10638.90, of which 10580.40 医疗救助 was
        // left out of the evaluation; 58.50 is only the 事业运行 projects
        BigDecimal projects = Narratives.figure(wb, "公开05 合计行 3栏");
        assertEquals(0, new BigDecimal("58.50").compareTo(value(t05, "2101550", 3)));
        assertEquals(0, projects.subtract(new BigDecimal("58.5")).compareTo(value(t05, "21013", 3)));
        String share = "资金 58.5 万元，占一般公共预算项目支出总额的 100%";
        out.addAll(at(ps, N02, Severity.ERROR, share, 1));
        assertStatedComputed(found, share, "100",
            new BigDecimal("58.5").multiply(HUNDRED).divide(projects, 2, RoundingMode.HALF_UP).toPlainString());
        return out;
    }

    /** The mistake 002 makes in its own words: an increase of 0 cannot be a growth of 100%. */
    private static Set<Key> textMistakes002(List<Paragraph> ps) {
        String quote = "较上年增加 0 万元，增长 100%";
        assertEquals(1, Narratives.paragraphsContaining(ps, quote).size());
        return new LinkedHashSet<>(at(ps, N03, Severity.ERROR, quote, 1));
    }

    // ── seed 004: 江岸区医保局 2022

    /** 住房保障（类）25.84 of 1148.77 is 2.249%, printed 2.3% where it rounds to 2.2%: one step off, a warning. */
    private static Set<Key> mistakes004(List<Paragraph> ps, Recognition wb, List<Finding> found) {
        if (wb != null) {
            assertEquals(0, new BigDecimal("25.84").compareTo(value(wb.table("公开05").orElseThrow(), "221", 1)));
            assertEquals(0, new BigDecimal("1148.77").compareTo(Narratives.figure(wb, "公开05 合计行 1栏")));
        }
        BigDecimal rounded = new BigDecimal("25.84").multiply(HUNDRED).divide(new BigDecimal("1148.77"), 1, RoundingMode.HALF_UP);
        assertEquals("2.2", rounded.toPlainString());
        String quote = "3.住房保障支出(类)25.84 万元，占 2.3%";
        assertStatedComputed(found, quote, "2.3",
            new BigDecimal("25.84").multiply(HUNDRED).divide(new BigDecimal("1148.77"), 3, RoundingMode.HALF_UP).toPlainString());
        return new LinkedHashSet<>(at(ps, N02, Severity.WARNING, quote, 1));
    }

    @Test
    void seed002AgainstItsWorkbookFindsExactlyItsMistakes() {
        List<Paragraph> ps = Seed.S002.paragraphs();
        CheckResult r = engine.withNarrative(engine.check(Fixtures.sample(Fixtures.SAMPLE_2023)), Seed.S002.text(), "002.txt", null);
        Set<Key> expected = tableMistakes002(ps, r.recognition(), r.findings());
        expected.addAll(textMistakes002(ps));
        assertEquals(expected, keys(r.findings()));
        // the header counts figures really verified, and every other figure found is listed with its reason
        var c = r.coverage();
        assertEquals(c.verified(), r.claims());
        assertEquals(c.figures(), c.verified() + c.unverified().size(), c.toString());
        assertTrue(c.verified() >= 110 && c.verified() < c.figures(), "verified: " + c.verified() + " of " + c.figures());
        assertTrue(c.unverified().stream().allMatch(u -> !u.reason().isBlank() && !u.quote().isBlank()), c.toString());
        assertTrue(c.verified() > engine.narrativeOnly(Seed.S002.text(), "002.txt", null).claims(), "the tables verify more");
        assertFalse(r.valid());
    }

    @Test
    void seed002AloneFindsTheMistakeItsTextShows() {
        List<Paragraph> ps = Seed.S002.paragraphs();
        CheckResult r = engine.narrativeOnly(Seed.S002.text(), "002.txt", null);
        assertEquals(textMistakes002(ps), keys(r.findings()));
        assertFalse(r.valid());
        assertTrue(r.claims() >= 95, "verified: " + r.claims());
        assertEquals(r.coverage().figures(), r.claims() + r.coverage().unverified().size());
    }

    @Test
    void seed004AgainstItsWorkbookAndAloneWarnsOfTheShareOneStepOff() {
        List<Paragraph> ps = Seed.S004.paragraphs();
        CheckResult withBook = engine.withNarrative(engine.check(Fixtures.sample(Fixtures.SAMPLE_2022)), Seed.S004.text(), "004.txt", null);
        assertEquals(mistakes004(ps, withBook.recognition(), withBook.findings()), keys(withBook.findings()));
        assertTrue(withBook.valid(), "a warning alone does not fail the check");

        CheckResult alone = engine.narrativeOnly(Seed.S004.text(), "004.txt", null);
        assertEquals(mistakes004(ps, null, alone.findings()), keys(alone.findings()));
        assertTrue(alone.valid());
    }

    @Test
    void commandLineReportsTheSameFindingsWithAndWithoutTheWorkbook() throws Exception {
        List<Paragraph> ps = Seed.S002.paragraphs();
        Run alone = run("check", "--narrative", Seed.S002.text().toString());
        assertEquals(1, alone.code, alone.err);
        JsonNode json = new ObjectMapper().readTree(alone.out);
        assertEquals(Seed.S002.text().getFileName().toString(), json.get("narrative").asText());
        assertEquals(textMistakes002(ps), jsonKeys(json));

        Run both = run("check", Fixtures.sample(Fixtures.SAMPLE_2023).toString(), "--narrative", Seed.S002.text().toString());
        assertEquals(1, both.code, both.err);
        CheckResult r = engine.withNarrative(engine.check(Fixtures.sample(Fixtures.SAMPLE_2023)), Seed.S002.text(), "002.txt", null);
        Set<Key> expected = tableMistakes002(ps, r.recognition(), r.findings());
        expected.addAll(textMistakes002(ps));
        assertEquals(expected, jsonKeys(new ObjectMapper().readTree(both.out)));

        Run fine = run("check", "--narrative", Seed.S004.text().toString());
        assertEquals(0, fine.code, fine.err);
        assertEquals(1, new ObjectMapper().readTree(fine.out).get("stats").get("warnings").asInt());
    }

    @Test
    void findingsSayWhereAndWhat() {
        CheckResult r = engine.withNarrative(engine.check(Fixtures.sample(Fixtures.SAMPLE_2023)), Seed.S002.text(), "002.txt", null);
        for (Finding f : r.findings()) {
            if (!"narrative".equals(f.source())) {
                continue;
            }
            assertEquals("第" + (f.narrative().paragraph() + 1) + "段", f.row());
            assertTrue(f.message().contains(f.narrative().quote()), f.message());
            assertTrue(Seed.S002.paragraphs().get(f.narrative().paragraph()).text().contains(f.narrative().quote()), f.toString());
        }
        Finding health = r.findings().stream().filter(f -> f.narrative() != null && f.narrative().quote().contains("10580.40"))
            .findFirst().orElseThrow();
        assertEquals("公开05表!C7", health.sheet() + "!" + health.cell(), "names the cell of 210 卫生健康支出");
        assertTrue(health.message().contains("21013 医疗救助"), "says whose amount 10580.40 is: " + health.message());
    }

    // ── helpers

    private static BigDecimal value(RecognisedTable t, String code, int column) {
        TableRow row = t.code(code).orElseThrow(() -> new AssertionError("no row " + code + " in " + t.id()));
        return row.cell(column) == null ? BigDecimal.ZERO : row.cell(column).value();
    }

    /** The key at every paragraph of the 情况说明 that contains the quote (there must be {@code times}). */
    private static List<Key> at(List<Paragraph> ps, String rule, Severity severity, String quote, int times) {
        List<Integer> where = Narratives.paragraphsContaining(ps, quote);
        assertEquals(times, where.size(), "“" + quote + "” is in the text " + times + " time(s): " + where);
        List<Key> out = new ArrayList<>();
        for (int p : where) {
            out.add(key(rule, severity, p, quote));
        }
        return out;
    }

    /** Every finding quoting these words states and computes these numbers. */
    private static void assertStatedComputed(List<Finding> found, String quote, String stated, String computed) {
        List<Finding> matching = found.stream()
            .filter(f -> f.narrative() != null && Narratives.squeeze(f.narrative().quote()).equals(Narratives.squeeze(quote))).toList();
        assertFalse(matching.isEmpty(), "no finding quotes “" + quote + "”");
        for (Finding f : matching) {
            assertEquals(0, new BigDecimal(stated).compareTo(f.narrative().stated()), f.toString());
            assertEquals(0, new BigDecimal(computed).compareTo(f.narrative().computed()), f.toString());
        }
    }

    private static Set<Key> jsonKeys(JsonNode json) {
        Set<Key> out = new LinkedHashSet<>();
        for (JsonNode f : json.get("findings")) {
            if ("narrative".equals(f.get("source").asText())) {
                out.add(key(f.get("rule").asText(), Severity.valueOf(f.get("severity").asText().toUpperCase()), f.get("paragraph").asInt(),
                    f.get("quote").asText()));
            }
        }
        return out;
    }

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
