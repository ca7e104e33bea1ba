/** Renderings (pipe, tab, blank-line, PDF lines, HTML) turned into rows of raw cells; knows nothing of what rows mean. */
package io.gongkai.layout;
