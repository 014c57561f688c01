package org.suanpan.check;

import org.suanpan.recognise.AmountCell;

import java.math.BigDecimal;
import java.util.List;

/** A figure read from the tables — one cell or a sum of several — and the cells it comes from. */
public record Quantity(BigDecimal value, List<AmountCell> cells) {
}
