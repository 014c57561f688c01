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

    /** Empties a folder, keeping it; what cannot be deleted now is left for the next sweep. */
    static void emptyQuietly(Path folder) {
        if (folder == null || !Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> children = Files.list(folder)) {
            children.forEach(Folders::deleteQuietly);
        } catch (IOException ignored) {
            // as above
        }
    }

    /** Deletes the entries of a folder last changed before {@code cutoff}. */
    static void deleteOlderThan(Path folder, java.time.Instant cutoff) {
        if (folder == null || !Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> children = Files.list(folder)) {
            children.forEach(p -> {
                try {
                    if (Files.getLastModifiedTime(p).toInstant().isBefore(cutoff)) {
                        deleteQuietly(p);
                    }
                } catch (IOException ignored) {
                    // gone already, or not ours to read: the next sweep looks again
                }
            });
        } catch (IOException ignored) {
            // as above
        }
    }

    /** Null when the service can create and delete a file in the folder, else what is wrong, in Chinese. */
    static String unwritable(Path folder) {
        try {
            Files.createDirectories(folder);
            Path probe = Files.createTempFile(folder, ".health-", ".tmp");
            Files.delete(probe);
            return null;
        } catch (IOException | SecurityException e) {
            return "服务的工作目录 " + folder + " 无法写入（" + e.getClass().getSimpleName() + "），上传的文件无法保存、审核会失败。"
                + "请管理员检查磁盘空间和目录权限，或用 --work 换一个目录。";
        }
    }
}
