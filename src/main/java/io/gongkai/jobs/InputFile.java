package io.gongkai.jobs;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;

/**
 * One input as listed on the driver: its qualified path (any Hadoop filesystem URI), its size, and why it cannot be
 * read when the listing already knows (issue 14).
 *
 * @param path qualified path, e.g. {@code file:/data/in/a.pdf}
 * @param size length in bytes; 0 when {@code unreadable} is set
 * @param unreadable null when the file can be read; else a one-line reason naming the path, e.g. {@code Cannot read
 *     file:/data/in/a: symbolic link loop}. The job must reject such an entry as READ_FAILED with this reason, without
 *     opening it: it may be a directory, a link to nowhere or a FIFO that would block the reader.
 */
public record InputFile(String path, long size, String unreadable) implements Serializable {
  public InputFile {
    requireNonNull(path, "path is null");
    if (unreadable != null && size != 0) {
      throw new IllegalArgumentException(
          String.format("Cannot list %s: size %d for an unreadable entry, expected 0", path, size));
    }
  }

  /** A file that can be read. */
  public InputFile(String path, long size) {
    this(path, size, null);
  }

  /** An entry the listing found but cannot read; {@code reason} names the path. */
  static InputFile cannotRead(String path, String reason) {
    return new InputFile(path, 0, requireNonNull(reason, "reason is null"));
  }

  public boolean readable() {
    return unreadable == null;
  }
}
