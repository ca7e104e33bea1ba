package io.gongkai.jobs;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sha2;

import io.gongkai.ingest.DocumentReader;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The inputs a run does not parse, found before the parse from the hashes of their bytes: a copy of another input
 * (the first path in sorted order keeps the report; every other copy becomes a DUPLICATE_CONTENT row, without being
 * parsed) and, when appending, a report the warehouse already holds (left out, counted as already present).
 *
 * <p>Why before: the parse tasks write the child datasets as they go, so a copy found afterwards would have written
 * its cells already. Hashing is cheap next to parsing (a packed corpus: one SHA-256 pass over its bytes), and copies
 * found early are never parsed.
 */
final class RepeatedContent {
  /** A path not to parse: its report id and the path keeping the report (null: the warehouse holds it already). */
  record Repeat(String reportId, String firstPath) implements Serializable {}

  static final StructType IDS =
      new StructType().add("path", DataTypes.StringType).add("report_id", DataTypes.StringType);

  private RepeatedContent() {}

  /**
   * The ids of the loose files that could repeat: every file when appending, else only files whose size another file
   * shares (equal bytes have equal sizes), so a corpus of distinct sizes is not read twice.
   */
  static Dataset<Row> idsOfFiles(
      SparkSession spark, List<InputFile> files, boolean everyFile, Broadcast<HashMap<String, String>> conf) {
    List<InputFile> candidates = new ArrayList<>();
    if (everyFile) {
      candidates.addAll(files);
    } else {
      Map<Long, Integer> sizes = new HashMap<>();
      files.forEach(f -> sizes.merge(f.size(), 1, Integer::sum));
      files.stream().filter(f -> sizes.get(f.size()) > 1).forEach(candidates::add);
    }
    candidates.removeIf(f -> f.size() > ExtractJob.MAX_FILE_BYTES);
    if (candidates.isEmpty()) {
      return spark.createDataFrame(List.of(), IDS);
    }
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    int slices = Math.max(spark.sparkContext().defaultParallelism(), candidates.size() / 2_000);
    JavaRDD<Row> ids =
        jsc.parallelize(candidates, Math.min(slices, candidates.size()))
            .mapPartitions(
                part -> {
                  Configuration hadoop = new Configuration(false);
                  conf.value().forEach(hadoop::set);
                  List<Row> out = new ArrayList<>();
                  while (part.hasNext()) {
                    InputFile file = part.next();
                    Path path = new Path(file.path());
                    try (InputStream in = path.getFileSystem(hadoop).open(path)) {
                      out.add(RowFactory.create(file.path(), DocumentReader.sha256(in.readAllBytes())));
                    } catch (Exception e) {
                      // unreadable now: the parse reads it again and rejects it with the reason
                    }
                  }
                  return out.iterator();
                });
    return spark.createDataFrame(ids, IDS);
  }

  /** The ids of a packed corpus ({@link PackedCorpus#read}): SHA-256 of each row's bytes, as the parser computes it. */
  static Dataset<Row> idsOfPacked(Dataset<Row> packed) {
    return packed.select(col("path"), sha2(col("bytes"), 256).as("report_id"));
  }

  /**
   * @param ids (path, report_id) of the inputs that could repeat
   * @param published report ids the warehouse holds (one column {@code report_id}), or null
   * @return the paths not to parse
   */
  static HashMap<String, Repeat> find(Dataset<Row> ids, Dataset<Row> published) {
    Dataset<Row> known = ids.where(col("report_id").isNotNull());
    Dataset<Row> firsts =
        known.groupBy("report_id")
            .agg(count(lit(1)).as("copies"), min("path").as("first_path"))
            .where(col("copies").gt(1))
            .select("report_id", "first_path");
    HashMap<String, Repeat> repeats = new HashMap<>();
    for (Row r :
        known.join(firsts, "report_id").where(col("path").notEqual(col("first_path")))
            .select("path", "report_id", "first_path").collectAsList()) {
      repeats.put(r.getString(0), new Repeat(r.getString(1), r.getString(2)));
    }
    if (published != null) {
      // Every copy of a published report is left out, the first path included: the warehouse has its rows.
      for (Row r : known.join(published.select("report_id").distinct(), "report_id").select("path", "report_id")
          .collectAsList()) {
        repeats.put(r.getString(0), new Repeat(r.getString(1), null));
      }
    }
    return repeats;
  }
}
