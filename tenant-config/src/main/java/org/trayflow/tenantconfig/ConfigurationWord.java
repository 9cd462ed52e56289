package org.trayflow.tenantconfig;

import java.util.Locale;

/**
 * An enumeration written in configuration files in lower case with hyphens ({@code pick-up-point}).
 */
public interface ConfigurationWord {

  String name();

  default String word() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
