/** The three table families as data (labels, anchors, keys) and the readers that turn assembled rows into keyed cells. */
package io.gongkai.template;
