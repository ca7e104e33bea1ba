/** National rollups: where a report counts (region levels, body kinds, scope) and how a metric's coverage is told. */
package io.gongkai.rollup;
