package org.trayflow.tenancy;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;

/** One line of a configuration diff: kept (shown around a change for context), removed or added. */
public record DiffLine(Kind kind, String text) {

  /** How the line changed. */
  public enum Kind {
    KEPT,
    REMOVED,
    ADDED,
    SKIPPED
  }

  /** Lines of context kept around each change. */
  private static final int CONTEXT = 2;

  /**
   * The changed lines of the second file against the first, each with a little of what surrounds
   * it.
   */
  static List<DiffLine> between(String before, String after) {
    List<String> old = before.lines().toList();
    List<String> changed = after.lines().toList();
    Patch<String> patch = DiffUtils.diff(old, changed);
    List<DiffLine> lines = new ArrayList<>();
    int shownUpTo = 0; // lines of the old file already shown or skipped
    List<AbstractDelta<String>> deltas = patch.getDeltas();
    for (int i = 0; i < deltas.size(); i++) {
      AbstractDelta<String> delta = deltas.get(i);
      int nextStart =
          i + 1 < deltas.size() ? deltas.get(i + 1).getSource().getPosition() : old.size();
      int start = delta.getSource().getPosition();
      int contextFrom = Math.max(shownUpTo, start - CONTEXT);
      if (contextFrom > shownUpTo) {
        lines.add(
            new DiffLine(Kind.SKIPPED, "… " + (contextFrom - shownUpTo) + " line(s) unchanged"));
      }
      old.subList(contextFrom, start).forEach(line -> lines.add(new DiffLine(Kind.KEPT, line)));
      delta.getSource().getLines().forEach(line -> lines.add(new DiffLine(Kind.REMOVED, line)));
      delta.getTarget().getLines().forEach(line -> lines.add(new DiffLine(Kind.ADDED, line)));
      int end = start + delta.getSource().size();
      int contextTo = Math.min(nextStart, end + CONTEXT);
      old.subList(end, contextTo).forEach(line -> lines.add(new DiffLine(Kind.KEPT, line)));
      shownUpTo = contextTo;
    }
    if (!deltas.isEmpty() && shownUpTo < old.size()) {
      lines.add(new DiffLine(Kind.SKIPPED, "… " + (old.size() - shownUpTo) + " line(s) unchanged"));
    }
    return lines;
  }
}
