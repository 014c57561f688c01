package org.suanpan.definition;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads every edition defined under {@code templates/editions/}. An edition may extend another and replace only the
 * tables that differ; lines written compactly in the data ({@code "blank": [9, 26]}, {@code "classesFrom": 32}) are
 * expanded here into one {@link LineDef} per 行次.
 */
public final class Editions {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Edition> editions;
    private final TemplateSource source;

    /** Worked out once: recognition asks for these on every workbook. */
    private final List<Edition> all;
    private final Edition newest;

    private Editions(Map<String, Edition> editions, TemplateSource source) {
        this.editions = editions;
        this.all = List.copyOf(editions.values());
        java.util.Comparator<Edition> order = java.util.Comparator.comparing((Edition e) -> e.id().chars().allMatch(Character::isDigit))
            .thenComparing(Edition::id);
        this.newest = editions.values().stream().max(order).orElse(null);
        this.source = source;
    }

    public static Editions load(TemplateSource source) {
        Map<String, JsonNode> raw = new LinkedHashMap<>();
        for (String file : source.list("editions", ".json")) {
            try {
                JsonNode node = JSON.readTree(source.read("editions/" + file));
                EditionSchema.check(file, node);
                raw.put(node.path("edition").asText(file.replace(".json", "")), node);
            } catch (IOException e) {
                throw new DefinitionException("版式定义文件 templates/editions/" + file + " 不是有效的 JSON：" + e.getMessage(), e);
            }
        }
        if (raw.isEmpty()) {
            throw new DefinitionException("没有找到任何版式定义（templates/editions/*.json）。");
        }
        Map<String, Edition> out = new LinkedHashMap<>();
        for (String id : raw.keySet()) {
            out.put(id, build(id, resolve(id, raw, 0)));
        }
        return new Editions(Collections.unmodifiableMap(out), source);
    }

    public TemplateSource source() {
        return source;
    }

    public List<Edition> all() {
        return all;
    }

    public Edition get(String id) {
        Edition e = editions.get(id);
        if (e == null) {
            throw new DefinitionException("没有版式“" + id + "”。可用的版式：" + String.join("、", editions.keySet()));
        }
        return e;
    }

    /**
     * The newest edition, used when nothing in a workbook tells which one it follows. Editions named by a year alone
     * (2023) are the 决算 editions and come first; others (预算2023) are chosen only by what a workbook holds.
     */
    public Edition newest() {
        if (newest == null) {
            throw new java.util.NoSuchElementException("no edition loaded");
        }
        return newest;
    }

    private static ObjectNode resolve(String id, Map<String, JsonNode> raw, int depth) {
        JsonNode node = raw.get(id);
        if (node == null || depth > 5) {
            throw new DefinitionException("版式“" + id + "”不存在或继承关系循环。");
        }
        if (!node.has("extends")) {
            return node.deepCopy();
        }
        ObjectNode base = resolve(node.get("extends").asText(), raw, depth + 1);
        ObjectNode merged = base.deepCopy();
        node.fields().forEachRemaining(e -> {
            if (!e.getKey().equals("tables") && !e.getKey().equals("extends")) {
                merged.set(e.getKey(), e.getValue());
            }
        });
        Map<String, JsonNode> tables = new LinkedHashMap<>();
        base.path("tables").forEach(t -> tables.put(t.path("id").asText(), t));
        node.path("tables").forEach(t -> tables.put(t.path("id").asText(), t));
        merged.set("tables", JSON.valueToTree(new ArrayList<>(tables.values())));
        return merged;
    }

    private static Edition build(String id, JsonNode node) {
        List<CodeName> classes = codeNames(node.path("classes"));
        Map<String, String> labels = new LinkedHashMap<>();
        node.path("labels").fields().forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
        Map<String, TableDef> tables = new LinkedHashMap<>();
        for (JsonNode t : node.path("tables")) {
            TableDef def = table(t, classes);
            tables.put(def.id(), def);
        }
        Map<String, CodeList> lists = new LinkedHashMap<>();
        node.path("codeLists").fields().forEachRemaining(e ->
            lists.put(e.getKey(), new CodeList(e.getKey(), strings(e.getValue().path("codes")), strings(e.getValue().path("names")))));
        return new Edition(id, node.path("name").asText(id), strings(node.path("rules")), Collections.unmodifiableMap(labels),
            classes, Collections.unmodifiableMap(lists), Collections.unmodifiableMap(tables));
    }

