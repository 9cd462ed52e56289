package org.trayflow.menus;

import java.time.LocalDate;
import org.trayflow.tenantconfig.Slug;

/**
 * A week's menu was published as a new version; fired inside the publication's transaction, so that
 * what follows from it (the portions on sale) is committed with it or not at all.
 */
/**
 * @param site the site's slug, for messages; {@code siteId} for rows
 */
public record MenuPublished(
    Slug tenant, String site, long siteId, LocalDate monday, long weeklyMenuId, int version) {}
