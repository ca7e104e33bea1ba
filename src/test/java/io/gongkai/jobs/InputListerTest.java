package io.gongkai.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link InputLister} on small local trees with symbolic links (issue 14), and on a filesystem that reports links. */
class InputListerTest {
  private static final Configuration CONF = new Configuration();

  @TempDir Path temp;
  private Path dir;

  @BeforeEach
  void realTemp() throws IOException {
    // Expected paths are spelt from the real path, as the lister names what it found.
    dir = temp.toRealPath();
  }

  @Test
  void loopToItsParentListsEachFileOnceWithOneNote() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    write(in.resolve("a.txt"), "aaa");
    write(in.resolve("sub/b.txt"), "bb");
    Files.createSymbolicLink(in.resolve("loop"), Paths.get("."));
    Files.createSymbolicLink(in.resolve("sub/up"), Paths.get(".."));
    // A hidden link is skipped before it is looked at: no note.
    Files.createSymbolicLink(in.resolve(".hidden-loop"), Paths.get("."));

    InputLister.Listing listing = listing(in);

    assertEquals(List.of(new InputFile(uri(in, "a.txt"), 3), new InputFile(uri(in, "sub/b.txt"), 2)), listing.files());
    assertEquals(
        List.of(
            "Skipped directory symlink " + uri(in, "loop") + ": it leads to " + uri(in) + ", already listed",
            "Skipped directory symlink " + uri(in, "sub/up") + ": it leads to " + uri(in) + ", already listed"),
        listing.notes());
  }

  @Test
  void twoDirectoriesLinkingToEachOtherAreEachListedOnce() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    write(in.resolve("d1/x.txt"), "x");
    write(in.resolve("d2/y.txt"), "y");
    Files.createSymbolicLink(in.resolve("d1/other"), Paths.get("../d2"));
    Files.createSymbolicLink(in.resolve("d2/other"), Paths.get("../d1"));

    InputLister.Listing listing = listing(in);

    assertEquals(
        List.of(new InputFile(uri(in, "d1/x.txt"), 1), new InputFile(uri(in, "d2/y.txt"), 1)), listing.files());
    assertEquals(
        List.of(
            "Skipped directory symlink " + uri(in, "d1/other") + ": it leads to " + uri(in, "d2") + ", already listed",
            "Skipped directory symlink " + uri(in, "d2/other") + ": it leads to " + uri(in, "d1") + ", already listed"),
        listing.notes());
  }

  @Test
  void aliasSortedBeforeItsTargetLeavesTheFilesUnderTheRealName() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    write(in.resolve("sub/g.txt"), "g");
    Files.createSymbolicLink(in.resolve("alias"), Paths.get("sub"));

    InputLister.Listing listing = listing(in);

    assertEquals(List.of(new InputFile(uri(in, "sub/g.txt"), 1)), listing.files());
    assertEquals(
        List.of(
            "Skipped directory symlink " + uri(in, "alias") + ": it leads to " + uri(in, "sub") + ", already listed"),
        listing.notes());
  }

  @Test
  void linkToADirectoryOutsideTheInputIsFollowedOnceUnderTheFirstLink() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Path outside = Files.createDirectories(dir.resolve("outside"));
    write(outside.resolve("o.txt"), "oo");
    Files.createSymbolicLink(outside.resolve("back"), Paths.get("../in"));
    Files.createSymbolicLink(in.resolve("ext"), Paths.get("../outside"));
    Files.createSymbolicLink(in.resolve("ext2"), outside);
    // A link to a file is an input of its own, as it was: only directories are listed once per real directory.
    Files.createSymbolicLink(in.resolve("o-link.txt"), Paths.get("../outside/o.txt"));

    InputLister.Listing listing = listing(in);

    assertEquals(
        List.of(new InputFile(uri(in, "ext/o.txt"), 2), new InputFile(uri(in, "o-link.txt"), 2)), listing.files());
    assertEquals(
        List.of(
            "Skipped directory symlink " + uri(in, "ext2") + ": it leads to " + uri(in, "ext") + ", already listed",
            "Skipped directory symlink " + uri(in, "ext/back") + ": it leads to " + uri(in) + ", already listed"),
        listing.notes());
  }

  @Test
  void linkLoopBetweenTwoFilesGivesTwoUnreadableEntries() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.createSymbolicLink(in.resolve("a"), Paths.get("b"));
    Files.createSymbolicLink(in.resolve("b"), Paths.get("a"));
    write(in.resolve("ok.txt"), "ok");

    InputLister.Listing listing = listing(in);

    assertEquals(
        List.of(
            InputFile.cannotRead(uri(in, "a"), "Cannot read " + uri(in, "a") + ": symbolic link loop"),
            InputFile.cannotRead(uri(in, "b"), "Cannot read " + uri(in, "b") + ": symbolic link loop"),
            new InputFile(uri(in, "ok.txt"), 2)),
        listing.files());
    assertEquals(List.of(), listing.notes());
  }

  @Test
  void danglingLinkIsAnUnreadableEntryNamingItsTarget() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.createSymbolicLink(in.resolve("dangling.pdf"), Paths.get("moved-away.pdf"));

    assertEquals(
        List.of(
            InputFile.cannotRead(
                uri(in, "dangling.pdf"),
                "Cannot read " + uri(in, "dangling.pdf") + ": broken symbolic link to moved-away.pdf")),
        list(in));
  }

  @Test
  void directoryThatCannotBeListedIsAnUnreadableEntryAndTheWalkGoesOn() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    write(in.resolve("locked/secret.txt"), "s");
    write(in.resolve("z.txt"), "z");
    Path locked = in.resolve("locked");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    try {
      assumeTrue(permissionsAreEnforced(locked), "running as root: a directory with mode 000 can still be listed");

      assertEquals(
          List.of(
              InputFile.cannotRead(
                  uri(in, "locked"), "Cannot list directory " + uri(in, "locked") + ": Permission denied"),
              new InputFile(uri(in, "z.txt"), 1)),
          list(in));
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void fifoIsAnUnreadableEntryNotAFileToBlockOn() throws IOException, InterruptedException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Process mkfifo = new ProcessBuilder("mkfifo", in.resolve("pipe").toString()).start();
    assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo is not available");

    assertEquals(
        List.of(
            InputFile.cannotRead(
                uri(in, "pipe"), "Cannot read " + uri(in, "pipe") + ": not a regular file or directory")),
        list(in));
  }

  @Test
  void overlappingInputsAreListedOnceAndALinkGivenAsInputToAListedDirectoryIsNoted() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    write(in.resolve("sub/b.txt"), "b");
    Path link = Files.createSymbolicLink(dir.resolve("in-link"), in);

    InputLister.Listing listing =
        InputLister.listing(List.of(in.toString(), in.resolve("sub").toString(), link.toString()), CONF);

    assertEquals(List.of(new InputFile(uri(in, "sub/b.txt"), 1)), listing.files());
    assertEquals(
        List.of("Skipped directory symlink " + uri(link) + ": it leads to " + uri(in) + ", already listed"),
        listing.notes());
  }

  @Test
  void missingInputIsAnArgumentError() {
    String missing = dir.resolve("nothing-here").toString();

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> list(Paths.get(missing)));

    assertEquals("Cannot read input " + missing + ": no such file or directory", e.getMessage());
  }

  @Test
  void listKeepsTheFilesOfTheListing() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    write(in.resolve("a.txt"), "a");
    Files.createSymbolicLink(in.resolve("loop"), Paths.get("."));

    assertEquals(listing(in).files(), list(in));
  }

  /**
   * Elsewhere than on the local filesystem links come from the Hadoop listing itself, as on HDFS: a link to a
   * directory already listed leaves a note, a link loop and a link to nowhere are unreadable entries. A directory
   * reached through a link is named under its target, as HDFS names it.
   */
  @Test
  void hadoopListingThatReportsLinksFollowsEachRealDirectoryOnce() throws IOException {
    Configuration conf = new Configuration();
    conf.setClass("fs.linkfs.impl", LinkingFileSystem.class, org.apache.hadoop.fs.FileSystem.class);
    conf.setBoolean("fs.linkfs.impl.disable.cache", true);
    LinkingFileSystem.tree(
        "/in/",
        "/in/a.txt=3",
        "/in/_SUCCESS=0",
        "/in/alias->/in/sub",
        "/in/cycle1->/in/cycle2",
        "/in/cycle2->/in/cycle1",
        "/in/ext->/out",
        "/in/gone->/nowhere",
        "/in/loop->/in",
        "/in/sub/",
        "/in/sub/b.txt=5",
        "/out/",
        "/out/o.txt=7",
        "/out/back->/in");

    InputLister.Listing listing = InputLister.listing(List.of("linkfs:/in"), conf);

    assertEquals(
        List.of(
            new InputFile("linkfs:/in/a.txt", 3),
            InputFile.cannotRead(
                "linkfs:/in/cycle1",
                "Cannot read linkfs:/in/cycle1: Possible cyclic loop while following symbolic link linkfs:/in/cycle1"),
            InputFile.cannotRead(
                "linkfs:/in/cycle2",
                "Cannot read linkfs:/in/cycle2: Possible cyclic loop while following symbolic link linkfs:/in/cycle2"),
            InputFile.cannotRead("linkfs:/in/gone", "Cannot read linkfs:/in/gone: broken symbolic link to /nowhere"),
            new InputFile("linkfs:/in/sub/b.txt", 5),
            new InputFile("linkfs:/out/o.txt", 7)),
        listing.files());
    assertEquals(
        List.of(
            "Skipped directory symlink linkfs:/in/alias: it leads to linkfs:/in/sub, already listed",
            "Skipped directory symlink linkfs:/in/loop: it leads to linkfs:/in, already listed",
            "Skipped directory symlink linkfs:/out/back: it leads to linkfs:/in, already listed"),
        listing.notes());
  }

  private static InputLister.Listing listing(Path in) throws IOException {
    return InputLister.listing(List.of(in.toString()), CONF);
  }

  private static List<InputFile> list(Path in) throws IOException {
    return InputLister.list(List.of(in.toString()), CONF);
  }

  private static String uri(Path path) {
    return "file:" + path;
  }

  private static String uri(Path dir, String relative) {
    return "file:" + dir.resolve(relative);
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  /** Root, or a process with CAP_DAC_OVERRIDE, lists a directory whatever its mode. */
  private static boolean permissionsAreEnforced(Path locked) {
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(locked)) {
      return false;
    } catch (IOException e) {
      return true;
    }
  }
}
