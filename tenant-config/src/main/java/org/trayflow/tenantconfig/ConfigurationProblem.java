package org.trayflow.tenantconfig;

/**
 * One thing wrong with a configuration file: where it is ({@code sites[1].slug}) and why it is
 * wrong.
 */
public record ConfigurationProblem(String field, String reason) {

  @Override
  public String toString() {
    return field + ": " + reason;
  }
}
