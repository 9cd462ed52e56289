package org.trayflow.localservices;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * A signing key pair for API tokens, made afresh for each local run; production supplies its own.
 */
record TokenKeys(String privateKeyPem, String publicKeyPem) {

  static TokenKeys generate() throws NoSuchAlgorithmException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    KeyPair pair = generator.generateKeyPair();
    return new TokenKeys(
        pem("PRIVATE KEY", pair.getPrivate().getEncoded()),
        pem("PUBLIC KEY", pair.getPublic().getEncoded()));
  }

  /** On one line: it travels in an XML attribute, where line breaks would not survive. */
  private static String pem(String type, byte[] der) {
    return "-----BEGIN "
        + type
        + "-----"
        + Base64.getEncoder().encodeToString(der)
        + "-----END "
        + type
        + "-----";
  }
}
