package org.suanpan.text;

/** Names of the files Suanpan writes, made from the name the user gave: “江岸区-2022.xlsx” → “江岸区-2022-审核.xlsx”. */
public final class FileNames {
    private FileNames() {
    }

    /** The name without its extension; a dot in a folder of a relative name (“a.b/表.xlsx”) is not an extension. */
    public static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 && dot > name.lastIndexOf('/') ? name.substring(0, dot) : name;
    }

    /** The extension without its dot, or "" when there is none. */
    public static String extension(String name) {
        String stem = stem(name);
        return stem.length() < name.length() ? name.substring(stem.length() + 1) : "";
    }

    /** The stem, the suffix, then the extension given (none when it is empty). */
    public static String withSuffix(String name, String suffix, String extension) {
        return stem(name) + suffix + (extension.isEmpty() ? "" : "." + extension);
    }
}
