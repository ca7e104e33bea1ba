/** One call per report: bytes to a parsed or rejected report, through ingest, layout, template and check. */
package io.gongkai.parse;
