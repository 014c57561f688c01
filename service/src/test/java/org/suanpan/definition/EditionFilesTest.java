package org.suanpan.definition;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.suanpan.Engine;
import org.suanpan.rules.RuleSyntaxException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Edition and rule files are checked when they are loaded: a misspelt key, a missing one, a value of the wrong type
 * or a rule naming a line its edition lacks stops the service with a message naming the file, the key and the fix,
 * instead of loading silently and failing correct workbooks later.
 */
class EditionFilesTest {
    @TempDir
    Path dir;

    /** A copy of the built-in templates folder to change. */
    private Path templates() throws IOException {
        Path from = Path.of("..", "templates");
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path to = dir.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        return dir;
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String s = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(s.contains(from), "fixture text not found in " + file + ": " + from);
        Files.writeString(file, s.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)),
            StandardCharsets.UTF_8);
    }

    private DefinitionException refused(Path folder) {
        return assertThrows(DefinitionException.class, () -> Engine.create(TemplateSource.folder(folder)));
    }

    @Test
    void misspeltKeyIsRefusedNamingFileKeyAndTheKeyMeant() throws IOException {
        Path t = templates();
        edit(t.resolve("editions/2021.json"), "\"lines\": [", "\"line\": [");
        String m = refused(t).getMessage();
        assertTrue(m.contains("templates/editions/2021.json"), m);
        assertTrue(m.contains("“line”不认识") && m.contains("是不是要写“lines”"), m);
    }

    @Test
    void valueOfTheWrongTypeIsRefusedSayingWhatItShouldBe() throws IOException {
        Path t = templates();
        edit(t.resolve("editions/2023.json"), "{\"no\": 27, \"side\": \"收入\"", "{\"no\": \"27\", \"side\": \"收入\"");
        String m = refused(t).getMessage();
        assertTrue(m.contains("2023.json") && m.contains("no") && m.contains("整数"), m);
    }

    @Test
    void missingTitleIsRefused() throws IOException {
        Path t = templates();
        edit(t.resolve("editions/2023.json"), "\"title\": \"收入决算表\",", "");
        String m = refused(t).getMessage();
        assertTrue(m.contains("2023.json") && m.contains("缺少键“title”"), m);
    }

    @Test
    void unknownLayoutIsRefused() throws IOException {
        Path t = templates();
        edit(t.resolve("editions/2023.json"), "\"layout\": \"coded\"", "\"layout\": \"codes\"");
        String m = refused(t).getMessage();
        assertTrue(m.contains("codes") && m.contains("single-row"), m);
    }

    @Test
    void ruleNamingALineTheEditionLacksIsRefusedNamingFileLineAndRule() throws IOException {
        Path t = templates();
        edit(t.resolve("rules/2021.rules"), "公开01: 30行 = 27行+28行+29行", "公开01: 63行 = 27行+28行+29行");
        RuleSyntaxException e = assertThrows(RuleSyntaxException.class, () -> Engine.create(TemplateSource.folder(t)));
        String m = e.getMessage();
        assertTrue(m.contains("templates/rules/2021.rules") && m.contains("T01-02") && m.contains("没有第63行"), m);
    }

    @Test
    void ruleNamingAColumnTheTableLacksIsRefused() throws IOException {
        Path t = templates();
        edit(t.resolve("rules/common.rules"), "公开03: 各行 1栏 = 2栏+3栏+…+6栏", "公开03: 各行 1栏 = 2栏+3栏+…+9栏");
        RuleSyntaxException e = assertThrows(RuleSyntaxException.class, () -> Engine.create(TemplateSource.folder(t)));
        assertTrue(e.getMessage().contains("T03-01") && e.getMessage().contains("没有第7栏"), e.getMessage());
    }

    @Test
    void theTemplatesAsShippedLoad() {
        Engine e = Engine.create(TemplateSource.folder(Path.of("..", "templates")));
        assertTrue(e.editions().all().size() >= 4, "editions: " + e.editions().all());
    }
}
