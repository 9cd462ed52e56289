package org.trayflow.ui.admin;

import java.util.ArrayList;
import java.util.List;

/** Edits of the configuration's lists by the forms that show one element at a time. */
final class Editing {

  private Editing() {}

  /**
   * The list with the element at {@code index} replaced, or appended when the index is one past the
   * end.
   */
  static <T> List<T> replaceOrAppend(List<T> list, int index, T element) {
    List<T> changed = new ArrayList<>(list);
    if (index < changed.size()) {
      changed.set(index, element);
    } else {
      changed.add(element);
    }
    return changed;
  }
}
