package org.trayflow.tenantconfig;

/** One hospital or campus of a tenant, where meals are cooked and delivered. */
public record SiteConfiguration(Slug slug, String name) {}
