package org.suanpan.batch;

/** A workbook whose ratio stands far from the batch's median: a hint to look at, never an error. */
public record Outlier(String file, String department, String measure, double value, double median, double score, String message) {
}
