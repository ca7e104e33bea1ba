package io.gongkai.cli;

import io.gongkai.jobs.RollupJob;
import io.gongkai.jobs.SparkSessions;
import io.gongkai.warehouse.LockPolicy;
import io.gongkai.warehouse.WarehouseLockedException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gongkai rollup}: recompute every year's rollups of a warehouse and publish them. */
@Command(
    name = "rollup",
    mixinStandardHelpOptions = true,
    description = "Recompute the rollups of every year from the published reports and metrics, and publish them.",
    footer = {
      "",
      "extract already rolls up the years it touches; run this after extract --no-rollup,",
      "or to rebuild the rollups of the whole warehouse. The per-report datasets are",
      "shared with the new snapshot unchanged.",
      "",
      "Example:",
      "  jobs/gongkai rollup --warehouse warehouse",
      "",
      "Exit codes: 0 published, 1 the run failed (nothing published), 2 bad arguments or",
      "no published snapshot, 3 another run holds the warehouse's lock."
    })
final class RollupCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin WarehouseOption warehouse;

  @Mixin SparkMasterOption master;

  @Option(names = "--keep-snapshots", paramLabel = "N", defaultValue = "2",
      description = "Snapshots kept after the publish (default ${DEFAULT-VALUE}).")
  int keepSnapshots;

  @Option(names = "--lock-stale-after", paramLabel = "SECONDS", defaultValue = "120",
      description = "Take over a lock not refreshed for this long (default ${DEFAULT-VALUE}).")
  long lockStaleAfter;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (keepSnapshots < 1) {
      err.println("Argument error: --keep-snapshots must be at least 1, found " + keepSnapshots);
      return 2;
    }
    LockPolicy lock;
    try {
      lock = new LockPolicy(LockPolicy.DEFAULT.heartbeat(), Duration.ofSeconds(lockStaleAfter));
    } catch (IllegalArgumentException e) {
      err.println("Argument error: --lock-stale-after " + lockStaleAfter + " is too short: it must be at least "
          + LockPolicy.DEFAULT.heartbeat().multipliedBy(2).toSeconds() + " s");
      return 2;
    }
    if (master.rejected(err)) {
      return 2;
    }
    boolean borrowed = SparkSessions.isRunning();
    SparkSession spark = SparkSessions.create("gongkai rollup", master.master);
    try {
      RollupJob.Result result =
          new RollupJob(spark, w -> { err.println(w); err.flush(); }).run(warehouse.location, keepSnapshots, lock);
      out.print(result.toText());
      out.flush();
      return 0;
    } catch (IllegalArgumentException e) {
      err.println("Argument error: " + e.getMessage());
      return 2;
    } catch (WarehouseLockedException e) {
      err.println(e.getMessage());
      return ExtractCommand.EXIT_LOCKED;
    } finally {
      if (!borrowed) {
        spark.stop();
      }
    }
  }
}
