package org.suanpan.definition;

/** A classification code with its name, such as 210 卫生健康支出 or 30101 基本工资. */
public record CodeName(String code, String name) {
}
