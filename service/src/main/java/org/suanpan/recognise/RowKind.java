package org.suanpan.recognise;

/** What identifies a row of a recognised table. */
public enum RowKind {
    /** A numbered line (行次) of a two-sided table. */
    LINE,
    /** The 合计 row of a coded table. */
    TOTAL,
    /** A 科目代码 row (类, 款 or 项; 经济分类 类 or 款 in 公开06). */
    CODE,
    /** A labelled 合计 line at the foot of a detail table (人员经费合计). */
    NAMED,
    /** The only data row of a single-row table. */
    SINGLE
}
