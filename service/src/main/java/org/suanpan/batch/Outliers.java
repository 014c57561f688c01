package org.suanpan.batch;

import org.apache.commons.math3.stat.descriptive.rank.Median;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the departments far outside the batch on each ratio with robust statistics: the median and the median
 * absolute deviation (MAD), not the mean and standard deviation, so that the outliers themselves cannot hide by
 * dragging the yardstick. Modified z-score 0.6745·(x − median)/MAD above 3.5 (Iglewicz and Hoaglin); when more than
 * half the batch shares one value (MAD = 0) the mean absolute deviation stands in.
 */
public final class Outliers {
    /** Below this many workbooks a “typical” value means little, so no outliers are named. */
    public static final int MIN_WORKBOOKS = 5;
    static final double THRESHOLD = 3.5;

    private Outliers() {
    }

    /** One entry per workbook: file, department, its ratios by name. */
    public record Sample(String file, String department, Map<String, Double> ratios) {
    }

    public static List<Outlier> find(List<Ratio> ratios, List<Sample> samples) {
        List<Outlier> found = new ArrayList<>();
        for (Ratio ratio : ratios) {
            List<Sample> having = samples.stream().filter(s -> s.ratios().containsKey(ratio.name())).toList();
            if (having.size() < MIN_WORKBOOKS) {
                continue;
            }
            double[] x = having.stream().mapToDouble(s -> s.ratios().get(ratio.name())).toArray();
            double median = new Median().evaluate(x);
            double spread = spread(x, median);
            if (spread == 0) {
                continue;
            }
            for (int i = 0; i < x.length; i++) {
                double score = (x[i] - median) / spread;
                if (Math.abs(score) > THRESHOLD) {
                    Sample s = having.get(i);
                    found.add(new Outlier(s.file(), s.department(), ratio.name(), x[i], median, score,
                        String.format(Locale.ROOT, "%s为 %s，本批中位数为 %s，明显%s其他部门（稳健 z 值 %.1f）。这不是错误，请核实数据或在情况说明中解释原因。",
                            ratio.name(), format(x[i]), format(median), score > 0 ? "高于" : "低于", score)));
                }
            }
        }
        return found;
    }

    /** The scale a modified z-score divides by: MAD/0.6745, or 1.2533 × mean absolute deviation when MAD is 0. */
    static double spread(double[] x, double median) {
        double[] dev = new double[x.length];
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            dev[i] = Math.abs(x[i] - median);
            sum += dev[i];
        }
        double mad = new Median().evaluate(dev);
        if (mad > 0) {
            return mad / 0.6745;
        }
        return 1.253314 * sum / x.length;
    }

    static String format(double v) {
        return String.format(Locale.ROOT, "%.1f%%", v * 100);
    }
}
