package org.suanpan.rules;

import org.junit.jupiter.api.Test;
import org.suanpan.definition.Edition;
import org.suanpan.testing.Fixtures;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every code a finding can carry is described somewhere a person can look it up: a rule file or findings.txt. */
class FindingCodesTest {
    private static final Pattern CODE = Pattern.compile("\"(S-\\d{2}|N\\d{2}|[A-Z]\\d{2}-\\d{2})\"");

    @Test
    void everyCodeTheJavaSourcesUseIsDescribed() throws IOException {
        Set<String> described = new HashSet<>();
        for (Edition e : Fixtures.engine().editions().all()) {
            Fixtures.engine().rules(e).rules().forEach(r -> described.add(r.code()));
        }
        Fixtures.engine().findingCodes().forEach(c -> {
            assertTrue(!c.description().isBlank(), c.code());
            described.add(c.code());
        });
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
                Matcher m = CODE.matcher(Files.readString(p));
                while (m.find()) {
                    if (!described.contains(m.group(1))) {
                        missing.add(m.group(1) + " (" + p.getFileName() + ")");
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "describe these in templates/rules/findings.txt: " + missing);
        assertTrue(described.containsAll(Set.of("N01", "N08", "S-01", "S-09")));
    }
}
