package org.suanpan.rules;

/** Which row a term of a formula reads. */
public sealed interface RowSelector {

    /** No row written: the row bound by a quantifier, or the only row of a single-row table. */
    record Current() implements RowSelector {
    }

    /** {@code 27行}: a numbered line. */
    record Line(int no) implements RowSelector {
    }

    /** {@code 301}: the row of a 科目代码. */
    record Code(String code) implements RowSelector {
    }

    /** {@code 人员经费合计}: the row with this label. */
    record Label(String label) implements RowSelector {
    }

    /** {@code 合计行}. */
    record Total() implements RowSelector {
    }

    /** {@code 同类行}: the row of the same 功能分类 类 as the row the quantifier is at. */
    record SameClass() implements RowSelector {
    }

    /**
     * {@code 各行}, {@code 各类行}, …: the relation holds on every such row. {@code list} names a code list of the
     * edition ({@code 各项行[只列项目支出的科目]}) that the rows must belong to; null for every row of the scope.
     */
    record Each(Scope scope, String list) implements RowSelector {
        public Each(Scope scope) {
            this(scope, null);
        }
    }

    enum Scope {
        /** 各行: every row. */
        ALL("各行"),
        /** 各类行: every 类 (3-digit code, or a class line of 公开01/04). */
        CLASSES("各类行"),
        /** 各款行: every 款 (5-digit code). */
        SECTIONS("各款行"),
        /** 各项行: every 项 (7-digit code). */
        ITEMS("各项行"),
        /** 各空行: every numbered line that has no item. */
        BLANK_LINES("各空行");

        private final String word;

        Scope(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }
}
