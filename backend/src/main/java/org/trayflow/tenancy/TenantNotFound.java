package org.trayflow.tenancy;

import org.trayflow.platform.ExpectedFailure;

/** No tenant goes by that slug (or none the caller may see: the two are not told apart). */
public class TenantNotFound extends ExpectedFailure {

  public TenantNotFound(String slug) {
    super(Kind.NOT_FOUND, "tenant-not-found", "There is no tenant '" + slug + "'.");
  }
}
