package org.trayflow.identity;

import java.time.Instant;
import java.util.Optional;

/** A hospital's people at a glance: how many may sign in, and when one last did. */
public record PeopleActivity(long activePeople, Optional<Instant> lastSignIn) {}
