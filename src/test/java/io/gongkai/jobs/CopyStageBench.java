package io.gongkai.jobs;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.struct;

import io.gongkai.crossreport.AnomalyParameters;
import io.gongkai.crossreport.CopiedProse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Times the R-XR-COPY stage on a published warehouse (not a test; run by hand), and optionally counts the candidate
 * pairs Spark ML's {@code MinHashLSH} would verify on the same reports' own shingles, for comparison:
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/classpath.txt) io.gongkai.jobs.CopyStageBench WAREHOUSE \
 *     [--master local[2]] [--or-tables TABLES]
 * </pre>
 *
 * <p>{@code --or-tables TABLES}: the pairs agreeing on any one of TABLES MinHash values of their own shingles (after
 * the same boilerplate removal), which is what {@code approxSimilarityJoin} with TABLES hash tables verifies.
 */
public final class CopyStageBench {
  private CopyStageBench() {}

  public static void main(String[] args) throws Exception {
    String warehouse = args[0];
    String master = "local[2]";
    int tables = 0;
    for (int i = 1; i < args.length; i++) {
      if (args[i].equals("--master")) {
        master = args[++i];
      } else if (args[i].equals("--or-tables")) {
        tables = Integer.parseInt(args[++i]);
      }
    }
    SparkSession spark = SparkSessions.create("CopyStageBench", master);
    String snapshot = warehouse + "/" + Files.readString(Path.of(warehouse, "CURRENT"), StandardCharsets.UTF_8).strip();
    Dataset<Row> reports = spark.read().schema(Datasets.REPORTS.schema()).parquet(snapshot + "/reports");
    Dataset<Row> sentences = spark.read().schema(Datasets.SENTENCES.schema()).parquet(snapshot + "/sentences");
    AnomalyParameters.Copies p = AnomalyParameters.get().copies();
    long reportCount = reports.count();
    long sentenceCount = sentences.count();
    Path scratch = Files.createTempDirectory("copy-stage-bench");
    long started = System.nanoTime();
    Dataset<Row> checks = CopyStage.checks(reports, sentences, null, p, scratch.resolve("own").toString());
    Map<String, Long> byStatus = new TreeMap<>();
    for (Row r : checks.groupBy("scope", "status").count().collectAsList()) {
      byStatus.put(r.getString(0) + " " + r.getString(1), r.getLong(2));
    }
    double wall = (System.nanoTime() - started) / 1e9;
    long candidates = spark.read().parquet(scratch.resolve("own").resolve("candidates").toString())
        .filter(col("b").isNotNull()).count();
    long verified = spark.read().parquet(scratch.resolve("own").resolve("pairs").toString())
        .filter(col("b").isNotNull()).count();
    System.out.printf(java.util.Locale.ROOT, "reports %d, sentences %d%nR-XR-COPY stage (own banding, %d x %d): %.1f s,"
        + " %d candidate pairs, %d verified (prefilter_similarity %s), rows %s%n", reportCount, sentenceCount,
        p.bands(), p.rows(), wall, candidates, verified, p.prefilterSimilarity(), byStatus);
    if (tables > 0) {
      orAmplification(spark, reports, sentences, p, tables, scratch.resolve("or").toString());
    }
    spark.stop();
  }

  /**
   * The candidates of Spark ML's scheme over the same signatures: {@code tables} single MinHash values, a pair a
   * candidate when any one agrees (OR-amplification only; {@code approxSimilarityJoin} then computes the exact
   * distance of every candidate). Spark ML itself (spark-mllib) is not a dependency of the project; its candidate set
   * is what this counts, against the banded stage's.
   */
  private static void orAmplification(SparkSession spark, Dataset<Row> reports, Dataset<Row> sentences,
      AnomalyParameters.Copies p, int tables, String scratch) {
    long started = System.nanoTime();
    CopiedProse.Boilerplate boilerplate = CopyStage.boilerplate(
        reports.filter(col("status").equalTo("parsed").and(col("report_year").isNotNull())),
        sentences.filter(col("report_year").isNotNull()), p);
    StructType schema = new StructType().add("id", DataTypes.LongType).add("table", DataTypes.IntegerType)
        .add("value", DataTypes.LongType);
    JavaRDD<Row> values =
        sentences.filter(col("report_year").isNotNull())
            .groupBy("report_id", "report_year")
            .agg(collect_list(struct(col("position"), col("text"))).as("s"))
            .javaRDD()
            .flatMap(r -> {
              List<Row> s = new ArrayList<>(r.getList(2));
              s.sort(Comparator.comparingInt(x -> x.getInt(0)));
              List<String> texts = new ArrayList<>();
              s.forEach(x -> texts.add(x.getString(1)));
              long[] shingles = CopiedProse.ownShingles(texts, boilerplate, p);
              List<Row> out = new ArrayList<>();
              if (shingles.length >= p.minShingles()) {
                long[] signature = CopiedProse.minHash(p).signature(shingles);
                for (int t = 0; t < tables; t++) {
                  out.add(RowFactory.create(CopiedProse.id(r.getString(0)), t, signature[t]));
                }
              }
              return out.iterator();
            });
    spark.createDataFrame(values, schema).write().parquet(scratch + "-values");
    Dataset<Row> hashed = spark.read().parquet(scratch + "-values");
    long candidates = hashed.as("a").join(hashed.as("b"),
            col("a.table").equalTo(col("b.table")).and(col("a.value").equalTo(col("b.value")))
                .and(col("a.id").lt(col("b.id"))))
        .select(col("a.id"), col("b.id")).distinct().count();
    long reportsSigned = hashed.select("id").distinct().count();
    System.out.printf(java.util.Locale.ROOT, "OR-amplification as Spark ML's MinHashLSH, %d tables: %d candidate pairs"
        + " of %d (%.1f %%), counted in %.1f s; P(candidate) = 1 - (1 - s)^%d: %.4f at 0.8, %.3f at 0.3%n", tables,
        candidates, reportsSigned * (reportsSigned - 1) / 2,
        100.0 * candidates / Math.max(1, reportsSigned * (reportsSigned - 1) / 2), (System.nanoTime() - started) / 1e9,
        tables, 1 - Math.pow(0.2, tables), 1 - Math.pow(0.7, tables));
  }
}
