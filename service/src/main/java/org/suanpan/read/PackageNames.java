package org.suanpan.read;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Part names of an OOXML package must be unique, ignoring case (Excel refuses a package where two entries collide).
 * A package with duplicates could be read from one entry and written from another — the report would describe a
 * figure the annotated copy does not show — so it is refused before either happens.
 */
public final class PackageNames {
    private PackageNames() {
    }

    /** Throws an {@link UnusableInputException} naming the first two entries that collide. */
    public static void requireUnique(Iterable<String> names, String fileName) {
        Map<String, String> seen = new HashMap<>();
        for (String name : names) {
            String key = (name.startsWith("/") ? name.substring(1) : name).toLowerCase(Locale.ROOT);
            String before = seen.putIfAbsent(key, name);
            if (before != null) {
                throw new UnusableInputException("文件“" + fileName + "”的压缩包里有两个同名的部件“" + before + "”"
                    + (before.equals(name) ? "" : "和“" + name + "”") + "（Excel 也拒绝打开这样的文件），无法确定该读哪一个。"
                    + "请在 Excel 或 WPS 中打开后另存为新的 .xlsx 再上传。");
            }
        }
    }
}
