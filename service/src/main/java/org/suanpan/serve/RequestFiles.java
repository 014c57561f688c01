package org.suanpan.serve;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The files of one request, copied into a folder of its own under the work folder and deleted with it when the
 * request ends — whatever happened. Names are the user's (for reports and downloads); paths on disk are ours.
 */
final class RequestFiles implements AutoCloseable {
    private final Context ctx;
    private final Path folder;
    private final long maxBytes;
    private int count;

    RequestFiles(Context ctx, Path workDir, long maxBytes) throws IOException {
        this.ctx = ctx;
        try {
            this.folder = Files.createDirectories(workDir.resolve("requests").resolve(UUID.randomUUID().toString()));
        } catch (IOException e) {
            throw new ApiException(503, Folders.unwritable(workDir) != null ? Folders.unwritable(workDir)
                : "服务无法保存上传的文件（" + e.getClass().getSimpleName() + "）。请稍后再试，或请管理员检查工作目录。");
        }
        this.maxBytes = maxBytes;
    }

    /** The part, or a 400 that names it. */
    Upload required(String part, String what) throws IOException {
        return optional(part).orElseThrow(() -> new ApiException(400,
            "请求里缺少“" + part + "”文件（" + what + "）。请用 multipart/form-data 上传，字段名为 " + part + "。"));
    }

    Optional<Upload> optional(String part) throws IOException {
        UploadedFile f = Multipart.file(ctx, part);
        if (f == null) {
            return Optional.empty();
        }
        // VBA clients send an ASCII file name in the part and the real one as a UTF-8 field.
        String name = "workbook".equals(part) ? Optional.ofNullable(Multipart.field(ctx, "filename")).filter(s -> !s.isBlank())
            .orElse(f.filename()) : f.filename();
        return Optional.of(save(f, name));
    }

    List<Upload> all(String part) throws IOException {
        List<Upload> list = new ArrayList<>();
        for (UploadedFile f : Multipart.files(ctx, part)) {
            list.add(save(f, f.filename()));
        }
        return list;
    }

    Path folder() {
        return folder;
    }

    private Upload save(UploadedFile f, String name) throws IOException {
        String display = displayName(name);
        if (f.size() > maxBytes) {
            throw new ApiException(413, "文件“" + display + "”有 " + (f.size() >> 20) + " MB，超过了每个文件 " + (maxBytes >> 20)
                + " MB 的上限。请删去与决算公开表无关的工作表后再上传，或请管理员调高上限。");
        }
        Path target = folder.resolve((++count) + extension(display));
        try (InputStream in = f.content()) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return new Upload(target, display);
    }

    /** The file name without any folder a browser or client sent along. */
    static String displayName(String name) {
        if (name == null || name.isBlank()) {
            return "未命名.xlsx";
        }
        String n = name.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1).strip();
        return n.isEmpty() ? "未命名.xlsx" : n;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot).toLowerCase(java.util.Locale.ROOT);
        return ext.matches("\\.[a-z0-9]{1,5}") ? ext : "";
    }

    @Override
    public void close() {
        Folders.deleteQuietly(folder);
    }
}
