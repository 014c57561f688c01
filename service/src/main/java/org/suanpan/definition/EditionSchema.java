package org.suanpan.definition;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks an edition file against the keys the loader reads, before anything is built from it: a misspelt key
 * (“line” for “lines”) would otherwise load silently and show up later as a false error on a correct workbook.
 * Unknown keys, missing keys and values of the wrong type are refused with a message naming the file, the place,
 * the key and the fix.
 */
final class EditionSchema {
    private enum Type {
        TEXT("文字（用引号括起来）"), INTEGER("整数（如 27）"), BOOLEAN("true 或 false"), TEXTS("文字列表（如 [\"合计\"]）"),
        INTEGERS("两个整数的列表（如 [9, 26]）"), OBJECT("花括号 { } 括起的对象"), LIST("方括号 [ ] 括起的列表"), PAIRS("代码和名称的列表（如 [[\"201\", \"一般公共服务支出\"]]）");

        final String description;

        Type(String description) {
            this.description = description;
        }
    }

    private record Key(Type type, boolean required, Map<String, Key> children) {
        static Key of(Type type) {
            return new Key(type, false, Map.of());
        }

        static Key required(Type type) {
            return new Key(type, true, Map.of());
        }

        static Key list(boolean required, Map<String, Key> element) {
            return new Key(Type.LIST, required, element);
        }
    }

    private static final Map<String, Key> COLUMN = keys(
        "no", Key.required(Type.INTEGER), "side", Key.of(Type.TEXT), "header", Key.required(Type.TEXTS), "optional", Key.of(Type.BOOLEAN));
    private static final Map<String, Key> LINE = keys(
        "no", Key.of(Type.INTEGER), "side", Key.required(Type.TEXT), "label", Key.of(Type.TEXT), "bold", Key.of(Type.BOOLEAN),
        "class", Key.of(Type.TEXT), "blank", Key.of(Type.INTEGERS), "classesFrom", Key.of(Type.INTEGER));
    private static final Map<String, Key> SIDE = keys("name", Key.required(Type.TEXT), "header", Key.of(Type.TEXT));
    private static final Map<String, Key> GROUP = keys("title", Key.required(Type.TEXT), "codes", Key.required(Type.PAIRS));
    private static final Map<String, Key> FIELD = keys("name", Key.required(Type.TEXT), "label", Key.of(Type.TEXTS), "list", Key.of(Type.BOOLEAN));
    private static final Map<String, Key> TEXT_CHECK = keys("kind", Key.required(Type.TEXT), "field", Key.required(Type.TEXT),
        "key", Key.of(Type.TEXT), "table", Key.of(Type.TEXT), "keyHeader", Key.of(Type.TEXT), "valueHeader", Key.of(Type.TEXT),
        "history", Key.of(Type.TEXT));
    private static final Map<String, Key> TOTAL = keys("label", Key.required(Type.TEXT), "group", Key.required(Type.INTEGER));
    private static final Map<String, Key> TABLE = keys(
        "id", Key.required(Type.TEXT), "title", Key.required(Type.TEXT), "aliases", Key.of(Type.TEXTS), "subject", Key.of(Type.TEXT),
        "optional", Key.of(Type.BOOLEAN), "unnumbered", Key.of(Type.BOOLEAN),
        "fields", Key.list(false, FIELD), "parts", Key.of(Type.BOOLEAN),
        "texts", Key.list(false, FIELD), "textChecks", Key.list(false, TEXT_CHECK), "indicatorLevels", Key.of(Type.OBJECT), "layout", Key.required(Type.TEXT), "sides", Key.list(false, SIDE), "columns", Key.list(false, COLUMN),
        "lines", Key.list(false, LINE), "key", new Key(Type.OBJECT, false, keys("code", Key.required(Type.TEXTS), "name", Key.required(Type.TEXTS))),
        "groups", Key.list(false, GROUP), "groupHeader", Key.of(Type.TEXTS), "totals", Key.list(false, TOTAL),
        "notes", Key.of(Type.TEXTS), "classes", Key.of(Type.PAIRS));
    private static final Map<String, Key> EDITION = keys(
        "edition", Key.required(Type.TEXT), "name", Key.required(Type.TEXT), "extends", Key.of(Type.TEXT), "rules", Key.required(Type.TEXTS),
        "labels", Key.of(Type.OBJECT), "codeLists", Key.of(Type.OBJECT), "classes", Key.of(Type.PAIRS), "tables", Key.list(true, TABLE));

    private EditionSchema() {
    }

