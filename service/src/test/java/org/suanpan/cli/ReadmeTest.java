package org.suanpan.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.suanpan.report.JsonReport;
import org.suanpan.testing.Fixtures;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the README tells a new user holds on a fresh clone: its example, its links, its figures. */
class ReadmeTest {
    private static final Path ROOT = Path.of(System.getProperty("user.dir")).resolve("..").normalize();

    private static String readme() throws IOException {
        return Files.readString(ROOT.resolve("README.md"));
    }

    @Test
    void theExampleCheckPrintsWhatTheReadmeShows() throws Exception {
        String readme = readme();
        Matcher block = Pattern.compile("The report starts with what to do:\\s*```\\s*\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertTrue(block.find(), "the README shows the example's summary");
        CliTest.Run r = CliTest.run("check", Fixtures.example(Fixtures.FAULTY_2022).toString(), "--format", "text");
        assertEquals(1, r.code(), r.err());
        for (String line : block.group(1).strip().split("\\n")) {
            assertTrue(r.out().contains(line.strip()), "the README's “" + line.strip() + "” in:\n" + r.out());
        }
        assertTrue(readme.contains("./suanpan check docs/examples/" + Fixtures.FAULTY_2022));
    }

    @Test
    void theJsonExamplesFiguresAreTheExamplesOwn() throws Exception {
        CliTest.Run r = CliTest.run("check", Fixtures.example(Fixtures.FAULTY_2022).toString());
        JsonNode stats = JsonReport.mapper().readTree(r.out()).get("stats");
        String expected = "\"stats\": {\"rules\": " + stats.get("rules") + ", \"checked\": " + stats.get("checked") + ", \"errors\": "
            + stats.get("errors") + ", \"warnings\": " + stats.get("warnings") + ", \"infos\": " + stats.get("infos");
        assertTrue(readme().contains(expected), expected);
    }

    @Test
    void everyLinkStaysInsideTheRepositoryAndExists() throws IOException {
        String readme = readme();
        assertFalse(readme.contains("../shared"), "nothing beside the repository is needed");
        Matcher links = Pattern.compile("\\]\\(([^)#]+)\\)").matcher(readme);
        while (links.find()) {
            String target = links.group(1);
            if (!target.startsWith("http")) {
                assertTrue(Files.exists(ROOT.resolve(target)), "README links to " + target);
            }
        }
        assertTrue(Files.isRegularFile(ROOT.resolve("LICENSE")));
        assertTrue(Files.readString(ROOT.resolve("LICENSE")).contains("Apache License"));
    }

    @Test
    void theListeningAddressIsStatedAsTheServiceUsesIt() throws IOException {
        String host = org.suanpan.serve.ServeConfig.defaults().host();
        assertTrue(readme().contains("(`" + host + "`)"), "the README names the default address " + host);
        assertTrue(readme().contains("no token"), "and says there is no token by default");
    }
}
