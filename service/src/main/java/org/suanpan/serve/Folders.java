package org.suanpan.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Deleting what the service wrote, without letting a locked or vanished file turn into an error for the user. */
final class Folders {
    private Folders() {
    }

    static void deleteQuietly(Path folder) {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // the retention sweep tries again later
                }
            });
        } catch (IOException ignored) {
            // as above
        }
    }
}
