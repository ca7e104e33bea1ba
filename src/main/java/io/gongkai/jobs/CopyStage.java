package io.gongkai.jobs;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.udf;

import io.gongkai.crossreport.AnomalyParameters;
import io.gongkai.crossreport.CopiedProse;
import io.gongkai.crossreport.Finding;
import io.gongkai.crossreport.MinHash;
import io.gongkai.crossreport.Shingles;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The {@link CopiedProse#ID} rows: a thin Spark adapter over {@link CopiedProse}, in four passes over the {@code
 * sentences} dataset, each finished in plain Java.
 *
 * <ol>
 *   <li>Boilerplate: distinct reports per (year, normalised sentence), kept from {@code boilerplate_min_reports} up,
 *       collected to the driver ({@link CopiedProse.Boilerplate#learn}; at most a few thousand sentences a year) and
 *       broadcast.
 *   <li>Signatures: each report's own sentences (boilerplate dropped before the shuffle), grouped by report, shingled,
 *       signed; one row per report with its band keys and its signature's sketch ({@link MinHash#sketch}), written to
 *       a scratch directory (read by the next two passes).
 *   <li>Buckets: the band keys grouped; each bucket of two to {@code max_bucket} members gives its pairs, a larger one
 *       a capped mark on each member. Only pairs with a report of the years asked for are kept. Written to scratch.
 *   <li>Prefilter: each pair joined to both sketches (400 bytes a report), dropped when they agree in fewer than
 *       {@code prefilter_similarity} of their places; the capped marks pass. Written to scratch: the next pass reads
 *       it twice.
 *   <li>Verification: the pairs' reports' sentences (a broadcast set of ids) give their shingles and signatures
 *       again, joined to both sides of each pair: exact Jaccard, kind, the other body's name; grouped by the later
 *       report, {@link CopiedProse#decide}. Written to scratch and read back, so the caller's write does not run the
 *       passes again.
 * </ol>
 *
 * <p>Why the prefilter: most candidate pairs are far from a copy (a pair at Jaccard 0.4 shares a band with
 * probability 0.2 at 20 bands of 5), and verifying one joins both reports' whole shingle sets and texts, some 12 KB
 * a side. At a million synthetic reports that join wrote 64 GB a side and filled the disk.
 *
 * <p>Every report of every year is signed and banded, whatever the years asked for: a report of a year checked may
 * be a copy of a report of any other year. Only the rows of reports of the years asked for are written.
 */
public final class CopyStage {
  private static final StructType SIGNATURES =
      new StructType()
          .add("id", DataTypes.LongType)
          .add("report_year", DataTypes.IntegerType)
          .add("band_keys", DataTypes.createArrayType(DataTypes.LongType, false))
          .add("sketch", DataTypes.createArrayType(DataTypes.IntegerType, false));

  private static final StructType CANDIDATES =
      new StructType()
          .add("a", DataTypes.LongType)
          .add("b", DataTypes.LongType)
          .add("bucket", DataTypes.IntegerType);

  /** The candidates as written: a pair (a, b), or a capped mark (a, null), with how many bands gave it. */
  private static final StructType PAIRS =
      new StructType()
          .add("a", DataTypes.LongType)
          .add("b", DataTypes.LongType)
          .add("bands", DataTypes.IntegerType)
          .add("largest", DataTypes.IntegerType);

  private static final StructType PROFILES =
      new StructType()
          .add("id", DataTypes.LongType)
          .add("report_id", DataTypes.StringType)
          .add("report_year", DataTypes.IntegerType)
          .add("file", DataTypes.StringType)
          .add("body", DataTypes.StringType)
          .add("region_code", DataTypes.StringType)
          .add("shingles", DataTypes.createArrayType(DataTypes.LongType, false))
          .add("signature", DataTypes.createArrayType(DataTypes.LongType, false))
          .add("text", DataTypes.StringType);

  private static final StructType COMPARISONS =
      new StructType()
          .add("later_id", DataTypes.StringType)
          .add("later_year", DataTypes.IntegerType)
          .add("later_file", DataTypes.StringType)
          .add("later_body", DataTypes.StringType)
          .add("later_shingles", DataTypes.IntegerType)
          .add("earlier_id", DataTypes.StringType)
          .add("earlier_year", DataTypes.IntegerType)
          .add("earlier_file", DataTypes.StringType)
          .add("earlier_body", DataTypes.StringType)
          .add("earlier_shingles", DataTypes.IntegerType)
          .add("kind", DataTypes.StringType)
          .add("exact", DataTypes.DoubleType)
          .add("estimated", DataTypes.DoubleType)
          .add("signature_values", DataTypes.IntegerType)
          .add("common", DataTypes.IntegerType)
          .add("name_count", DataTypes.IntegerType)
          // capped marks: how many of the report's bands were capped, and the largest bucket
          .add("capped_bands", DataTypes.IntegerType)
          .add("largest_bucket", DataTypes.IntegerType);

  private CopyStage() {}

  /**
   * The R-XR-COPY rows of the parsed reports of the given years (all when null), from the whole corpus.
   *
   * @param reports the {@code reports} dataset
   * @param sentences the {@code sentences} dataset
   * @param scratch an absent location for the stage's intermediate files (removed with the run's staging area)
   */
  public static Dataset<Row> checks(Dataset<Row> reports, Dataset<Row> sentences, Collection<Integer> years,
      AnomalyParameters.Copies p, String scratch) {
    SparkSession spark = reports.sparkSession();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Set<Integer> wanted = years == null ? null : new HashSet<>(years);
    Dataset<Row> parsed = reports.filter(col("status").equalTo("parsed").and(col("report_year").isNotNull()));
    Dataset<Row> prose = sentences.filter(col("report_year").isNotNull());

    // 1. Boilerplate of each year.
    Broadcast<CopiedProse.Boilerplate> boilerplate = jsc.broadcast(boilerplate(parsed, prose, p));

    // 2. One row per report: band keys and sketch; the boilerplate goes before the shuffle.
    int minLength = p.minSentenceLength();
    UserDefinedFunction own =
        udf((UDF1<String, String>) text -> CopiedProse.ownSentence(text, boilerplate.value(), minLength),
            DataTypes.StringType);
    JavaRDD<Row> signatureRows =
        prose.select(col("report_id"), col("report_year"), col("position"),
                own.apply(col("text")).as("own"))
            .filter(col("own").isNotNull())
            .groupBy("report_id", "report_year").agg(collect_list(struct(col("position"), col("own"))).as("own"))
            .javaRDD()
            .flatMap(report -> signed(report, p));
    String signaturesPath = scratch + "/signatures";
    spark.createDataFrame(signatureRows, SIGNATURES).write().mode(SaveMode.ErrorIfExists).parquet(signaturesPath);
    Dataset<Row> signatures = spark.read().schema(SIGNATURES).parquet(signaturesPath);

    // 3. Buckets to candidate pairs (and capped marks).
    JavaRDD<Row> candidateRows =
        signatures.select(explode(col("band_keys")).as("band_key"), col("id"), col("report_year"))
            .groupBy("band_key").agg(collect_list(struct(col("id"), col("report_year"))).as("members"))
            .filter(size(col("members")).gt(1))
            .javaRDD()
            .flatMap(bucket -> candidates(bucket.getList(1), p.maxBucket(), wanted));
    String candidatesPath = scratch + "/candidates";
    spark.createDataFrame(candidateRows, CANDIDATES)
        .groupBy("a", "b").agg(count(lit(1)).cast("int").as("bands"), max("bucket").as("largest"))
        .write().mode(SaveMode.ErrorIfExists).parquet(candidatesPath);
    Dataset<Row> candidates = spark.read().schema(PAIRS).parquet(candidatesPath);

    // 3a. The pairs whose sketches agree enough (and the capped marks), materialised.
    String pairsPath = scratch + "/pairs";
    prefiltered(candidates, signatures, p.prefilterSimilarity())
        .write().mode(SaveMode.ErrorIfExists).parquet(pairsPath);
    Dataset<Row> pairs = spark.read().schema(PAIRS).parquet(pairsPath);

    // 4. The pairs' profiles, then each pair verified and each later report decided.
    Set<Long> ids = new HashSet<>();
    for (Row r : pairs.select("a").union(pairs.filter(col("b").isNotNull()).select("b")).distinct()
        .collectAsList()) {
      ids.add(r.getLong(0));
    }
    Broadcast<HashSet<Long>> idSet = jsc.broadcast(new HashSet<>(ids));
    UserDefinedFunction isCandidate =
        udf((UDF1<String, Boolean>) rid -> idSet.value().contains(CopiedProse.id(rid)), DataTypes.BooleanType);
    Dataset<Row> candidateReports =
        parsed.filter(isCandidate.apply(col("report_id")))
            .select(col("report_id"), col("body"), col("region_code"));
    JavaRDD<Row> profileRows =
        prose.filter(isCandidate.apply(col("report_id")))
            .groupBy("report_id", "report_year")
            .agg(first("file").as("file"), collect_list(struct(col("position"), col("text"))).as("sentences"))
            .join(candidateReports, "report_id")
            .javaRDD()
            .map(r -> profile(r, boilerplate.value(), p));
    String profilesPath = scratch + "/profiles";
    spark.createDataFrame(profileRows, PROFILES).write().mode(SaveMode.ErrorIfExists).parquet(profilesPath);
    Dataset<Row> profiles = spark.read().schema(PROFILES).parquet(profilesPath);

    Dataset<Row> a = prefixed(profiles, "a_");
    Dataset<Row> b = prefixed(profiles, "b_");
    JavaRDD<Row> comparisons =
        pairs.join(a, col("a").equalTo(col("a_id")))
            .join(b, col("b").equalTo(col("b_id")), "left")
            .javaRDD()
            .flatMap(pair -> compare(pair, wanted));
    String checksPath = scratch + "/checks";
    JavaRDD<Row> checkRows =
        spark.createDataFrame(comparisons, COMPARISONS)
            .groupBy("later_id").agg(collect_list(struct(allColumns())).as("comparisons"))
            .javaRDD()
            .flatMap(later -> decide(later.getList(1), p));
    spark.createDataFrame(checkRows, Datasets.CHECKS.schema()).write().mode(SaveMode.ErrorIfExists)
        .parquet(checksPath);
    return spark.read().schema(Datasets.CHECKS.schema()).parquet(checksPath);
  }

  /**
   * The boilerplate of every year: the normalised sentences printed by at least {@code boilerplate_min_reports}
   * distinct reports of a year, collected, then judged against the year's parsed reports.
   *
   * @param parsed the parsed reports with a year
   * @param prose their sentences
   */
  static CopiedProse.Boilerplate boilerplate(Dataset<Row> parsed, Dataset<Row> prose, AnomalyParameters.Copies p) {
    Map<Integer, Long> perYear = new HashMap<>();
    for (Row r : parsed.groupBy("report_year").count().collectAsList()) {
      perYear.put(r.getInt(0), r.getLong(1));
    }
    UserDefinedFunction key = udf((UDF1<String, Long>) CopiedProse::sentenceKey, DataTypes.LongType);
    UserDefinedFunction id = udf((UDF1<String, Long>) CopiedProse::id, DataTypes.LongType);
    List<CopiedProse.Boilerplate.Count> counts = new ArrayList<>();
    for (Row r : prose.select(col("report_year"), key.apply(col("text")).as("key"), id.apply(col("report_id")).as("id"))
        .filter(col("key").notEqual(0))
        .groupBy("report_year", "key").agg(countDistinct("id").as("reports"))
        .filter(col("reports").geq(p.boilerplateMinReports()))
        .collectAsList()) {
      counts.add(new CopiedProse.Boilerplate.Count(r.getInt(0), r.getLong(1), r.getLong(2)));
    }
    return CopiedProse.Boilerplate.learn(perYear, counts, p);
  }

  private static org.apache.spark.sql.Column[] allColumns() {
    String[] names = COMPARISONS.fieldNames();
    org.apache.spark.sql.Column[] columns = new org.apache.spark.sql.Column[names.length];
    for (int i = 0; i < names.length; i++) {
      columns[i] = col(names[i]);
    }
    return columns;
  }

  private static Dataset<Row> prefixed(Dataset<Row> profiles, String prefix) {
    org.apache.spark.sql.Column[] columns = new org.apache.spark.sql.Column[PROFILES.fieldNames().length];
    for (int i = 0; i < columns.length; i++) {
      String name = PROFILES.fieldNames()[i];
      columns[i] = col(name).as(prefix + name);
    }
    return profiles.select(columns);
  }

  /**
   * The candidate pairs whose sketches agree in at least {@code threshold} of their places, and the capped marks; all
   * when the threshold is 0 (no join).
   */
  static Dataset<Row> prefiltered(Dataset<Row> candidates, Dataset<Row> signatures, double threshold) {
    if (threshold <= 0) {
      return candidates;
    }
    Dataset<Row> sketches = signatures.select(col("id"), col("sketch"));
    JavaRDD<Row> kept =
        candidates.filter(col("b").isNotNull())
            .join(sketches.toDF("a_id", "a_sketch"), col("a").equalTo(col("a_id")))
            .join(sketches.toDF("b_id", "b_sketch"), col("b").equalTo(col("b_id")))
            .select(col("a"), col("b"), col("bands"), col("largest"), col("a_sketch"), col("b_sketch"))
            .javaRDD()
            .filter(r -> MinHash.estimate(widened(r.getList(4)), widened(r.getList(5))) >= threshold)
            .map(r -> RowFactory.create(r.get(0), r.get(1), r.get(2), r.get(3)));
    return candidates.sparkSession().createDataFrame(kept, PAIRS).union(candidates.filter(col("b").isNull()));
  }

  /**
   * One report's own sentences in order, shingled and signed: its band keys and sketch; none when it has fewer than
   * min_shingles. Report by report (a partition's rows are never held at once); the functions are drawn again per
   * report, a microsecond next to its signature.
   */
  private static Iterator<Row> signed(Row r, AnomalyParameters.Copies p) {
    long[] shingles = Shingles.of(inOrder(r.getList(2)), p.shingleLength());
    if (shingles.length < p.minShingles()) {
      return java.util.Collections.emptyIterator();
    }
    MinHash minHash = CopiedProse.minHash(p);
    long[] signature = minHash.signature(shingles);
    return List.of(RowFactory.create(CopiedProse.id(r.getString(0)), r.getInt(1), longs(minHash.bandKeys(signature)),
        integers(MinHash.sketch(signature)))).iterator();
  }

  /** The texts of (position, text) structs in order of position. */
  private static List<String> inOrder(List<Row> sentences) {
    List<Row> sorted = new ArrayList<>(sentences);
    sorted.sort(Comparator.comparingInt(s -> s.getInt(0)));
    List<String> texts = new ArrayList<>(sorted.size());
    for (Row s : sorted) {
      texts.add(s.getString(1));
    }
    return texts;
  }

  /**
   * One bucket's rows: its pairs with a member of the wanted years (b null marks nothing: a, b, null), or, when it is
   * capped, a mark per member of the wanted years (a, null, size).
   */
  private static Iterator<Row> candidates(List<Row> members, int maxBucket, Set<Integer> wanted) {
    long[] ids = new long[members.size()];
    Map<Long, Integer> years = new HashMap<>();
    for (int i = 0; i < ids.length; i++) {
      ids[i] = members.get(i).getLong(0);
      years.put(ids[i], members.get(i).getInt(1));
    }
    List<Row> out = new ArrayList<>();
    boolean expanded = CopiedProse.pairs(ids, maxBucket, (x, y) -> {
      if (wanted == null || wanted.contains(years.get(x)) || wanted.contains(years.get(y))) {
        out.add(RowFactory.create(x, y, null));
      }
    });
    if (!expanded) {
      for (long member : ids) {
        if (wanted == null || wanted.contains(years.get(member))) {
          out.add(RowFactory.create(member, null, ids.length));
        }
      }
    }
    return out.iterator();
  }

  /** A candidate's profile: own shingles, signature and whole text. */
  private static Row profile(Row r, CopiedProse.Boilerplate boilerplate, AnomalyParameters.Copies p) {
    String reportId = r.getString(0);
    int year = r.getInt(1);
    List<String> texts = inOrder(r.getList(3));
    long[] shingles = CopiedProse.ownShingles(texts, boilerplate, p);
    return RowFactory.create(CopiedProse.id(reportId), reportId, year, r.getString(2), r.getString(4), r.getString(5),
        longs(shingles), longs(CopiedProse.minHash(p).signature(shingles)), String.join("", texts));
  }

  /** A candidate pair verified (or a capped mark passed on), as a comparison row of its later report, if wanted. */
  private static Iterator<Row> compare(Row r, Set<Integer> wanted) {
    // candidates: a, b, bands, largest; then a_*, then b_* (null for a capped mark)
    CopiedProse.Report x = report(r, 4);
    if (r.isNullAt(1)) {
      if (wanted != null && !wanted.contains(x.year())) {
        return java.util.Collections.emptyIterator();
      }
      return List.of(RowFactory.create(x.reportId(), x.year(), x.file(), x.body(), x.shingles().length, null, null,
          null, null, null, CopiedProse.Kind.BUCKET_CAPPED.name(), null, null, null, null, null, r.getInt(2),
          r.getInt(3))).iterator();
    }
    CopiedProse.Comparison c = CopiedProse.compare(x, report(r, 4 + PROFILES.fieldNames().length));
    if (wanted != null && !wanted.contains(c.later().year())) {
      return java.util.Collections.emptyIterator();
    }
    return List.of(RowFactory.create(c.later().reportId(), c.later().year(), c.later().file(), c.later().body(),
        c.later().shingles(), c.earlier().reportId(), c.earlier().year(), c.earlier().file(), c.earlier().body(),
        c.earlier().shingles(), c.kind().name(), c.exact(), c.estimated(), c.values(), c.common(), c.nameCount(),
        null, null)).iterator();
  }

  private static CopiedProse.Report report(Row r, int at) {
    return new CopiedProse.Report(r.getString(at + 1), r.getInt(at + 2), r.getString(at + 3), r.getString(at + 4),
        r.getString(at + 5), unboxed(r.getList(at + 6)), unboxed(r.getList(at + 7)), r.getString(at + 8));
  }

  /** One later report's comparisons (and capped marks) to its rows of {@code checks}. */
  private static Iterator<Row> decide(List<Row> rows, AnomalyParameters.Copies p) {
    List<CopiedProse.Comparison> comparisons = new ArrayList<>();
    List<Row> out = new ArrayList<>();
    Row first = rows.get(0);
    int cappedBands = 0;
    int largest = 0;
    for (Row r : rows) {
      if (r.getString(10).equals(CopiedProse.Kind.BUCKET_CAPPED.name())) {
        cappedBands += r.getInt(16);
        largest = Math.max(largest, r.getInt(17));
        continue;
      }
      comparisons.add(new CopiedProse.Comparison(
          new CopiedProse.Side(r.getString(0), r.getInt(1), r.getString(2), r.getString(3), r.getInt(4)),
          new CopiedProse.Side(r.getString(5), r.getInt(6), r.getString(7), r.getString(8), r.getInt(9)),
          CopiedProse.Kind.valueOf(r.getString(10)), r.getDouble(11), r.getDouble(12), r.getInt(13), r.getInt(14),
          r.getInt(15)));
    }
    for (Finding f : CopiedProse.decide(comparisons, p)) {
      out.add(CrossReportRows.row(f, first.getString(2), first.getInt(1)));
    }
    if (cappedBands > 0) {
      out.add(CrossReportRows.row(CopiedProse.capped(first.getString(0), cappedBands, largest, p), first.getString(2),
          first.getInt(1)));
    }
    return out.iterator();
  }

  private static long[] unboxed(List<Long> values) {
    long[] out = new long[values.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = values.get(i);
    }
    return out;
  }

  /** A sketch as read back, widened to the signature's type for {@link MinHash#estimate}. */
  private static long[] widened(List<Integer> sketch) {
    return sketch.stream().mapToLong(Integer::longValue).toArray();
  }

  private static scala.collection.immutable.Seq<Integer> integers(int[] values) {
    return scala.jdk.javaapi.CollectionConverters.asScala(java.util.Arrays.stream(values).boxed().toList()).toList();
  }

  private static scala.collection.immutable.Seq<Long> longs(long[] values) {
    return scala.jdk.javaapi.CollectionConverters.asScala(java.util.Arrays.stream(values).boxed().toList()).toList();
  }
}
