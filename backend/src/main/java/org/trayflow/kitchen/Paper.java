package org.trayflow.kitchen;

import com.google.zxing.common.BitMatrix;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Printed pages that flow: the same header on every page, then paragraphs and tables placed top to
 * bottom, a new page whenever the next line or table row would not fit, a table's header row
 * repeated on it, and "page n of m" at the foot. Every line is measured before it is placed and
 * wrapped to its width (a word wider than its column is cut), so that no text runs off the page or
 * over other text, however long the names.
 */
final class Paper implements AutoCloseable {

  /**
   * Line height as a multiple of the font size: leaves the glyphs of one line clear of the next.
   */
  private static final float LEADING = 1.3f;

  private static final float CELL_PADDING = 3;
  private static final float FOOTER_SIZE = 8;

  /** One line of the header, or one paragraph. */
  record Text(String words, float size, boolean bold) {}

  /** A table's column: its title, its share of the width, and whether numbers are set right. */
  record Column(String title, float share, boolean numbers) {}

  private final PDDocument pdf = new PDDocument();
  private final PDRectangle size;
  private final float margin;
  private final PDType1Font plain = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
  private final List<PDPage> pages = new ArrayList<>();
  private List<Text> header = List.of();
  private Optional<BitMatrix> code = Optional.empty();
  private PDPageContentStream ink;
  private float y;

  /** What each page is called at its foot: "Page 2 of 5", "Label 3 of 40". */
  private final String pageWord;

  Paper(PDRectangle size, float margin, String pageWord) {
    this.size = size;
    this.margin = margin;
    this.pageWord = pageWord;
  }

  /** Starts a page (a label, a document) with this header, and a code drawn at its top right. */
  void start(List<Text> header, Optional<BitMatrix> code) {
    this.header = List.copyOf(header);
    this.code = code;
    newPage();
  }

  /** The rest on a new page, under the same header: a ward's tickets go with its trolley. */
  void pageBreak() {
    newPage();
  }

  void paragraph(Text text) {
    PDType1Font font = text.bold() ? bold : plain;
    for (String line : wrap(text.words(), font, text.size(), width())) {
      if (!fits(text.size() * LEADING)) {
        newPage();
      }
      show(line, font, text.size(), margin, y - text.size());
      y -= text.size() * LEADING;
    }
  }

  void space(float height) {
    y -= height;
  }

  /** A table of rows under its columns' titles; a row is never split across pages. */
  void table(List<Column> columns, List<List<String>> rows, float fontSize) {
    float total = (float) columns.stream().mapToDouble(Column::share).sum();
    float[] widths = new float[columns.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = width() * columns.get(i).share() / total;
    }
    List<String> titles = columns.stream().map(Column::title).toList();
    row(columns, widths, titles, fontSize, true);
    for (List<String> row : rows) {
      float height = rowHeight(widths, row, fontSize, false);
      if (!fits(height)) {
        newPage();
        row(columns, widths, titles, fontSize, true);
      }
      row(columns, widths, row, fontSize, false);
    }
  }