    /** Refuses the edition file {@code file} when it does not follow the schema. */
    static void check(String file, JsonNode node) {
        List<String> errors = new ArrayList<>();
        object(node, EDITION, "", errors);
        for (JsonNode t : node.path("tables")) {
            for (JsonNode l : t.path("lines")) {
                if (l.isObject() && !l.has("no") && !l.has("blank") && !l.has("classesFrom")) {
                    errors.add(where(t) + "lines 中有一行既没有 no（行次），也没有 blank 或 classesFrom：请写明行次，如 {\"no\": 27, \"side\": \"收入\", \"label\": \"本年收入合计\"}");
                }
            }
            String layout = t.path("layout").asText("");
            if (!layout.isEmpty() && !Layout.known(layout)) {
                errors.add(where(t) + "layout 的值“" + layout + "”不认识：可用 " + Layout.names());
            }
        }
        if (!errors.isEmpty()) {
            throw new DefinitionException("版式定义文件 templates/editions/" + file + " 有误，服务没有启动：" + String.join("；", errors) + "。");
        }
    }

    private static String where(JsonNode table) {
        return "表 " + table.path("id").asText("?") + " 的 ";
    }

    private static void object(JsonNode node, Map<String, Key> schema, String path, List<String> errors) {
        if (!node.isObject()) {
            errors.add(label(path) + "应是" + Type.OBJECT.description);
            return;
        }
        boolean extending = path.isEmpty() && node.has("extends");
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            Key key = schema.get(name);
            if (key == null) {
                errors.add(label(path) + "中的键“" + name + "”不认识" + suggestion(name, schema) + "（可用的键：" + String.join("、", schema.keySet()) + "）");
                continue;
            }
            value(node.get(name), key, path.isEmpty() ? name : path + "." + name, errors);
        }
        for (Map.Entry<String, Key> e : schema.entrySet()) {
            // an edition that extends another takes what it does not say from it
            if (e.getValue().required() && !node.has(e.getKey()) && !(extending && !e.getKey().equals("edition"))) {
                errors.add(label(path) + "缺少键“" + e.getKey() + "”：请补上（值应是" + e.getValue().type().description + "）");
            }
        }
    }

    private static void value(JsonNode v, Key key, String path, List<String> errors) {
        boolean ok = switch (key.type()) {
            case TEXT -> v.isTextual();
            case INTEGER -> v.isInt();
            case BOOLEAN -> v.isBoolean();
            case TEXTS -> v.isArray() && all(v, JsonNode::isTextual);
            case INTEGERS -> v.isArray() && v.size() == 2 && all(v, JsonNode::isInt);
            case OBJECT -> v.isObject();
            case LIST -> v.isArray();
            case PAIRS -> v.isArray() && all(v, p -> p.isArray() && p.size() == 2 && all(p, JsonNode::isTextual));
        };
        if (!ok) {
            errors.add(label(path) + "应是" + key.type().description + "，现在是 " + shorten(v.toString()));
            return;
        }
        if (key.type() == Type.OBJECT && !key.children().isEmpty()) {
            object(v, key.children(), path, errors);
        }
        if (key.type() == Type.LIST && !key.children().isEmpty()) {
            for (int i = 0; i < v.size(); i++) {
                String id = v.get(i).path("id").asText(v.get(i).path("no").asText(""));
                object(v.get(i), key.children(), path + "[" + (i + 1) + (id.isEmpty() ? "" : "：" + id) + "]", errors);
            }
        }
    }

    private static boolean all(JsonNode array, java.util.function.Predicate<JsonNode> test) {
        for (JsonNode n : array) {
            if (!test.test(n)) {
                return false;
            }
        }
        return true;
    }

    private static String label(String path) {
        return path.isEmpty() ? "文件顶层" : "“" + path + "”";
    }

    /** “是不是要写 lines？” for a key one letter away from a known one. */
    private static String suggestion(String name, Map<String, Key> schema) {
        for (String known : schema.keySet()) {
            if (close(name, known)) {
                return "，是不是要写“" + known + "”？";
            }
        }
        return "";
    }

    private static boolean close(String a, String b) {
        if (a.equalsIgnoreCase(b)) {
            return true;
        }
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        while (i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return a.substring(Math.min(i + 1, a.length())).equals(b.substring(Math.min(i + 1, b.length())))
            || a.substring(i).equals(b.substring(Math.min(i + 1, b.length())))
            || a.substring(Math.min(i + 1, a.length())).equals(b.substring(i));
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    private static Map<String, Key> keys(Object... pairs) {
        Map<String, Key> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put((String) pairs[i], (Key) pairs[i + 1]);
        }
        return out;
    }
}