    private static TableDef table(JsonNode t, List<CodeName> classes) {
        String id = t.path("id").asText();
        List<SideDef> sides = new ArrayList<>();
        for (JsonNode s : t.path("sides")) {
            JsonNode header = s.path("header");
            sides.add(new SideDef(s.path("name").asText(), header.isArray() ? header.path(0).asText() : header.asText(s.path("name").asText())));
        }
        List<ColumnDef> columns = new ArrayList<>();
        for (JsonNode c : t.path("columns")) {
            columns.add(new ColumnDef(c.path("no").asInt(), c.path("side").asText(null), strings(c.path("header")), c.path("optional").asBoolean(false)));
        }
        List<GroupDef> groups = new ArrayList<>();
        for (JsonNode g : t.path("groups")) {
            groups.add(new GroupDef(g.path("title").asText(), codeNames(g.path("codes"))));
        }
        List<TotalDef> totals = new ArrayList<>();
        for (JsonNode g : t.path("totals")) {
            totals.add(new TotalDef(g.path("label").asText(), g.path("group").asInt()));
        }
        JsonNode key = t.path("key");
        List<List<String>> keyColumns = key.isMissingNode() ? List.of() : List.of(strings(key.path("code")), strings(key.path("name")));
        return new TableDef(id, t.path("title").asText(), strings(t.path("aliases")), Layout.parse(t.path("layout").asText()),
            List.copyOf(sides), List.copyOf(columns),
            lines(id, t.path("lines"), t.has("classes") ? codeNames(t.path("classes")) : classes), keyColumns, List.copyOf(groups), strings(t.path("groupHeader")),
            List.copyOf(totals), strings(t.path("notes")), t.path("subject").asText(""),
            t.path("optional").asBoolean(false), t.path("unnumbered").asBoolean(false), fields(t.path("fields")),
            t.path("parts").asBoolean(false), fields(t.path("texts")), textChecks(t.path("textChecks")),
            levels(t.path("indicatorLevels")));
    }

    private static Map<String, List<String>> levels(JsonNode spec) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        spec.fields().forEachRemaining(e -> out.put(e.getKey(), strings(e.getValue())));
        return Collections.unmodifiableMap(out);
    }

    private static List<TextCheckDef> textChecks(JsonNode spec) {
        List<TextCheckDef> out = new ArrayList<>();
        for (JsonNode c : spec) {
            out.add(new TextCheckDef(c.path("kind").asText(), c.path("field").asText(), c.path("key").asText(null), c.path("table").asText(null),
                c.path("keyHeader").asText(null), c.path("valueHeader").asText(null), c.path("history").asText(null)));
        }
        return List.copyOf(out);
    }

    private static List<FieldDef> fields(JsonNode spec) {
        List<FieldDef> out = new ArrayList<>();
        for (JsonNode f : spec) {
            JsonNode label = f.path("label");
            out.add(new FieldDef(f.path("name").asText(), label.isArray() ? strings(label) : List.of(label.asText(f.path("name").asText())),
                f.path("list").asBoolean(false)));
        }
        return List.copyOf(out);
    }

    private static List<LineDef> lines(String table, JsonNode spec, List<CodeName> classes) {
        List<LineDef> lines = new ArrayList<>();
        for (JsonNode l : spec) {
            String side = l.path("side").asText();
            if (l.has("blank")) {
                for (int n = l.path("blank").path(0).asInt(); n <= l.path("blank").path(1).asInt(); n++) {
                    lines.add(new LineDef(n, side, "", null, false));
                }
            } else if (l.has("classesFrom")) {
                int n = l.path("classesFrom").asInt();
                for (int i = 0; i < classes.size(); i++) {
                    CodeName c = classes.get(i);
                    lines.add(new LineDef(n + i, side, ChineseNumerals.ordinal(i + 1) + "、" + c.name(), c.code(), false));
                }
            } else {
                lines.add(new LineDef(l.path("no").asInt(), side, l.path("label").asText(), l.path("class").asText(null),
                    l.path("bold").asBoolean(false)));
            }
        }
        lines.sort((a, b) -> Integer.compare(a.no(), b.no()));
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).no() == lines.get(i - 1).no()) {
                throw new DefinitionException(table + " 的行次 " + lines.get(i).no() + " 定义了两次。");
            }
        }
        return List.copyOf(lines);
    }

    private static List<CodeName> codeNames(JsonNode array) {
        List<CodeName> out = new ArrayList<>();
        for (JsonNode pair : array) {
            out.add(new CodeName(pair.path(0).asText(), pair.path(1).asText()));
        }
        return List.copyOf(out);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode s : array) {
            out.add(s.asText());
        }
        return List.copyOf(out);
    }
}
