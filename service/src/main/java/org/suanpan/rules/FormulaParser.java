package org.suanpan.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses the 审核公式 notation of the rule files:
 * <pre>
 *   公开01: 27行 = 1行+2行+…+8行
 *   公开02: 各行 1栏 = 2栏+3栏+…+7栏
 *   公开02: 各栏 各类行 = 其下各款之和
 *   公开05 合计行 1栏 = 公开04 59行 3栏
 *   公开04 27行 = 公开01 (1行+2行+3行)
 * </pre>
 * A term names a table (or takes the one before the colon), a row (行次, 科目代码, 合计行, a label, 同类行, or a
 * quantifier such as 各行) and a column (栏次 or 各栏). “…” between two terms fills in the numbers between them.
 */
public final class FormulaParser {
    private final String text;
    private final List<Token> tokens;
    private int pos;

    private FormulaParser(String text) {
        this.text = text;
        this.tokens = Tokenizer.tokenize(text);
    }

    public static Formula parse(String text) {
        return new FormulaParser(text).formula();
    }

    /** Parses one side of a formula — a sum of terms such as {@code 公开01 (1行+2行+3行)} — as vocabularies use it. */
    public static List<Signed> parseSum(String text) {
        FormulaParser p = new FormulaParser(text);
        List<Signed> sum = p.sum(null);
        if (p.pos < p.tokens.size()) {
            throw p.error(p.tokens.get(p.pos), "这里多出了内容");
        }
        for (Signed s : sum) {
            String table = s.term() instanceof Term.CellTerm c ? c.table() : s.term() instanceof Term.Sum x ? x.table() : "";
            if (table == null) {
                throw p.error(null, "请写明表号，例如“公开03 合计行 2栏”");
            }
        }
        return sum;
    }

    private Formula formula() {
        String table = null;
        boolean every = false;
        if (tokens.size() > 2 && tokens.get(1).type() == Token.Type.COLON) {
            Token first = tokens.get(0);
            if (first.type() == Token.Type.TABLE) {
                table = first.text();
            } else if (first.type() == Token.Type.EVERY_TABLE) {
                every = true;
            } else {
                throw error(first, "冒号前应是表号（如 公开01）或“各表”");
            }
            pos = 2;
        }
        List<Signed> left = sum(table);
        Token op = next();
        Comparison comparison = switch (op == null ? Token.Type.LABEL : op.type()) {
            case EQUAL -> Comparison.EQUAL;
            case AT_MOST -> Comparison.AT_MOST;
            case AT_LEAST -> Comparison.AT_LEAST;
            default -> throw error(op, "这里应是“=”、“≤”或“≥”");
        };
        List<Signed> right = sum(table);
        if (pos < tokens.size()) {
            throw error(tokens.get(pos), "公式在这里多出了内容");
        }
        Formula f = Formula.of(table, every, left, comparison, right);
        validate(f);
        return f;
    }

    private List<Signed> sum(String table) {
        List<Signed> out = new ArrayList<>();
        int sign = 1;
        if (peek(Token.Type.MINUS)) {
            next();
            sign = -1;
        }
        boolean ellipsis = false;
        while (true) {
            if (peek(Token.Type.ELLIPSIS)) {
                next();
                ellipsis = true;
                if (peek(Token.Type.PLUS)) {
                    next();
                }
                continue;
            }
            List<Signed> terms = termOrGroup(table, sign);
            if (ellipsis) {
                if (out.isEmpty()) {
                    throw error(current(), "省略号“…”前面缺少起始项");
                }
                out.addAll(fill(out.get(out.size() - 1), terms.get(0)));
                ellipsis = false;
            }
            out.addAll(terms);
            if (peek(Token.Type.PLUS)) {
                next();
                sign = 1;
            } else if (peek(Token.Type.MINUS)) {
                next();
                sign = -1;
            } else {
                break;
            }
        }
        return out;
    }

    private List<Signed> termOrGroup(String table, int sign) {
        String t = table;
        if (peek(Token.Type.TABLE)) {
            t = next().text();
        }
        if (peek(Token.Type.OPEN)) {
            next();
            List<Signed> inner = sum(t);
            if (!peek(Token.Type.CLOSE)) {
                throw error(current(), "缺少右括号“）”");
            }
            next();
            List<Signed> out = new ArrayList<>();
            for (Signed s : inner) {
                out.add(new Signed(s.sign() * sign, s.term()));
            }
            return out;
        }
        return List.of(new Signed(sign, term(t)));
    }

