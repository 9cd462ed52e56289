package org.trayflow.tenancy;

import org.trayflow.platform.ExpectedFailure;

/** No site of the caller's tenant goes by that slug (another tenant's site is not told apart). */
public class SiteNotFound extends ExpectedFailure {

  public SiteNotFound(String slug) {
    super(Kind.NOT_FOUND, "site-not-found", "There is no site '" + slug + "'.");
  }
}
