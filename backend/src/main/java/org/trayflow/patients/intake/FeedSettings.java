package org.trayflow.patients.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The record feed's settings, all in one place (server.xml variables, or environment variables such
 * as TRAYFLOW_HL7_PORT). Every default is the safe one: TLS with client certificates, no plain
 * listener, and limits that keep one sender from starving the others. docs/patient-records.md says
 * how an interface engine is connected.
 */
@ApplicationScoped
public class FeedSettings {

  /** MLLP over TLS; 0 turns the listener off. */
  @Inject
  @ConfigProperty(name = "trayflow.hl7.port", defaultValue = "2575")
  private int port;

  @Inject
  @ConfigProperty(name = "trayflow.hl7.bind-address", defaultValue = "0.0.0.0")
  private String bindAddress;

  /** The listener's own certificate and key (PKCS#12), read again when the file changes. */
  @Inject
  @ConfigProperty(name = "trayflow.hl7.tls.keystore")
  private Optional<String> keystore;

  @Inject
  @ConfigProperty(name = "trayflow.hl7.tls.keystore-password", defaultValue = "")
  private String keystorePassword;

  /** The directory of registered interface engines' certificates (EngineCertificates). */
  @Inject
  @ConfigProperty(name = "trayflow.hl7.tls.engine-certificates")
  private Optional<String> engineCertificates;

  /**
   * Plain MLLP, for an operator who terminates TLS in front of Trayflow (stunnel, a service mesh):
   * off unless a port is given, only on the address named (this machine alone by default), and for
   * the one sender the operator names ({@code hospital-slug.RECORD-SYSTEM}), since a plain
   * connection proves nothing by itself.
   */
  @Inject
  @ConfigProperty(name = "trayflow.hl7.plain.port", defaultValue = "0")
  private int plainPort;

  @Inject
  @ConfigProperty(name = "trayflow.hl7.plain.bind-address", defaultValue = "127.0.0.1")
  private String plainBindAddress;

  @Inject
  @ConfigProperty(name = "trayflow.hl7.plain.sender")
  private Optional<String> plainSender;

  @Inject
  @ConfigProperty(name = "trayflow.hl7.max-message-bytes", defaultValue = "1048576")
  private int maxMessageBytes;

  @Inject
  @ConfigProperty(name = "trayflow.hl7.idle-timeout-seconds", defaultValue = "300")
  private int idleSeconds;

  @Inject
  @ConfigProperty(name = "trayflow.hl7.message-deadline-seconds", defaultValue = "30")
  private int messageSeconds;

  @Inject
  @ConfigProperty(name = "trayflow.hl7.handshake-timeout-seconds", defaultValue = "10")
  private int handshakeSeconds;

  @Inject
  @ConfigProperty(name = "trayflow.hl7.max-connections", defaultValue = "64")
  private int maxConnections;

  @Inject
  @ConfigProperty(name = "trayflow.hl7.max-connections-per-sender", defaultValue = "4")
  private int perSender;

  int port() {
    return port;
  }

  String bindAddress() {
    return bindAddress;
  }

  char[] keystorePassword() {
    return keystorePassword.toCharArray();
  }

  int plainPort() {
    return plainPort;
  }

  String plainBindAddress() {
    return plainBindAddress;
  }

  FeedLimits limits() {
    return new FeedLimits(
        maxMessageBytes,
        Duration.ofSeconds(idleSeconds),
        Duration.ofSeconds(messageSeconds),
        Duration.ofSeconds(handshakeSeconds),
        maxConnections,
        perSender);
  }

  Optional<Path> keystore() {
    return keystore.filter(file -> !file.isBlank()).map(Path::of);
  }

  Optional<Path> engineCertificates() {
    return engineCertificates.filter(directory -> !directory.isBlank()).map(Path::of);
  }

  Optional<EngineCertificates.Engine> plainSender() {
    return plainSender
        .filter(sender -> !sender.isBlank())
        .flatMap(sender -> EngineCertificates.engineNamed(sender + ".pem"));
  }
}