    private Term term(String table) {
        RowSelector row = null;
        Integer column = null;
        boolean eachColumn = false;
        Term.SumKind sum = null;
        BigDecimal constant = null;
        Token start = current();
        int consumed = 0;
        while (pos < tokens.size()) {
            Token tk = tokens.get(pos);
            RowSelector r = null;
            switch (tk.type()) {
                case LINE -> r = new RowSelector.Line(tk.number());
                case CODE -> r = new RowSelector.Code(tk.text());
                case LABEL -> r = new RowSelector.Label(tk.text());
                case COLUMN -> {
                    if (column != null || eachColumn) {
                        throw error(tk, "一项里只能写一个栏次");
                    }
                    column = tk.number();
                }
                case NUMBER -> constant = new BigDecimal(tk.text());
                case LIST -> {
                    if (!(row instanceof RowSelector.Each each) || each.list() != null) {
                        throw error(tk, "“[名单]”只能紧跟在“各行、各类行、各款行、各项行”后面");
                    }
                    row = new RowSelector.Each(each.scope(), tk.text());
                }
                case KEYWORD -> {
                    switch (tk.text()) {
                        case "合计行" -> r = new RowSelector.Total();
                        case "同类行" -> r = new RowSelector.SameClass();
                        case "各行" -> r = new RowSelector.Each(RowSelector.Scope.ALL);
                        case "各类行" -> r = new RowSelector.Each(RowSelector.Scope.CLASSES);
                        case "各款行" -> r = new RowSelector.Each(RowSelector.Scope.SECTIONS);
                        case "各项行" -> r = new RowSelector.Each(RowSelector.Scope.ITEMS);
                        case "各空行" -> r = new RowSelector.Each(RowSelector.Scope.BLANK_LINES);
                        case "各栏" -> eachColumn = true;
                        case "其下各款之和", "其下各项之和", "下级之和" -> sum = Term.SumKind.CHILDREN;
                        case "各类行之和" -> sum = Term.SumKind.CLASSES;
                        default -> throw error(tk, "不认识的关键词");
                    }
                }
                default -> {
                    if (consumed == 0) {
                        throw error(tk, "这里缺少一项（行次、栏次、科目代码或项目名称）");
                    }
                    return build(table, row, column, eachColumn, sum, constant, start);
                }
            }
            if (r != null) {
                if (row != null) {
                    throw error(tk, "一项里只能指定一行");
                }
                row = r;
            }
            pos++;
            consumed++;
        }
        if (consumed == 0) {
            throw error(null, "公式不完整，结尾缺少一项");
        }
        return build(table, row, column, eachColumn, sum, constant, start);
    }

    private Term build(String table, RowSelector row, Integer column, boolean eachColumn, Term.SumKind sum,
                       BigDecimal constant, Token start) {
        if (constant != null) {
            if (row != null || column != null || sum != null || eachColumn) {
                throw error(start, "数字常数不能和行次、栏次写在一起");
            }
            return new Term.Constant(constant);
        }
        if (sum != null) {
            if (row != null) {
                throw error(start, "“之和”前不能再写行");
            }
            return new Term.Sum(table, sum, column);
        }
        return new Term.CellTerm(table, row == null ? new RowSelector.Current() : row, column, eachColumn);
    }

    /** The terms an ellipsis stands for between {@code from} and {@code to}. */
    private List<Signed> fill(Signed from, Signed to) {
        if (from.term() instanceof Term.CellTerm a && to.term() instanceof Term.CellTerm b && same(a.table(), b.table())) {
            List<Signed> out = new ArrayList<>();
            if (a.row() instanceof RowSelector.Line la && b.row() instanceof RowSelector.Line lb && same(a.column(), b.column())) {
                for (int n = la.no() + 1; n < lb.no(); n++) {
                    out.add(new Signed(to.sign(), new Term.CellTerm(a.table(), new RowSelector.Line(n), a.column(), false)));
                }
                return out;
            }
            if (a.column() != null && b.column() != null && a.row().equals(b.row())) {
                for (int n = a.column() + 1; n < b.column(); n++) {
                    out.add(new Signed(to.sign(), new Term.CellTerm(a.table(), a.row(), n, false)));
                }
                return out;
            }
        }
        throw error(current(), "省略号“…”前后应是同一张表中连续的行次（如 1行+…+8行）或栏次（如 2栏+…+7栏）");
    }

    private static boolean same(Object a, Object b) {
        return a == null ? b == null : a.equals(b);
    }

    private void validate(Formula f) {
        long rowQuantifiers = f.terms().filter(t -> t instanceof Term.CellTerm c && c.row() instanceof RowSelector.Each).count();
        long columnQuantifiers = f.terms().filter(t -> t instanceof Term.CellTerm c && c.eachColumn()).count();
        if (rowQuantifiers > 1) {
            throw error(null, "一个公式只能有一个“各行/各类行/各款行/各项行”");
        }
        if (columnQuantifiers > 1) {
            throw error(null, "一个公式只能有一个“各栏”");
        }
        Term.CellTerm q = f.rowQuantified();
        boolean classes = q != null && ((RowSelector.Each) q.row()).scope() == RowSelector.Scope.CLASSES;
        f.terms().forEach(t -> {
            if (t instanceof Term.CellTerm c && c.row() instanceof RowSelector.SameClass && !classes) {
                throw error(null, "“同类行”要和“各类行”一起用");
            }
            if (t instanceof Term.Sum s && s.kind() == Term.SumKind.CHILDREN && q == null) {
                throw error(null, "“其下各款之和”要和“各类行”或“各款行”一起用");
            }
            String table = t instanceof Term.CellTerm c ? c.table() : t instanceof Term.Sum s ? s.table() : "";
            if (table == null && !f.everyTable()) {
                throw error(null, "请写明表号，例如“公开01: 27行 = 1行+…+8行”");
            }
        });
    }

    private boolean peek(Token.Type type) {
        return pos < tokens.size() && tokens.get(pos).type() == type;
    }

    private Token next() {
        return pos < tokens.size() ? tokens.get(pos++) : null;
    }

    private Token current() {
        return pos < tokens.size() ? tokens.get(pos) : null;
    }

    private RuleSyntaxException error(Token at, String what) {
        String where = at == null ? "" : "（第" + (at.position() + 1) + "个字符“" + at.text() + "”处）";
        return new RuleSyntaxException("审核公式“" + text + "”写法有误" + where + "：" + what + "。");
    }
}
