package org.suanpan.testing;

import org.suanpan.Engine;
import org.suanpan.definition.TemplateSource;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;

/**
 * The real publications the tests run on: the two sample workbooks and the seed texts, copied unchanged from
 * the shared data so that a fresh clone tests the same data.
 */
public final class Fixtures {
    public static final String SAMPLE_2023 = "曾都区医疗保障服务中心-2023-决算公开表.xlsx";
    public static final String SAMPLE_2022 = "江岸区医保局-2022-决算公开表.xlsx";
    /** Seed 001 typed in: 武汉市医疗保障局 2023 年部门预算（表1—表12；表2、表10 只有表名）. */
    public static final String BUDGET_2023 = "武汉市医疗保障局-2023-部门预算表.xlsx";

    private static Engine engine;

    private Fixtures() {
    }

    /**
     * Last year's workbook for the 2023 sample: the 2022 sample's figures under the 2023 sample's department (a prior
     * year must be the same department's), as a 2021/2022-edition workbook of that year would be.
     */
    public static final String PRIOR_OF_2023 = "曾都区医疗保障服务中心-2022-决算公开表.xlsx";

    public static Path sample(String name) {
        return resource((name.equals(PRIOR_OF_2023) ? "fixtures/prior/" : "fixtures/samples/") + name);
    }

    public static List<Path> samples() {
        return List.of(sample(SAMPLE_2023), sample(SAMPLE_2022));
    }

    public static Path seed(String prefix) {
        return resource("fixtures/seeds/" + switch (prefix) {
            case "001" -> "001_9eeb3e7aeb943a22.txt";
            case "002" -> "002_5fb32d9fdb188baf.txt";
            case "004" -> "004_e39c625117b2bf1a.txt";
            default -> throw new IllegalArgumentException(prefix);
        });
    }

    /** The faulty copy of the 2022 sample the README's example checks (表3!D16 mistyped, 三公 over budget). */
    public static final String FAULTY_2022 = "江岸区医保局-2022-决算公开表-有误.xlsx";

    /** A workbook shipped in the repository's docs/examples, as a new user finds it. */
    public static Path example(String name) {
        Path p = Path.of(System.getProperty("user.dir")).resolve("../docs/examples").resolve(name).normalize();
        if (!java.nio.file.Files.isRegularFile(p)) {
            throw new IllegalStateException("missing example " + p);
        }
        return p;
    }

    public static synchronized Engine engine() {
        if (engine == null) {
            engine = Engine.create(TemplateSource.builtIn());
        }
        return engine;
    }

    private static Path resource(String name) {
        URL url = Fixtures.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new IllegalStateException("missing test fixture " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
