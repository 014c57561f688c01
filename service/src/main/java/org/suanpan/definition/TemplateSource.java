package org.suanpan.definition;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where the table and rule definitions are read from: a folder a finance officer can edit (set with
 * {@code --templates DIR}, the {@code SUANPAN_TEMPLATES} environment variable or the {@code suanpan.templates}
 * system property), or else the copy of {@code templates/} built into the jar.
 */
public final class TemplateSource {
    private final Path folder;

    private TemplateSource(Path folder) {
        this.folder = folder;
    }

    /** The folder named by configuration, or the built-in copy. */
    public static TemplateSource configured() {
        String dir = System.getProperty("suanpan.templates");
        if (dir == null || dir.isBlank()) {
            dir = System.getenv("SUANPAN_TEMPLATES");
        }
        return dir == null || dir.isBlank() ? builtIn() : folder(Path.of(dir));
    }

    public static TemplateSource folder(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new DefinitionException("模板文件夹不存在：" + folder + "。请指向包含 editions/ 和 rules/ 的 templates 文件夹。");
        }
        return new TemplateSource(folder);
    }

    public static TemplateSource builtIn() {
        return new TemplateSource(null);
    }

    public String describe() {
        return folder == null ? "内置模板" : folder.toAbsolutePath().toString();
    }

    public String read(String relative) {
        try {
            if (folder != null) {
                return Files.readString(folder.resolve(relative), StandardCharsets.UTF_8);
            }
            try (InputStream in = TemplateSource.class.getResourceAsStream("/templates/" + relative)) {
                if (in == null) {
                    throw new DefinitionException("缺少模板文件：templates/" + relative);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取模板文件 templates/" + relative, e);
        }
    }

    public boolean exists(String relative) {
        if (folder != null) {
            return Files.isRegularFile(folder.resolve(relative));
        }
        return TemplateSource.class.getResource("/templates/" + relative) != null;
    }

    /** File names (not paths) in a folder of the templates, sorted, that end with {@code suffix}. */
    public List<String> list(String dir, String suffix) {
        try {
            if (folder != null) {
                return names(folder.resolve(dir), suffix);
            }
            URL url = TemplateSource.class.getResource("/templates/" + dir);
            if (url == null) {
                return List.of();
            }
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return names(fs.getPath("/templates/" + dir), suffix);
            }
            return names(Path.of(uri), suffix);
        } catch (IOException e) {
            throw new UncheckedIOException("无法列出模板文件夹 templates/" + dir, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> names(Path dir, String suffix) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.forEach(p -> {
                String name = p.getFileName().toString().replace("/", "");
                if (name.endsWith(suffix)) {
                    out.add(name);
                }
            });
        }
        out.sort(null);
        return out;
    }
}
