package io.gongkai.cli;

import io.gongkai.eval.EvalJson;
import io.gongkai.eval.EvalResult;
import io.gongkai.eval.EvalTable;
import io.gongkai.eval.Evaluation;
import io.gongkai.jobs.SparkSessions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gongkai eval}: accuracy of a warehouse against truth files (issue 5). */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Compare a warehouse with truth files: cell accuracy, check agreement, anomaly precision/recall.",
    footer = {
      "",
      "Every *.truth.json under --truth (recursively) is matched to the warehouse report",
      "with its file name (reports.file; by path suffix when several share it).",
      "",
      "A truth cell is correct when the warehouse has it (same table, block, row, col)",
      "with the same semantic, value and unit; a missing cell is wrong. Accuracy is",
      "printed overall, undamaged vs damaged, per layout, per template and per noise",
      "kind. Damaged: noise ocr, ocr_damage, truncated_labels, traditional (or the",
      "generator's label_truncated, label_garbled, ocr_lost_cells), layout ocr_tab, or",
      "\"damaged\": true in the truth. EMPTY cells read as 0 are counted on their own:",
      "there must be none.",
      "",
      "Checks: agreement of each expected {check, scope, status}; per check id, FAIL",
      "precision and recall (planted anomalies count as FAILs; soft FAILs that a real",
      "truth does not label are 'unlabelled', not false positives).",
      "",
      "Examples:",
      "  jobs/gongkai extract --input corpus --output w",
      "  jobs/gongkai eval --truth corpus/truth --warehouse w --json eval.json --worst 20",
      "",
      "Exit codes: 0 evaluated (whatever the figures), 1 the evaluation failed,",
      "2 bad arguments, no truth files, or a missing warehouse dataset."
    })
final class EvalCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--truth", required = true, paramLabel = "DIR",
      description = "Directory of *.truth.json files, searched recursively; any Hadoop URI.")
  String truth;

  @Mixin WarehouseOption warehouse;

  @Option(names = "--json", paramLabel = "FILE",
      description = "Also write the figures as one JSON object to FILE (local; replaced if present).")
  Path json;

  @Option(names = "--worst", paramLabel = "K", defaultValue = "10",
      description = "Reports with the most wrong cells to list with their misses (default: ${DEFAULT-VALUE}).")
  int worst;

  @Mixin SparkMasterOption master;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (worst < 0) {
      err.println("Argument error: --worst must be 0 or more, got " + worst);
      return 2;
    }
    if (json != null && Files.isDirectory(json)) {
      err.println("Argument error: Cannot write JSON " + json + ": it is a directory");
      return 2;
    }
    if (master.rejected(err)) {
      return 2;
    }
    boolean borrowed = SparkSessions.isRunning();
    SparkSession spark = SparkSessions.create("gongkai eval", master.master);
    try {
      EvalResult result = new Evaluation(spark).run(new Evaluation.Options(truth, warehouse.location, worst));
      if (json != null) {
        write(json, EvalJson.write(result));
      }
      EvalTable.print(result, out);
      return 0;
    } catch (IllegalArgumentException e) {
      err.println("Argument error: " + e.getMessage());
      return 2;
    } finally {
      if (!borrowed) {
        spark.stop();
      }
    }
  }

  /** Written next to its target and moved into place, so a failed run leaves no partial file. */
  private static void write(Path file, String text) throws IOException {
    Path target = file.toAbsolutePath();
    Files.createDirectories(target.getParent());
    Path temporary = target.resolveSibling("." + target.getFileName() + ".tmp");
    try {
      Files.writeString(temporary, text, StandardCharsets.UTF_8);
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

}
