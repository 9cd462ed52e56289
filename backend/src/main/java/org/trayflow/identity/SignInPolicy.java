package org.trayflow.identity;

import java.time.Duration;

/**
 * How hard Trayflow makes guessing passwords, and how little it lets guessing cost everyone else.
 */
final class SignInPolicy {

  /**
   * Failures forgiven before each next try waits, and the longest wait, for one counter of {@link
   * SignInThrottle}. Past the free failures the wait doubles with each failure (1 s, 2 s, 4 s…) up
   * to the longest.
   */
  record Allowance(int freeFailures, Duration longestWait) {}

  /**
   * One name from one place: a person who forgot their password, or someone guessing it. Slowed
   * hard.
   */
  static final Allowance NAME_FROM_ONE_SOURCE = new Allowance(5, Duration.ofMinutes(15));

  /**
   * One place, every name: a ward terminal many nurses share, or one machine trying many names.
   * Slowed gently, so that a ward is never kept out for long.
   */
  static final Allowance ONE_SOURCE = new Allowance(20, Duration.ofMinutes(1));

  /**
   * One name from everywhere: guessing spread over many machines. Its wait is short, so that the
   * person whose name it is waits a minute at most, never finds their account locked by a stranger.
   */
  static final Allowance ONE_NAME = new Allowance(50, Duration.ofMinutes(1));

  /** How long a counter remembers failures after the last one. */
  static final Duration MEMORY = Duration.ofMinutes(30);

  /** OWASP's 2023 advice for PBKDF2-HMAC-SHA512. */
  static final int PBKDF2_ITERATIONS = 210_000;

  private SignInPolicy() {}
}
