package org.trayflow.identity;

/** A new API client with its secret, which is shown this once and stored only hashed. */
public record RegisteredApiClient(String clientId, String clientSecret) {}
