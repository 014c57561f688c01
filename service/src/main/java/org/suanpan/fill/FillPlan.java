package org.suanpan.fill;

import org.suanpan.check.CheckResult;

import java.util.List;

/**
 * What fill found: the cells it computed, in the order it computed them, and the check of the workbook with those
 * cells in place — whose errors are the typed values the relations disagree with.
 */
public record FillPlan(List<FilledCell> filled, CheckResult after) {
}
