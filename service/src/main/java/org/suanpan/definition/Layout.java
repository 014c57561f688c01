package org.suanpan.definition;

/** The four shapes the nine tables come in; each has its own reader in the recogniser. */
public enum Layout {
    /** Two sides (收入, 支出) of numbered lines (行次), each with one or more amount columns: 公开01, 公开04. */
    LINES,
    /** Rows by 科目代码 (类/款/项) with numbered amount columns (栏次): 公开02, 03, 05, 07, 08. */
    CODED,
    /** Column groups of 经济分类 code, name and amount, with 合计 lines at the foot: 公开06. */
    DETAIL,
    /** One data row under numbered columns: 公开09. */
    SINGLE_ROW,
    /** A form: amounts found by the labels beside them, as the edition's fields name them (预算11, 预算12). */
    FORM;

    public static boolean known(String s) {
        return s.equals("lines") || s.equals("coded") || s.equals("detail") || s.equals("single-row") || s.equals("form");
    }

    public static String names() {
        return "lines、coded、detail、single-row、form";
    }

    public static Layout parse(String s) {
        return switch (s) {
            case "lines" -> LINES;
            case "coded" -> CODED;
            case "detail" -> DETAIL;
            case "single-row" -> SINGLE_ROW;
            case "form" -> FORM;
            default -> throw new DefinitionException("未知的表样式：" + s + "（应为 lines、coded、detail、single-row 或 form）");
        };
    }
}
