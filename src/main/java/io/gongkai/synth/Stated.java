package io.gongkai.synth;

import java.math.BigDecimal;

/**
 * A table figure the prose states, as recorded in the truth's {@code stated_figures}.
 *
 * @param check the prose check that compares it ({@code R-PROSE-RECEIVED}), null for an approximate figure
 * @param scope the cells compared, joined by {@code +} ({@code t3.new_received.total})
 * @param stated the number the prose prints
 * @param table the table's value, null when a cell has none
 * @param approx printed as approximate (5500余条): not a check
 * @param status PASS, FAIL or UNCERTAIN (approximate figures: null)
 */
record Stated(String check, String scope, BigDecimal stated, BigDecimal table, boolean approx, String status) {}
