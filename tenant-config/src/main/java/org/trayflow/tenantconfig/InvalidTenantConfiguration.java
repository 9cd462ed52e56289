package org.trayflow.tenantconfig;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A configuration file that cannot be used, with every problem found in it (not just the first).
 */
public class InvalidTenantConfiguration extends RuntimeException {

  private final String source;
  private final transient List<ConfigurationProblem> problems;

  public InvalidTenantConfiguration(String source, List<ConfigurationProblem> problems) {
    super(
        source
            + " is not a valid tenant configuration: "
            + problems.stream()
                .map(ConfigurationProblem::toString)
                .collect(Collectors.joining("; ")));
    this.source = source;
    this.problems = List.copyOf(problems);
  }

  public String source() {
    return source;
  }

  public List<ConfigurationProblem> problems() {
    return problems;
  }
}
