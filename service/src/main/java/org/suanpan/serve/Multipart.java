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
        } catch (ApiException e) {
            throw e;
        } catch (Exception e) {
            // Jetty throws IOException and ServletException unchecked through Javalin's Kotlin API
            throw classify(e);
        }
    }

    /** What went wrong with the upload, from the servlet container's exception, as the caller's fault (4xx). */
    static ApiException classify(Throwable e) {
        StringBuilder chain = new StringBuilder();
        for (Throwable t = e; t != null && chain.length() < 2000; t = t.getCause()) {
            chain.append(' ').append(t.getMessage());
        }
        String m = chain.toString().toLowerCase(java.util.Locale.ROOT);
        if (m.contains("header") && (m.contains("max") || m.contains("too large") || m.contains("length"))) {
            return new ApiException(400, "上传中的文件名或表单字段过长，服务无法读取。请把文件改成较短的名字后再上传。");
        }
        if (m.contains("filesize") || m.contains("maxrequestsize") || m.contains("request exceeds") || m.contains("exceeds max")
            || m.contains("too large") || m.contains("too big")) {
            return new ApiException(413, "上传的文件太大，超过了服务设置的上限。请删去与决算公开表无关的工作表后再上传，或请管理员调高上限。");
        }
        if (m.contains("boundary")) {
            return new ApiException(400, "上传的内容缺少 multipart 分隔符（boundary），无法读取。请用网页表单或 curl -F workbook=@文件.xlsx 上传。");
        }
        if (m.contains("incomplete") || m.contains("eof") || m.contains("early") || m.contains("timeout") || m.contains("closed")) {
            return new ApiException(400, "上传没有完成（内容比声明的短或连接中断）。请重新上传。");
        }
        return new ApiException(400, "无法读取上传的内容（multipart/form-data 格式不对）。请用网页表单或 curl -F workbook=@文件.xlsx 重新上传。");
    }
}
