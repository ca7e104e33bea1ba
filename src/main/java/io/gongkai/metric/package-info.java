/** Comparable metrics and indicators as data: which template cells mean the same figure, read from a parsed report. */
package io.gongkai.metric;
