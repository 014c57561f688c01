package org.suanpan.serve;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;

import java.util.List;

/**
 * Reads multipart parts and turns the servlet container's size errors into a 413 with a message instead of a 500.
 */
final class Multipart {
    private Multipart() {
    }

    static UploadedFile file(Context ctx, String name) {
        return guard(ctx, () -> ctx.uploadedFile(name));
    }

    static List<UploadedFile> files(Context ctx, String name) {
        return guard(ctx, () -> ctx.uploadedFiles(name));
    }

    static List<String> fields(Context ctx, String name) {
        return guard(ctx, () -> ctx.formParams(name));
    }

    static String field(Context ctx, String name) {
        return guard(ctx, () -> ctx.formParam(name));
    }

    private static <T> T guard(Context ctx, java.util.function.Supplier<T> read) {
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data")) {
            throw new ApiException(400, "请用 multipart/form-data 上传文件（网页表单或 curl -F workbook=@文件.xlsx）。");
        }
        try {
            return read.get();
        } catch (IllegalStateException e) {
            String m = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (m.contains("max") || m.contains("size") || m.contains("exceed")) {
                throw new ApiException(413, "上传的文件太大，超过了服务设置的上限。请删去与决算公开表无关的工作表后再上传，或请管理员调高上限。");
            }
            throw new ApiException(400, "无法读取上传的内容（" + e.getMessage() + "）。请重新上传。");
        } catch (RuntimeException e) {
            if (e.getCause() instanceof java.io.IOException || e.getCause() instanceof jakarta.servlet.ServletException) {
                throw new ApiException(400, "上传没有完成或格式不对（" + e.getCause().getMessage() + "）。请重新上传。");
            }
            throw e;
        }
    }
}
