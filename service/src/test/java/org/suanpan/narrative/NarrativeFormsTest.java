package org.suanpan.narrative;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.suanpan.Engine;
import org.suanpan.check.CheckResult;
import org.suanpan.check.Finding;
import org.suanpan.testing.Fixtures;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.suanpan.narrative.Narratives.Key;
import static org.suanpan.narrative.Narratives.Seed;
import static org.suanpan.narrative.Narratives.keys;
import static org.suanpan.narrative.Narratives.squeeze;

/**
 * The same 情况说明 as UTF-8 text, GBK text, text whose lines break in the middle of sentences (as text copied out of
 * a PDF does) and a Word document with one paragraph laid out as a table reads as the same paragraphs and gives the
 * same claims and findings.
 */
class NarrativeFormsTest {
    private static final int WIDTH = 37;
    /** What starts a new item when it opens a line (NarrativeReader joins lines unless the next one looks like this). */
    private static final Pattern ITEM = Pattern.compile("^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\\d]+[)）]|\\d+[.．、]|图|表|注)");
    private static final String ENDINGS = "。！？；：:;!?」”";

    private final Engine engine = Fixtures.engine();

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Seed.class)
    void everyFormGivesTheSameParagraphsClaimsAndFindings(Seed seed) throws IOException {
        List<String> texts = narrative(seed);
        Path utf8 = Files.writeString(dir.resolve("utf8.txt"), String.join("\n", texts), StandardCharsets.UTF_8);
        Path gbk = Files.write(dir.resolve("gbk.txt"), String.join("\r\n", texts).getBytes(Charset.forName("GB18030")));
        Path wrapped = Files.writeString(dir.resolve("wrapped.txt"), wrapped(texts), StandardCharsets.UTF_8);
        int inTable = tableParagraph(texts, seed);
        Path docx = docx(texts, inTable, dir.resolve("说明.docx"));

        assertFalse(isUtf8(Files.readAllBytes(gbk)), "the GBK file must not also be valid UTF-8");
        assertEquals(List.of(), Files.readString(wrapped).lines().filter(l -> l.length() > WIDTH + 8).toList(), "lines are short");
        assertTrue(Files.readString(wrapped).lines().count() > texts.size() * 2L, "most paragraphs are broken");

        List<Paragraph> reference = NarrativeReader.read(utf8, "utf8.txt");
        assertEquals(texts, reference.stream().map(Paragraph::text).toList(), "one paragraph a line reads back as written");
        List<Key> claims = claimKeys(reference);
        assertTrue(claims.size() > 80, "claims: " + claims.size());
        Set<Key> withBook = keys(findings(utf8, seed, true));
        Set<Key> alone = keys(findings(utf8, seed, false));
        assertFalse(withBook.isEmpty());
        assertFalse(alone.isEmpty());

        for (Path form : List.of(gbk, wrapped, docx)) {
            String name = form.getFileName().toString();
            List<Paragraph> read = NarrativeReader.read(form, name);
            assertEquals(reference.stream().map(p -> squeeze(p.text())).toList(), read.stream().map(p -> squeeze(p.text())).toList(), name);
            assertEquals(claims, claimKeys(read), name);
            assertEquals(withBook, keys(findings(form, seed, true)), name);
            assertEquals(alone, keys(findings(form, seed, false)), name);
        }
        // the paragraph laid out as a table is read from the table, in its place
        assertTrue(withBook.stream().anyMatch(k -> k.paragraph() == inTable), "a finding in the table's paragraph");
    }

    /** The 情况说明 of the seed, from its 第三部分 heading to the end of its last section, one paragraph each. */
    private static List<String> narrative(Seed seed) {
        List<Paragraph> ps = seed.paragraphs();
        List<Outline.Placed> placed = Outline.of(ps, Narratives.VOCABULARY);
        int first = placed.get(0).paragraph().index();
        int part = first - 1;
        while (part > first - 3 && !ps.get(part).text().startsWith("第三部分")) {
            part--;
        }
        assertTrue(ps.get(part).text().startsWith("第三部分"), ps.get(part).text());
        List<String> out = new ArrayList<>();
        for (int i = part; i < first; i++) {
            out.add(ps.get(i).text());
        }
        assertTrue(squeeze(String.join("", out)).endsWith("情况说明"), out.toString());
        for (Outline.Placed p : placed) {
            out.add(p.paragraph().text());
        }
        return out;
    }

    private List<Finding> findings(Path narrative, Seed seed, boolean withWorkbook) {
        String name = narrative.getFileName().toString();
        CheckResult r = withWorkbook
            ? engine.withNarrative(engine.check(Fixtures.sample(seed.sample)), narrative, name, null)
            : engine.narrativeOnly(narrative, name, null);
        return r.findings();
    }

    private static List<Key> claimKeys(List<Paragraph> ps) {
        List<Key> out = new ArrayList<>();
        for (Claim c : Narratives.claims(ps)) {
            out.add(Narratives.key(c.getClass().getSimpleName(), null, c.paragraph(), c.quote()));
        }
        return out;
    }

    /**
     * Every paragraph broken into lines of at most {@value #WIDTH} characters, never right after the end of a sentence,
     * before something that starts an item, next to white space or between two Latin letters: the breaks a reader
     * must join, not the ones that may end a paragraph.
     */
    private static String wrapped(List<String> texts) {
        StringBuilder out = new StringBuilder();
        for (String t : texts) {
            int start = 0;
            while (t.length() - start > WIDTH) {
                int cut = start + WIDTH;
                while (cut > start + WIDTH - 8 && !canBreak(t, cut)) {
                    cut--;
                }
                if (!canBreak(t, cut)) {
                    cut = start + WIDTH;
                    while (cut < t.length() && !canBreak(t, cut)) {
                        cut++;
                    }
                }
                if (cut >= t.length()) {
                    break;
                }
                out.append(t, start, cut).append('\n');
                start = cut;
            }
            out.append(t.substring(start)).append("\n\n");
        }
        return out.toString();
    }

    private static boolean canBreak(String t, int at) {
        char before = t.charAt(at - 1);
        char after = t.charAt(at);
        return ENDINGS.indexOf(before) < 0 && !Character.isWhitespace(before) && !Character.isWhitespace(after)
            && !(isLatin(before) && isLatin(after)) && !ITEM.matcher(t.substring(at)).find()
            && !HEADING_LIKE.matcher(t.substring(0, at)).find();
    }

    /** A first line that looks like a short heading (NarrativeReader ends a paragraph after one). */
    private static final Pattern HEADING_LIKE = Pattern.compile("^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）]|图\\s*\\d)[^，,]{0,38}$");

    private static boolean isLatin(char c) {
        return c < 0x2E80 && Character.isLetter(c);
    }

    /** The paragraph to lay out as a table: the first with a finding against the workbook and a comma to split at. */
    private int tableParagraph(List<String> texts, Seed seed) throws IOException {
        Path plain = Files.writeString(dir.resolve("plain.txt"), String.join("\n", texts), StandardCharsets.UTF_8);
        for (Finding f : findings(plain, seed, true)) {
            if (f.narrative() != null && texts.get(f.narrative().paragraph()).contains("，")) {
                return f.narrative().paragraph();
            }
        }
        throw new AssertionError("no finding to place in a table");
    }

    /** Paragraphs as Word paragraphs, one of them as a one-row table split at its first comma. */
    private static Path docx(List<String> texts, int inTable, Path target) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            for (int i = 0; i < texts.size(); i++) {
                String t = texts.get(i);
                if (i == inTable) {
                    int comma = t.indexOf('，') + 1;
                    XWPFTable table = doc.createTable(1, 2);
                    XWPFTableRow row = table.getRow(0);
                    row.getCell(0).setText(t.substring(0, comma));
                    row.getCell(1).setText(t.substring(comma));
                } else {
                    doc.createParagraph().createRun().setText(t);
                }
            }
            try (OutputStream out = Files.newOutputStream(target)) {
                doc.write(out);
            }
        }
        return target;
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }
}
