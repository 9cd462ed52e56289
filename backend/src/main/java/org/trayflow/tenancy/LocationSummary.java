package org.trayflow.tenancy;

/** A ward, department or pick-up point, as people choose it when they order. */
public record LocationSummary(String slug, String name, String kind) {}
