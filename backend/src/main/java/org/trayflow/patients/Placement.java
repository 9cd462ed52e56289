package org.trayflow.patients;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.trayflow.tenantconfig.Language;

/**
 * An admission or transfer as the record sends it: who, and which site, ward and bed from when.
 *
 * @param site @param ward slugs of the hospital's configuration
 * @param reads the language the record names for the patient, where it names one Trayflow writes
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
    Instant since,
    Optional<Language> reads) {}
