package org.trayflow.it;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Deque's axe-core, run in the page as it is now, against WCAG 2.2 A and AA: the serious and
 * critical violations, each with the rule, what it asks and where it was found.
 */
final class Accessibility {

  private static final List<String> WCAG_22_AA =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

  private Accessibility() {}

  /** The serious and critical violations on the page, in words; empty when there are none. */
  static List<String> seriousViolations(Page page) {
    AxeResults results = new AxeBuilder(page).withTags(WCAG_22_AA).analyze();
    return results.getViolations().stream()
        .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
        .map(Accessibility::words)
        .toList();
  }

  private static String words(Rule rule) {
    return rule.getImpact()
        + " "
        + rule.getId()
        + " ("
        + rule.getHelp()
        + ") at "
        + rule.getNodes().stream()
            .limit(5)
            .map(node -> String.valueOf(node.getTarget()))
            .collect(Collectors.joining(", "));
  }
}
