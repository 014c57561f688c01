package org.suanpan.rules;

import org.suanpan.definition.Edition;
import org.suanpan.definition.Severity;
import org.suanpan.definition.TemplateSource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of one edition, read from the rule files the edition names. A rule file has one rule per line:
 * <pre>  编码 | 类型 | 审核公式 | 说明</pre>
 * Lines starting with # are comments. Codes are stable: reports and annotated workbooks refer to them.
 */
public final class RuleBook {
    private final String version;
    private final List<Rule> rules;

    private RuleBook(String version, List<Rule> rules) {
        this.version = version;
        this.rules = List.copyOf(rules);
    }

    public static RuleBook load(TemplateSource source, Edition edition) {
        List<Rule> rules = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        StringBuilder version = new StringBuilder(edition.id());
        for (String file : edition.ruleFiles()) {
            String content = source.read("rules/" + file);
            version.append('/').append(file).append('@').append(Integer.toHexString(content.hashCode()));
            String[] lines = content.split("\\R", -1);
            for (int i = 0; i < lines.length; i++) {
                Rule r = parseLine(file, i + 1, lines[i]);
                if (r == null) {
                    continue;
                }
                RuleReferences.check(r, edition);
                if (!codes.add(r.code())) {
                    throw new RuleSyntaxException("templates/rules/" + file + " 第" + (i + 1) + "行：编码 " + r.code() + " 重复了，每条规则的编码必须唯一。");
                }
                rules.add(r);
            }
        }
        return new RuleBook(version.toString(), rules);
    }

    /**
     * The rules of one file read against an edition made of both workbooks' tables ({@code 决算对预算.rules}: a 决算
     * against its 部门预算), each reference checked as for an edition's own rules.
     */
    public static RuleBook loadFile(TemplateSource source, String file, Edition edition) {
        List<Rule> rules = new ArrayList<>();
        String content = source.read("rules/" + file);
        String[] lines = content.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            Rule r = parseLine(file, i + 1, lines[i]);
            if (r != null) {
                RuleReferences.check(r, edition);
                rules.add(r);
            }
        }
        return new RuleBook(file + "@" + Integer.toHexString(content.hashCode()), rules);
    }

    private static final java.util.regex.Pattern DEFAULT_TABLE = java.util.regex.Pattern.compile("^\\s*(公开\\d+|预算\\d+(?:-\\d+)?|各表)\\s*[:：]\\s*");

    static Rule parseLine(String file, int lineNo, String line) {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
            return null;
        }
        String[] parts = trimmed.split("[|｜]", -1);
        String where = "templates/rules/" + file + " 第" + lineNo + "行";
        if (parts.length < 3) {
            throw new RuleSyntaxException(where + "：应写成“编码 | 类型 | 审核公式 | 说明”，用竖线分隔。");
        }
        String code = parts[0].strip();
        if (code.isEmpty()) {
            throw new RuleSyntaxException(where + "：缺少编码。");
        }
        Severity severity;
        try {
            severity = Severity.parse(parts[1]);
        } catch (IllegalArgumentException e) {
            throw new RuleSyntaxException(where + "：" + e.getMessage() + "。");
        }
        String text = parts[2].strip();
        List<Formula> formulas = new ArrayList<>();
        try {
            String[] alternatives = text.split("\\s+或\\s+");
            java.util.regex.Matcher prefix = DEFAULT_TABLE.matcher(alternatives[0]);
            for (int i = 0; i < alternatives.length; i++) {
                String alternative = alternatives[i].strip();
                // “公开09: 1栏 = … 或 1栏 = …”: the table before the colon is every alternative's
                if (i > 0 && prefix.find(0) && !DEFAULT_TABLE.matcher(alternative).find()) {
                    alternative = prefix.group() + alternative;
                }
                formulas.add(FormulaParser.parse(alternative));
            }
        } catch (RuleSyntaxException e) {
            throw new RuleSyntaxException(where + "：" + e.getMessage());
        }
        String description = parts.length > 3 ? parts[3].strip() : "";
        return new Rule(code, severity, text, formulas.get(0), description, file, lineNo, List.copyOf(formulas.subList(1, formulas.size())));
    }

    /**
     * The rules for a workbook some of whose tables follow another edition ({@code foreign}: table → that edition's
     * rules): each such table is checked by its own edition's rules that read it alone, and the rules that read it
     * together with other tables are left out, since its 栏次 are not this edition's.
     */
    public RuleBook withTablesFrom(Map<String, RuleBook> foreign) {
        List<Rule> out = new ArrayList<>();
        for (Rule r : rules) {
            if (r.formula().everyTable() || r.formula().tables().stream().noneMatch(foreign::containsKey)) {
                out.add(r);
            }
        }
        StringBuilder v = new StringBuilder(version);
        foreign.forEach((table, book) -> {
            v.append('+').append(table).append('@').append(book.version());
            for (Rule r : book.rules()) {
                if (!r.formula().everyTable() && r.formula().tables().equals(List.of(table))) {
                    out.add(r);
                }
            }
        });
        return new RuleBook(v.toString(), out);
    }

    /** Identifies the rule set in reports: edition and a fingerprint of each rule file. */
    public String version() {
        return version;
    }

    public List<Rule> rules() {
        return rules;
    }
}
