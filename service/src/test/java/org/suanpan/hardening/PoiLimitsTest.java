package org.suanpan.hardening;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** POI's zip-bomb guards and allocation limits are never loosened anywhere in the service's code. */
class PoiLimitsTest {
    static final List<String> LOOSENERS = List.of("setMinInflateRatio", "setMaxEntrySize", "setMaxTextSize", "setByteArrayMaxOverride",
        "setMaxFileCount");

    @Test
    void noCodeLoosensPoisLimits() throws IOException {
        Path main = Path.of("src", "main", "java");
        try (Stream<Path> files = Files.walk(main)) {
            List<String> offenders = files.filter(p -> p.toString().endsWith(".java")).flatMap(p -> {
                try {
                    String text = Files.readString(p);
                    return LOOSENERS.stream().filter(text::contains).map(l -> p + ": " + l);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
            assertEquals(List.of(), offenders);
        }
        assertEquals(0.01, org.apache.poi.openxml4j.util.ZipSecureFile.getMinInflateRatio(), 1e-12);
    }
}
