package org.suanpan.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Command-line words split into positional arguments and {@code --option value} pairs. */
final class Args {
    private final List<String> positional = new ArrayList<>();
    private final Map<String, String> options = new HashMap<>();

    private Args() {
    }

    /**
     * @param flags options that take no value (such as {@code --annotate})
     */
    static Args parse(List<String> words, Set<String> flags) {
        Args a = new Args();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (w.startsWith("--") && w.length() > 2) {
                String name = w.substring(2);
                int eq = name.indexOf('=');
                if (eq > 0) {
                    a.options.put(name.substring(0, eq), name.substring(eq + 1));
                } else if (flags.contains(name)) {
                    a.options.put(name, "true");
                } else if (i + 1 < words.size()) {
                    a.options.put(name, words.get(++i));
                } else {
                    throw new UsageException("选项 --" + name + " 后面缺少取值。");
                }
            } else if (w.equals("-o") && i + 1 < words.size()) {
                a.options.put("output", words.get(++i));
            } else {
                a.positional.add(w);
            }
        }
        return a;
    }

    List<String> positional() {
        return positional;
    }

    String option(String name) {
        return options.get(name);
    }

    String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    boolean flag(String name) {
        return "true".equals(options.get(name));
    }

    Set<String> optionNames() {
        return options.keySet();
    }
}
