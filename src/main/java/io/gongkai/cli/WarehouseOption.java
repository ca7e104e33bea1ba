package io.gongkai.cli;

import picocli.CommandLine.Option;

/** The {@code --warehouse} option of the commands that read a warehouse (export, eval, verify). */
final class WarehouseOption {
  @Option(names = "--warehouse", paramLabel = "WAREHOUSE", defaultValue = "warehouse",
      description = "Warehouse directory written by extract; any Hadoop URI (default: ${DEFAULT-VALUE}). Its "
          + "published snapshot (CURRENT) is read.")
  String location;
}
