/** The {@code gongkai} command line: one class per command, exit codes, readable and JSON output. */
package io.gongkai.cli;
