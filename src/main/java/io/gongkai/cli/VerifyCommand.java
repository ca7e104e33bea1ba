package io.gongkai.cli;

import io.gongkai.jobs.SnapshotVerification;
import io.gongkai.jobs.SparkSessions;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gongkai verify}: is the published snapshot whole, and what does it hold. */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description = "Read the warehouse's published snapshot as a reader would and check it is whole.",
    footer = {
      "",
      "Resolves WAREHOUSE/CURRENT once, reads every dataset with the registry's schema",
      "and checks that every row's report_id is in reports. Prints one line per",
      "dataset: rows, distinct reports, orphan rows and a content fingerprint (equal",
      "for equal rows, in any order or file layout), so that two warehouses, or one",
      "before and after a run, can be compared.",
      "",
      "--same-as OTHER also compares every dataset with OTHER's published snapshot",
      "row for row (a local run against a cluster run of the same input, say) and",
      "prints the datasets that differ, with example rows. It may be given several",
      "times: each OTHER is compared with WAREHOUSE in the same Spark session, which",
      "reads WAREHOUSE's snapshot once.",
      "",
      "Example:",
      "  jobs/gongkai verify --warehouse warehouse",
      "  jobs/gongkai verify --warehouse cluster-w --same-as local-w",
      "  jobs/gongkai verify --warehouse local-w --same-as client-w --same-as cluster-w",
      "",
      "Exit codes: 0 whole (and the same rows as every OTHER), 1 a dataset is unreadable",
      "or has orphan rows, or differs from an OTHER, 2 bad arguments or no published snapshot."
    })
final class VerifyCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin WarehouseOption warehouse;

  @Mixin SparkMasterOption master;

  @Option(names = "--same-as", paramLabel = "OTHER",
      description = "Another warehouse whose published snapshot must hold the same rows in every dataset; "
          + "repeatable.")
  List<String> sameAs = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (master.rejected(err)) {
      return 2;
    }
    boolean borrowed = SparkSessions.isRunning();
    SparkSession spark = SparkSessions.create("gongkai verify", master.master);
    try {
      SnapshotVerification.Result result = new SnapshotVerification(spark).run(warehouse.location);
      out.println("snapshot " + result.snapshot());
      result.datasets().forEach(d -> out.println(d.toText()));
      result.problems().forEach(p -> out.println("problem: " + p));
      out.println(result.whole() ? "whole" : "not whole: " + result.problems().size() + " problems");
      boolean same = true;
      for (String other : sameAs) {
        List<SnapshotVerification.Difference> differences =
            new SnapshotVerification(spark).compare(warehouse.location, other);
        differences.forEach(d -> out.println(d.toText()));
        out.println(differences.isEmpty()
            ? "same rows as " + other + " in every dataset"
            : "differs from " + other + " in " + differences.size() + " datasets");
        same &= differences.isEmpty();
      }
      out.flush();
      return result.whole() && same ? 0 : 1;
    } catch (IllegalArgumentException e) {
      err.println("Argument error: " + e.getMessage());
      return 2;
    } finally {
      if (!borrowed) {
        spark.stop();
      }
    }
  }
}
