package org.trayflow.identity;

/** A bearer token and how many seconds it is valid for. */
public record IssuedToken(String token, int expiresInSeconds) {}
