package org.trayflow.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trayflow.tenancy.DiffLine.Kind;

class DiffLineTest {

  @Test
  void a_changed_line_is_shown_removed_and_added_with_two_lines_of_context_and_the_rest_skipped() {
    String before = "a\nb\nc\nd\ne\nf\ng\nh\n";
    String after = "a\nb\nc\nd\nE\nf\ng\nh\n";

    List<DiffLine> diff = DiffLine.between(before, after);

    assertThat(diff)
        .containsExactly(
            new DiffLine(Kind.SKIPPED, "… 2 line(s) unchanged"),
            new DiffLine(Kind.KEPT, "c"),
            new DiffLine(Kind.KEPT, "d"),
            new DiffLine(Kind.REMOVED, "e"),
            new DiffLine(Kind.ADDED, "E"),
            new DiffLine(Kind.KEPT, "f"),
            new DiffLine(Kind.KEPT, "g"),
            new DiffLine(Kind.SKIPPED, "… 1 line(s) unchanged"));
  }

  @Test
  void changes_close_together_share_their_context_and_no_line_is_shown_twice() {
    List<DiffLine> diff = DiffLine.between("a\nb\nc\nd\n", "A\nb\nC\nd\n");

    assertThat(diff)
        .containsExactly(
            new DiffLine(Kind.REMOVED, "a"),
            new DiffLine(Kind.ADDED, "A"),
            new DiffLine(Kind.KEPT, "b"),
            new DiffLine(Kind.REMOVED, "c"),
            new DiffLine(Kind.ADDED, "C"),
            new DiffLine(Kind.KEPT, "d"));
  }

  @Test
  void the_first_version_is_all_added_and_the_same_file_shows_nothing() {
    assertThat(DiffLine.between("", "slug: x\n"))
        .containsExactly(new DiffLine(Kind.ADDED, "slug: x"));
    assertThat(DiffLine.between("slug: x\n", "slug: x\n")).isEmpty();
  }
}
