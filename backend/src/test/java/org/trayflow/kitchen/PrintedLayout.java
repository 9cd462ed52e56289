package org.trayflow.kitchen;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Where every printed glyph of a PDF lies, read back from the PDF itself: what a person holding the
 * page would see cut off at an edge or printed over other text.
 */
final class PrintedLayout {

  /** One glyph's box on its page, top-down coordinates as PDFBox gives them. */
  record Glyph(int page, String text, float left, float top, float right, float bottom) {

    boolean overlaps(Glyph other, float tolerance) {
      return page == other.page
          && left < other.right - tolerance
          && other.left < right - tolerance
          && top < other.bottom - tolerance
          && other.top < bottom - tolerance;
    }
  }

  final List<Glyph> glyphs = new ArrayList<>();
  final List<PDRectangle> pages = new ArrayList<>();
  final String text;

  PrintedLayout(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      document.getPages().forEach(page -> pages.add(page.getMediaBox()));
      PDFTextStripper stripper =
          new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition glyph) {
              super.processTextPosition(glyph);
              if (!glyph.getUnicode().isBlank()) {
                glyphs.add(
                    new Glyph(
                        getCurrentPageNo(),
                        glyph.getUnicode(),
                        glyph.getXDirAdj(),
                        glyph.getYDirAdj() - glyph.getHeightDir(),
                        glyph.getXDirAdj() + glyph.getWidthDirAdj(),
                        glyph.getYDirAdj()));
              }
            }
          };
      stripper.setSortByPosition(false);
      text = stripper.getText(document);
    }
  }

  /** Glyphs any part of which lies outside their page. */
  List<Glyph> outsideThePage() {
    return glyphs.stream()
        .filter(
            g -> {
              PDRectangle box = pages.get(g.page() - 1);
              return g.left() < 0
                  || g.top() < 0
                  || g.right() > box.getWidth()
                  || g.bottom() > box.getHeight();
            })
        .toList();
  }

  /** Pairs of glyphs printed over each other (touching neighbours in a word do not count). */
  List<String> overlapping() {
    List<Glyph> byTop = new ArrayList<>(glyphs);
    byTop.sort(Comparator.comparingInt(Glyph::page).thenComparing(Glyph::top));
    List<String> found = new ArrayList<>();
    for (int i = 0; i < byTop.size() && found.size() < 10; i++) {
      Glyph a = byTop.get(i);
      for (int j = i + 1; j < byTop.size(); j++) {
        Glyph b = byTop.get(j);
        if (b.page() != a.page() || b.top() >= a.bottom()) {
          break;
        }
        if (a.overlaps(b, 0.3f)) {
          found.add(a + " over " + b);
        }
      }
    }
    return found;
  }
}
