package org.suanpan.batch;

import org.suanpan.check.Quantities;
import org.suanpan.check.Quantity;
import org.suanpan.definition.DefinitionException;
import org.suanpan.definition.TemplateSource;
import org.suanpan.recognise.Recognition;
import org.suanpan.rules.FormulaParser;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The ratios of {@code templates/batch/ratios.txt} (名称 | 分子 | 分母 | 说明), evaluated on one workbook. */
public final class Ratios {
    static final String FILE = "batch/ratios.txt";
    private final List<Ratio> ratios;

    private Ratios(List<Ratio> ratios) {
        this.ratios = List.copyOf(ratios);
    }

    public static Ratios load(TemplateSource source) {
        List<Ratio> list = new ArrayList<>();
        String text = source.read(FILE);
        int lineNo = 0;
        for (String line : text.split("\\R")) {
            lineNo++;
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            String[] parts = l.split("\\|");
            if (parts.length < 3) {
                throw new DefinitionException(FILE + " 第" + lineNo + "行应写成“名称 | 分子 | 分母 | 说明”。");
            }
            Ratio r = new Ratio(parts[0].strip(), parts[1].strip(), parts[2].strip(), parts.length > 3 ? parts[3].strip() : "");
            FormulaParser.parseSum(r.numerator());
            FormulaParser.parseSum(r.denominator());
            list.add(r);
        }
        return new Ratios(list);
    }

    public List<Ratio> all() {
        return ratios;
    }

    /** Each ratio of the workbook that has both figures and a non-zero denominator, by name. */
    public Map<String, Double> of(Recognition recognition) {
        Quantities q = new Quantities(recognition);
        Map<String, Double> values = new LinkedHashMap<>();
        for (Ratio r : ratios) {
            Optional<BigDecimal> num = value(q, r.numerator());
            Optional<BigDecimal> den = value(q, r.denominator());
            if (num.isPresent() && den.isPresent() && den.get().signum() != 0) {
                values.put(r.name(), num.get().divide(den.get(), MathContext.DECIMAL64).doubleValue());
            }
        }
        return values;
    }

    private static Optional<BigDecimal> value(Quantities q, String ref) {
        return q.of(FormulaParser.parseSum(ref)).map(Quantity::value);
    }
}
