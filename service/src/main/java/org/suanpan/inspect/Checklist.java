package org.suanpan.inspect;

import org.suanpan.definition.DefinitionException;
import org.suanpan.definition.Severity;
import org.suanpan.definition.TemplateSource;
import org.suanpan.narrative.Vocabulary;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The 公开检查 checklist an officer reads and edits (templates/inspection/checklist.txt): one line per item, checked
 * when loaded — a wrong severity, an unknown check or parameter, a section the narrative vocabulary does not know, or
 * unreadable points stop the service with a message naming the line.
 */
public final class Checklist {
    public static final String FILE = "inspection/checklist.txt";
    private static final Pattern POINTS = Pattern.compile("^(\\d+(?:\\.\\d+)?)\\s*/\\s*(\\d+(?:\\.\\d+)?)$");

    private final List<ChecklistItem> items;

    private Checklist(List<ChecklistItem> items) {
        this.items = List.copyOf(items);
    }

    /** The checklist of a template folder; a folder without one inspects nothing. */
    public static Checklist load(TemplateSource source, Vocabulary vocabulary) {
        if (!source.exists(FILE)) {
            return new Checklist(List.of());
        }
        return parse(source.read(FILE), vocabulary);
    }

    static Checklist parse(String text, Vocabulary vocabulary) {
        List<ChecklistItem> out = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = "templates/" + FILE + " 第" + (i + 1) + "行";
            String[] f = Arrays.stream(line.split("[|｜]", -1)).map(String::strip).toArray(String[]::new);
            if (f.length != 6 || f[0].isEmpty() || f[2].isEmpty()) {
                throw new DefinitionException(where + "格式不对：应写成“编号 | 类型 | 检查 | 参数 | 扣分 | 说明”六栏。");
            }
            if (!codes.add(f[0])) {
                throw new DefinitionException(where + "：编号“" + f[0] + "”重复，每一项要有自己的编号。");
            }
            Severity severity;
            try {
                severity = Severity.parse(f[1]);
            } catch (IllegalArgumentException e) {
                throw new DefinitionException(where + "：类型“" + f[1] + "”不认识，应为“错误”“警告”或“提示”。");
            }
            Check check = Checks.of(f[2]);
            if (check == null) {
                throw new DefinitionException(where + "：没有名为“" + f[2] + "”的检查。可用的检查：" + String.join("、", Checks.kinds()) + "。");
            }
            Map<String, String> params = parameters(f[3], where);
            for (String name : params.keySet()) {
                if (!check.parameters().contains(name)) {
                    throw new DefinitionException(where + "：检查“" + f[2] + "”没有参数“" + name + "”。"
                        + (check.parameters().isEmpty() ? "这项检查不用参数。" : "可用的参数：" + String.join("、", check.parameters()) + "。"));
                }
            }
            Matcher m = POINTS.matcher(f[4]);
            if (!m.matches()) {
                throw new DefinitionException(where + "：扣分“" + f[4] + "”应写成“每处扣分/最多扣分”，如“2/10”。");
            }
            ChecklistItem item = new ChecklistItem(f[0], severity, f[2], params, new BigDecimal(m.group(1)), new BigDecimal(m.group(2)), f[5]);
            String problem = check.validate(item, vocabulary);
            if (problem != null) {
                throw new DefinitionException(where + "：" + problem);
            }
            out.add(item);
        }
        return new Checklist(out);
    }

    private static Map<String, String> parameters(String field, String where) {
        Map<String, String> out = new LinkedHashMap<>();
        if (field.isBlank()) {
            return out;
        }
        for (String part : field.split("[;；]")) {
            if (part.isBlank()) {
                continue;
            }
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw new DefinitionException(where + "：参数“" + part.strip() + "”应写成“名称=值”。");
            }
            out.put(part.substring(0, eq).strip(), part.substring(eq + 1).strip());
        }
        return out;
    }

    public List<ChecklistItem> items() {
        return items;
    }

    public ChecklistItem item(String code) {
        return items.stream().filter(i -> i.code().equals(code)).findFirst().orElse(null);
    }
}
