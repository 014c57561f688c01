package org.suanpan.narrative;

import org.suanpan.check.Quantity;

/**
 * What a phrase of the 情况说明 stands for: a name to print, the figure in this year's tables (null without a
 * workbook), last year's (null without a prior workbook), and a key that identifies the figure when the text
 * states it twice.
 */
record Meaning(String name, String key, Quantity current, Quantity prior, String table) {
}
