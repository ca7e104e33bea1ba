/** The report's prose: year, period, body and stated figures (HanLP segmentation arrives with the prose issue). */
package io.gongkai.prose;
