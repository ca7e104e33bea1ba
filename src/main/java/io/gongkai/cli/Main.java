package io.gongkai.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code jobs/gongkai}. Exit codes: 0 success, 1 a run failed, 2 bad arguments or missing input. */
@Command(
    name = "gongkai",
    mixinStandardHelpOptions = true,
    version = "gongkai " + io.gongkai.parse.ReportParser.VERSION,
    description = "Turns 政府信息公开工作年度报告 into typed cells, checks and Parquet datasets.",
    subcommands = {ParseCommand.class, ExtractCommand.class, ExportCommand.class, CommandLine.HelpCommand.class, BenchCommand.class, EvalCommand.class, SynthCommand.class, VerifyCommand.class, RollupCommand.class})
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
        new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
  }

  /** Runs a command in-process (tests use this): returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExitCodeExceptionMapper(e -> 1);
    cli.setParameterExceptionHandler(
        (e, a) -> {
          err.println("Argument error: " + e.getMessage());
          err.println("Run 'gongkai " + (e.getCommandLine().getCommandName().equals("gongkai")
              ? "" : e.getCommandLine().getCommandName() + " ") + "--help' for usage.");
          return 2;
        });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
