package io.gongkai.bench;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A benchmark corpus of N files made deterministically from the eight bundled real reports (five texts, three PDFs).
 *
 * <p>File {@code i} is a PDF when {@code floor((i + 1) * share) > floor(i * share)}, so PDFs are spread evenly over the
 * sorted file list (any contiguous half, and any Spark partition, gets the same mix) and there are exactly {@code
 * floor(N * share)} of them. Texts cycle through the five text samples, PDFs through the three PDF samples. Every file
 * gets a trailing line naming its index, so no two files have the same bytes (the extract job would reject copies as
 * {@code DUPLICATE_CONTENT}):
 *
 * <ul>
 *   <li>text: {@code \n（副本 i）\n} in UTF-8 (the samples are UTF-8);
 *   <li>PDF: a PDF comment line {@code \n% copy i\n} after {@code %%EOF}. The ingest truncation check wants {@code
 *       %%EOF} within the last 1024 bytes; a few bytes of comment keep it there, and the generator checks it.
 * </ul>
 */
public final class BenchCorpus {
  /** The bundled text reports, in the order texts are cycled. */
  public static final List<String> TEXT_SAMPLES =
      List.of(
          "000_f33f83f1c85a8eb6.txt",
          "001_42bc1c002d3797e9.txt",
          "002_02af2ddfabc85d6c.txt",
          "003_88a498967a8a146f.txt",
          "004_97ee47eec622cd46.txt");

  /** The bundled PDF reports, in the order PDFs are cycled. */
  public static final List<String> PDF_SAMPLES = List.of("ha2024.pdf", "hzq2023.pdf", "hzq2024.pdf");

  /** The share of PDFs among the bundled samples (3 of 8): the default mix. */
  public static final double SAMPLE_PDF_SHARE = 3.0 / 8.0;

  /** Where {@code PdfLineExtractor} looks for {@code %%EOF} (PDF Reference 1.7, Appendix H). */
  static final int EOF_MARKER_WINDOW = 1024;

  private static final byte[] EOF_MARKER = "%%EOF".getBytes(StandardCharsets.US_ASCII);

  /** One bundled report. */
  public record Sample(String name, byte[] bytes) {
    public Sample {
      requireNonNull(name, "name is null");
      requireNonNull(bytes, "bytes is null");
    }

    public boolean pdf() {
      return name.endsWith(".pdf");
    }
  }

  /** A generated corpus: its files in sorted order and their sizes by format. */
  public record Corpus(Path dir, List<Path> files, int textFiles, int pdfFiles, long textBytes, long pdfBytes) {
    public Corpus {
      requireNonNull(dir, "dir is null");
      files = List.copyOf(files);
    }

    public long bytes() {
      return textBytes + pdfBytes;
    }
  }

  private final List<Sample> texts;
  private final List<Sample> pdfs;

  BenchCorpus(List<Sample> texts, List<Sample> pdfs) {
    this.texts = List.copyOf(texts);
    this.pdfs = List.copyOf(pdfs);
  }

  /**
   * Loads the eight samples: from {@code samplesDir} when given; otherwise from the classpath ({@code /samples/}, as on
   * the test classpath), then from {@code ./samples}, then from the project's {@code samples/} next to {@code
   * target/classes} (how {@code jobs/gongkai} runs).
   *
   * @throws IllegalArgumentException if a sample is found nowhere
   */
  public static BenchCorpus load(Path samplesDir) throws IOException {
    List<Sample> texts = new ArrayList<>();
    for (String name : TEXT_SAMPLES) {
      texts.add(new Sample(name, sample(name, samplesDir)));
    }
    List<Sample> pdfs = new ArrayList<>();
    for (String name : PDF_SAMPLES) {
      pdfs.add(new Sample(name, sample(name, samplesDir)));
    }
    return new BenchCorpus(texts, pdfs);
  }

  /** The eight samples as bundled, texts first. */
  public List<Sample> samples() {
    List<Sample> all = new ArrayList<>(texts);
    all.addAll(pdfs);
    return all;
  }

  /** Whether file {@code index} of the corpus is a PDF, for a PDF share {@code share}. */
  public static boolean isPdf(int index, double share) {
    return pdfsBefore(index + 1, share) > pdfsBefore(index, share);
  }

  /** The number of PDFs among files {@code 0 .. index - 1}. */
  static long pdfsBefore(int index, double share) {
    return (long) Math.floor(index * share);
  }

  /** The sample file {@code index} is copied from. */
  public Sample sampleOf(int index, double share) {
    long pdfOrdinal = pdfsBefore(index, share);
    if (isPdf(index, share)) {
      return pdfs.get((int) (pdfOrdinal % pdfs.size()));
    }
    return texts.get((int) ((index - pdfOrdinal) % texts.size()));
  }

