/** The parser's output model: keyed cells, check results and the parsed (or rejected) report, as immutable records. */
package io.gongkai.report;
