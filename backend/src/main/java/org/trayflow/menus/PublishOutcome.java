package org.trayflow.menus;

import java.util.List;

/** The version a publication made, and what changed against the version before it. */
public record PublishOutcome(int version, List<String> changes) {}
