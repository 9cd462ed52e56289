package org.trayflow.patients;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An admission or transfer as the record sends it: who, and which site, ward and bed from when.
 *
 * @param site @param ward slugs of the hospital's configuration
 */
public record Placement(
    String mrn,
    String familyName,
    String givenName,
    LocalDate birthDate,
    String encounter,
    String site,
    String ward,
    String bed,
    Instant since) {}
