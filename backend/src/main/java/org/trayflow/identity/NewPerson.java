package org.trayflow.identity;

/**
 * A person just added, with the first password to hand them; it is shown this once and stored only
 * hashed.
 */
public record NewPerson(Person person, String firstPassword) {}