  byte[] bytes() {
    try {
      closePage();
      for (int i = 0; i < pages.size(); i++) {
        try (PDPageContentStream foot =
            new PDPageContentStream(
                pdf, pages.get(i), PDPageContentStream.AppendMode.APPEND, true)) {
          String page = pageWord + " " + (i + 1) + " of " + pages.size();
          float width = plain.getStringWidth(page) / 1000 * FOOTER_SIZE;
          write(foot, page, plain, FOOTER_SIZE, size.getWidth() - margin - width, margin / 2);
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      pdf.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      closePage();
      pdf.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void row(
      List<Column> columns, float[] widths, List<String> cells, float fontSize, boolean heading) {
    float height = Math.min(rowHeight(widths, cells, fontSize, heading), y - bottom());
    PDType1Font font = heading ? bold : plain;
    try {
      if (heading) {
        ink.setNonStrokingColor(0.88f);
        ink.addRect(margin, y - height, width(), height);
        ink.fill();
        ink.setNonStrokingColor(0f);
      }
      ink.setLineWidth(0.5f);
      float x = margin;
      for (int i = 0; i < widths.length; i++) {
        ink.addRect(x, y - height, widths[i], height);
        ink.stroke();
        float inner = widths[i] - 2 * CELL_PADDING;
        float top = y - CELL_PADDING;
        for (String line : wrap(i < cells.size() ? cells.get(i) : "", font, fontSize, inner)) {
          if (top - fontSize * LEADING < y - height) {
            break; // a cell taller than a whole page: what does not fit is left out, never printed
            // over
          }
          float lineWidth = font.getStringWidth(printable(line)) / 1000 * fontSize;
          float left =
              columns.get(i).numbers()
                  ? x + widths[i] - CELL_PADDING - lineWidth
                  : x + CELL_PADDING;
          show(line, font, fontSize, left, top - fontSize);
          top -= fontSize * LEADING;
        }
        x += widths[i];
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    y -= height;
  }

  private float rowHeight(float[] widths, List<String> cells, float fontSize, boolean heading) {
    PDType1Font font = heading ? bold : plain;
    int lines = 1;
    for (int i = 0; i < widths.length; i++) {
      lines =
          Math.max(
              lines,
              wrap(
                      i < cells.size() ? cells.get(i) : "",
                      font,
                      fontSize,
                      widths[i] - 2 * CELL_PADDING)
                  .size());
    }
    return lines * fontSize * LEADING + 2 * CELL_PADDING;
  }

  private void newPage() {
    try {
      closePage();
      PDPage page = new PDPage(size);
      pdf.addPage(page);
      pages.add(page);
      ink = new PDPageContentStream(pdf, page);
      y = size.getHeight() - margin;
      float codeSide = code.map(matrix -> Math.min(72f, width() / 3)).orElse(0f);
      if (code.isPresent()) {
        drawCode(code.get(), size.getWidth() - margin - codeSide, y - codeSide, codeSide);
      }
      float headerTop = y;
      for (Text line : header) {
        PDType1Font font = line.bold() ? bold : plain;
        for (String part :
            wrap(line.words(), font, line.size(), width() - (codeSide > 0 ? codeSide + 6 : 0))) {
          show(part, font, line.size(), margin, y - line.size());
          y -= line.size() * LEADING;
        }
      }
      y = Math.min(y, headerTop - codeSide) - 4;
      ink.setLineWidth(0.75f);
      ink.moveTo(margin, y);
      ink.lineTo(size.getWidth() - margin, y);
      ink.stroke();
      y -= 8;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The code as filled squares: sharp at any printer's resolution, and no image to embed. */
  private void drawCode(BitMatrix matrix, float x, float bottom, float side) throws IOException {
    float cell = side / matrix.getWidth();
    for (int row = 0; row < matrix.getHeight(); row++) {
      for (int column = 0; column < matrix.getWidth(); column++) {
        if (matrix.get(column, row)) {
          ink.addRect(x + column * cell, bottom + side - (row + 1) * cell, cell, cell);
        }
      }
    }
    ink.fill();
  }

  private void closePage() throws IOException {
    if (ink != null) {
      ink.close();
      ink = null;
    }
  }

  private boolean fits(float height) {
    return y - height >= bottom();
  }

  private float bottom() {
    return margin;
  }

  private float width() {
    return size.getWidth() - 2 * margin;
  }

  private void show(String line, PDType1Font font, float fontSize, float x, float baseline) {
    try {
      write(ink, line, font, fontSize, x, baseline);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(
      PDPageContentStream stream,
      String line,
      PDType1Font font,
      float fontSize,
      float x,
      float baseline)
      throws IOException {
    stream.beginText();
    stream.setFont(font, fontSize);
    stream.newLineAtOffset(x, baseline);
    stream.showText(printable(line));
    stream.endText();
  }

  /** Words onto the width; a word longer than the width is cut where it must be. */
  static List<String> wrap(String text, PDType1Font font, float fontSize, float width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : printable(text).split(" ")) {
      String candidate = line.isEmpty() ? word : line + " " + word;
      if (measure(candidate, font, fontSize) <= width) {
        line = new StringBuilder(candidate);
        continue;
      }
      if (!line.isEmpty()) {
        lines.add(line.toString());
        line = new StringBuilder();
      }
      for (char c : word.toCharArray()) {
        if (!line.isEmpty() && measure(line.toString() + c, font, fontSize) > width) {
          lines.add(line.toString());
          line = new StringBuilder();
        }
        line.append(c);
      }
    }
    lines.add(line.toString());
    return lines;
  }

  private static float measure(String text, PDType1Font font, float fontSize) {
    try {
      return font.getStringWidth(text) / 1000 * fontSize;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The standard fonts know Latin-1 only: accents are kept where they can be, other letters lose
   * their marks.
   */
  static String printable(String text) {
    StringBuilder kept = new StringBuilder();
    for (char c : text.toCharArray()) {
      if (c == '\n' || c == '\r' || c == '\t') {
        kept.append(' ');
      } else if (c >= 32 && c < 127 || c >= 160 && c < 256) {
        kept.append(c);
      } else {
        Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD)
            .chars()
            .filter(part -> part >= 32 && part < 127)
            .forEach(part -> kept.append((char) part));
      }
    }
    return kept.toString();
  }
}