  /** The name of file {@code index}: zero-padded index, then the sample's name, so sorted order is index order. */
  public String fileName(int index, int files, double share) {
    int width = Math.max(5, Integer.toString(Math.max(0, files - 1)).length());
    return String.format("%0" + width + "d-%s", index, sampleOf(index, share).name());
  }

  /** The bytes of file {@code index}: the sample plus a trailing line naming {@code index}. */
  public byte[] content(int index, double share) {
    Sample sample = sampleOf(index, share);
    byte[] suffix =
        sample.pdf()
            ? ("\n% copy " + index + "\n").getBytes(StandardCharsets.US_ASCII)
            : ("\n（副本 " + index + "）\n").getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[sample.bytes().length + suffix.length];
    System.arraycopy(sample.bytes(), 0, out, 0, sample.bytes().length);
    System.arraycopy(suffix, 0, out, sample.bytes().length, suffix.length);
    if (sample.pdf() && !hasEofMarkerInWindow(out)) {
      throw new IllegalStateException(
          String.format(
              "Cannot copy %s as file %d: %%%%EOF would not be within the last %d bytes", sample.name(), index,
              EOF_MARKER_WINDOW));
    }
    return out;
  }

  /**
   * Writes {@code files} files into {@code dir} (created if missing).
   *
   * @throws IllegalArgumentException if {@code dir} already holds files, or the arguments are out of range
   */
  public Corpus generate(Path dir, int files, double share) throws IOException {
    if (files < 1) {
      throw new IllegalArgumentException("Cannot generate a corpus of " + files + " files: need at least 1");
    }
    checkShare(share);
    Files.createDirectories(dir);
    try (var existing = Files.list(dir)) {
      if (existing.findAny().isPresent()) {
        throw new IllegalArgumentException("Cannot generate a corpus in " + dir + ": the directory is not empty");
      }
    }
    List<Path> paths = new ArrayList<>(files);
    int textFiles = 0;
    int pdfFiles = 0;
    long textBytes = 0;
    long pdfBytes = 0;
    for (int i = 0; i < files; i++) {
      byte[] bytes = content(i, share);
      Path path = dir.resolve(fileName(i, files, share));
      Files.write(path, bytes);
      paths.add(path);
      if (isPdf(i, share)) {
        pdfFiles++;
        pdfBytes += bytes.length;
      } else {
        textFiles++;
        textBytes += bytes.length;
      }
    }
    return new Corpus(dir, paths, textFiles, pdfFiles, textBytes, pdfBytes);
  }

  static void checkShare(double share) {
    if (!(share >= 0 && share <= 1)) {
      throw new IllegalArgumentException("Cannot use a PDF share of " + share + ": it must be between 0 and 1");
    }
  }

  static boolean hasEofMarkerInWindow(byte[] pdf) {
    int from = Math.max(0, pdf.length - EOF_MARKER_WINDOW);
    outer:
    for (int i = pdf.length - EOF_MARKER.length; i >= from; i--) {
      for (int j = 0; j < EOF_MARKER.length; j++) {
        if (pdf[i + j] != EOF_MARKER[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  private static byte[] sample(String name, Path samplesDir) throws IOException {
    if (samplesDir != null) {
      Path file = samplesDir.resolve(name);
      if (!Files.isRegularFile(file)) {
        throw new IllegalArgumentException("Cannot read sample " + name + ": no such file in " + samplesDir);
      }
      return Files.readAllBytes(file);
    }
    try (InputStream in = BenchCorpus.class.getResourceAsStream("/samples/" + name)) {
      if (in != null) {
        return in.readAllBytes();
      }
    }
    List<Path> tried = new ArrayList<>();
    tried.add(Path.of("samples"));
    Path project = projectDir();
    if (project != null) {
      tried.add(project.resolve("samples"));
    }
    for (Path dir : tried) {
      Path file = dir.resolve(name);
      if (Files.isRegularFile(file)) {
        return Files.readAllBytes(file);
      }
    }
    throw new IllegalArgumentException(
        "Cannot read sample " + name + ": not on the classpath under /samples/ nor in " + tried
            + " (use --samples DIR)");
  }

  /** The project directory when running from {@code target/classes}, else null. */
  private static Path projectDir() {
    try {
      var source = BenchCorpus.class.getProtectionDomain().getCodeSource();
      if (source == null) {
        return null;
      }
      Path classes = Path.of(source.getLocation().toURI());
      Path target = classes.getParent();
      return target == null ? null : target.getParent();
    } catch (URISyntaxException | RuntimeException e) {
      return null;
    }
  }
}
