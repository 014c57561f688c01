package org.suanpan.batch;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutliersTest {
    static final Ratio SHARE = new Ratio("基本支出占比", "公开03 合计行 2栏", "公开01 本年支出合计", "");

    static List<Outliers.Sample> samples(double... values) {
        List<Outliers.Sample> list = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            list.add(new Outliers.Sample("部门" + i + ".xlsx", "部门" + i, Map.of(SHARE.name(), values[i])));
        }
        return list;
    }

    @Test
    void aDepartmentFarFromTheMedianIsNamedWithItsDirection() {
        List<Outlier> found = Outliers.find(List.of(SHARE), samples(0.30, 0.32, 0.29, 0.31, 0.33, 0.30, 0.95, 0.28));
        assertEquals(1, found.size());
        Outlier o = found.get(0);
        assertEquals("部门6.xlsx", o.file());
        assertEquals(0.305, o.median(), 1e-12);
        assertTrue(o.score() > 3.5);
        assertTrue(o.message().contains("高于") && o.message().contains("95.0%") && o.message().contains("不是错误"), o.message());
    }

    @Test
    void oneOutlierCannotHideByStretchingTheYardstick() {
        // With mean and standard deviation, 0.95 among these would score below 3; the median and MAD still see it.
        double[] v = {0.30, 0.31, 0.30, 0.95, 0.29};
        double mean = java.util.Arrays.stream(v).average().orElseThrow();
        double sd = Math.sqrt(java.util.Arrays.stream(v).map(x -> (x - mean) * (x - mean)).sum() / (v.length - 1));
        assertTrue((0.95 - mean) / sd < 3);
        assertEquals(1, Outliers.find(List.of(SHARE), samples(v)).size());
    }

    @Test
    void aBatchOfSimilarDepartmentsHasNoOutliers() {
        assertEquals(List.of(), Outliers.find(List.of(SHARE), samples(0.30, 0.32, 0.29, 0.31, 0.33, 0.30, 0.34, 0.28)));
    }

    @Test
    void identicalWorkbooksHaveNoOutliers() {
        assertEquals(List.of(), Outliers.find(List.of(SHARE), samples(0.5, 0.5, 0.5, 0.5, 0.5, 0.5)));
    }

    @Test
    void whenMostShareOneValueTheOddOneIsStillFound() {
        List<Outlier> found = Outliers.find(List.of(SHARE), samples(0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.9));
        assertEquals(1, found.size());
        assertEquals("部门6.xlsx", found.get(0).file());
    }

    @Test
    void tooFewWorkbooksAreNotCompared() {
        assertEquals(List.of(), Outliers.find(List.of(SHARE), samples(0.3, 0.3, 0.9, 0.3)));
    }
}
