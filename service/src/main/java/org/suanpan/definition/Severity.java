package org.suanpan.definition;

/** How much a finding matters: an error must be corrected, a warning explained, an info only noted. */
public enum Severity {
    ERROR("error", "错误"), WARNING("warning", "警告"), INFO("info", "提示");

    private final String code;
    private final String chinese;

    Severity(String code, String chinese) {
        this.code = code;
        this.chinese = chinese;
    }

    /** The value used in JSON reports: error, warning or info. */
    public String code() {
        return code;
    }

    public String chinese() {
        return chinese;
    }

    public static Severity parse(String s) {
        return switch (s.trim()) {
            case "错误", "error", "ERROR" -> ERROR;
            case "警告", "warning", "WARNING" -> WARNING;
            case "提示", "info", "INFO" -> INFO;
            default -> throw new IllegalArgumentException("未知的类型“" + s + "”，应为“错误”或“警告”");
        };
    }
}
