package io.gongkai.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.gongkai.parse.ReportParser;
import io.gongkai.report.ParsedReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gongkai parse [--json] FILE...}: parse report files and print a summary or one JSON object per file. */
@Command(
    name = "parse",
    mixinStandardHelpOptions = true,
    description = "Parse report files (text, HTML or PDF, detected from content) and print what was read.",
    footer = {
      "",
      "Examples:",
      "  jobs/gongkai parse samples/*",
      "  jobs/gongkai parse --json samples/hzq2023.pdf",
      "",
      "Exit codes: 0 all files read (rejected files included), 2 a file does not exist or cannot be opened."
    })
final class ParseCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--json", description = "Print one JSON object per file (the truth-file shape), one per line.")
  boolean json;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Report files to parse.")
  List<Path> files;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ReportParser parser = new ReportParser();
    ObjectMapper mapper =
        new ObjectMapper()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(SerializationFeature.INDENT_OUTPUT);
    int missing = 0;
    for (Path file : files) {
      byte[] bytes;
      try {
        if (!Files.isRegularFile(file)) {
          err.println("Cannot read " + file + ": " + (Files.exists(file) ? "not a regular file" : "no such file"));
          missing++;
          continue;
        }
        bytes = Files.readAllBytes(file);
      } catch (IOException e) {
        err.println("Cannot read " + file + ": " + e.getMessage());
        missing++;
        continue;
      }
      ParsedReport report = parser.parse(file.getFileName().toString(), bytes);
      if (json) {
        try {
          out.println(mapper.writeValueAsString(ReportJson.of(report)));
        } catch (IOException e) {
          throw new IllegalStateException("Cannot write JSON for " + file, e);
        }
      } else {
        ReportSummary.print(report, out);
      }
    }
    out.flush();
    return missing == 0 ? 0 : 2;
  }
}
