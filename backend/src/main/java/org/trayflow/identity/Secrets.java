package org.trayflow.identity;

import java.security.SecureRandom;

/** Random first passwords and client secrets, from letters and digits that are hard to misread. */
final class Secrets {

  private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  private Secrets() {}

  /** 16 characters: about 92 bits, typed by a person once. */
  static String firstPassword() {
    return random(16);
  }

  /** 40 characters: about 230 bits, kept by a machine. */
  static String clientSecret() {
    return random(40);
  }

  private static String random(int length) {
    StringBuilder secret = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      secret.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return secret.toString();
  }
}
