// Regenerates the ingest fixtures in this directory. Run from the repository root:
//   jshell --class-path "$(ls ~/.m2/repository/org/apache/pdfbox/{pdfbox,pdfbox-io,fontbox}/3.0.5/*.jar ~/.m2/repository/commons-logging/commons-logging/1.3.5/*.jar | paste -sd:)" \
//     src/test/resources/ingest/make-fixtures.jsh
// jshell reads each complete line as a statement: continued expressions end their line with an operator.
// The output is deterministic except for the PDF fixtures (PDFBox writes a random document id); review and commit.
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;

Path dir = Path.of("src/test/resources/ingest");
String report = "洪泽区人民政府\n2023年政府信息公开工作年度报告\n一、总体情况\n全年主动公开政府信息1136条。\n";

void write(String name, byte[] bytes) throws Exception { Files.write(dir.resolve(name), bytes); }
byte[] concat(byte[] a, byte[] b) { byte[] c = java.util.Arrays.copyOf(a, a.length + b.length); System.arraycopy(b, 0, c, a.length, b.length); return c; }
byte[] bom(int... b) { byte[] r = new byte[b.length]; for (int i = 0; i < b.length; i++) r[i] = (byte) b[i]; return r; }

write("empty.txt", new byte[0]);
write("whitespace-only.txt", " \n\t\u3000\r\n".getBytes(StandardCharsets.UTF_8));
write("utf8-report.txt", report.getBytes(StandardCharsets.UTF_8));
write("utf8-bom-report.txt", concat(bom(0xEF, 0xBB, 0xBF), report.getBytes(StandardCharsets.UTF_8)));
write("utf16le-bom-report.txt", concat(bom(0xFF, 0xFE), report.getBytes(StandardCharsets.UTF_16LE)));
write("utf16be-bom-report.txt", concat(bom(0xFE, 0xFF), report.getBytes(StandardCharsets.UTF_16BE)));
// 㐀 (U+3400) is outside GBK: only GB18030's four-byte form encodes it.
write("gb18030-report.txt", (report + "扩展字：㐀\n").getBytes(Charset.forName("GB18030")));
write("utf8-then-invalid-byte.txt", concat("报告".getBytes(StandardCharsets.UTF_8), bom(0xFF)));
write("punctuation-only.txt", "------\n======\n……\n".getBytes(StandardCharsets.UTF_8));

String page = "<!DOCTYPE html>\n<html><head><meta charset=gbk><title>年度报告</title></head>\n<body><p>洪泽区人民政府</p>" +
    "<table><tr><td>规章</td><td>0</td></tr></table></body></html>\n";
write("report-page.html", page.getBytes(Charset.forName("GBK")));
write("utf8-page-declaring-gbk.html", page.getBytes(StandardCharsets.UTF_8));
String big5 = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=big5\"></head>" +
    "<body><p>政府資訊公開年度報告</p></body></html>\n";
write("big5-page.html", big5.getBytes(Charset.forName("Big5")));
write("markup-only.html", "<html><body><div><img src=\"scan.png\"></div><p>&nbsp;</p></body></html>\n".getBytes(StandardCharsets.UTF_8));

// Binary: a NUL at offset 4 (a ZIP local header), and a NUL-free variant full of control bytes.
write("binary-garbage.txt", bom(0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0x13, 0x37));
byte[] controls = new byte[100];
for (int i = 0; i < controls.length; i++) controls[i] = (byte) (i % 10 == 0 ? 0x01 : 'a');
write("control-chars.txt", controls);

BufferedImage pixel = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
ByteArrayOutputStream png = new ByteArrayOutputStream();
ImageIO.write(pixel, "png", png);
write("png-named-as.txt", png.toByteArray());
ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
ImageIO.write(pixel, "jpeg", jpeg);
write("jpeg-named-as.pdf", jpeg.toByteArray());

PDDocument textPdf(String line) throws Exception {
  PDDocument doc = new PDDocument();
  PDPage p = new PDPage();
  doc.addPage(p);
  try (PDPageContentStream cs = new PDPageContentStream(doc, p)) {
    cs.beginText();
    cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
    cs.newLineAtOffset(72, 700);
    cs.showText(line);
    cs.endText();
  }
  return doc;
}

try (PDDocument doc = textPdf("Annual report")) {
  StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "secret", new AccessPermission());
  doc.protect(policy);
  doc.save(dir.resolve("encrypted-user-password.pdf").toFile());
}
try (PDDocument doc = textPdf("Owner password only")) {
  AccessPermission noCopy = new AccessPermission();
  noCopy.setCanExtractContent(false);
  doc.protect(new StandardProtectionPolicy("owner", "", noCopy));
  doc.save(dir.resolve("owner-password-only.pdf").toFile());
}
try (PDDocument doc = new PDDocument()) {
  PDPage p = new PDPage();
  doc.addPage(p);
  BufferedImage scan = new BufferedImage(200, 100, BufferedImage.TYPE_BYTE_GRAY);
  try (PDPageContentStream cs = new PDPageContentStream(doc, p)) {
    cs.drawImage(LosslessFactory.createFromImage(doc, scan), 72, 600, 200, 100);
  }
  doc.save(dir.resolve("scanned-image-only.pdf").toFile());
}
write("pdf-header-then-garbage.pdf", "%PDF-1.7\nthis is not a PDF body\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
/exit
