package org.trayflow.hospitals;

/**
 * What the platform's short form asks of a hospital to register: enough to let its first
 * administrator in, who configures the rest.
 *
 * @param timeZone an IANA zone such as Europe/London
 * @param locale its language and country (en-GB, fr-FR…); British English when none is given
 * @param administrator the user name of its first administrator
 */
public record NewHospital(
    String slug,
    String name,
    String timeZone,
    String locale,
    String siteSlug,
    String siteName,
    String administrator,
    String administratorName) {}
