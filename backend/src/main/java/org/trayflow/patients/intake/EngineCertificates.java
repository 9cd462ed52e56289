package org.trayflow.patients.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;
import org.trayflow.tenantconfig.Slug;

/**
 * The interface engines allowed to feed hospitals' records, as the operator registers them: a
 * directory with one file per sender, {@code <hospital-slug>.<RECORD-SYSTEM>.pem}, holding that
 * engine's client certificate (or two while one is being rotated). A certificate is trusted exactly
 * (pinned by its SHA-256 fingerprint), not because some authority signed it, so one hospital's
 * certificate can never speak for another. The directory is read again when it changes (a
 * Kubernetes Secret mounted as files is updated in place), so an engine is added, rotated or
 * removed without a restart, and a removed one is cut off at its next message (decision 0013).
 */
@ApplicationScoped
public class EngineCertificates {

  private static final Logger LOG = Logger.getLogger(EngineCertificates.class.getName());
  private static final long RESCAN_NANOS = 1_000_000_000L;

  @Inject FeedSettings settings;

  private volatile Registered registered = new Registered("", Map.of(), 0);

  /** An interface engine as registered: which hospital's record system it speaks for. */
  record Engine(Slug hospital, String recordSystem) {}

  /** Whose engine this certificate is, if it is registered and valid now. */
  Optional<Engine> engineOf(X509Certificate certificate) {
    try {
      certificate.checkValidity();
    } catch (CertificateException expiredOrNotYet) {
      return Optional.empty();
    }
    return lookUp(fingerprint(certificate));
  }

  /** Accepts a client's certificate only when it is a registered engine's, valid now. */
  X509ExtendedTrustManager trustManager() {
    return new PinnedEngines();
  }

  /**
   * A registration is believed for a second (so a removed engine is cut off within one); a
   * certificate not found is looked for again at once, so that an engine registered a moment ago
   * can connect.
   */
  private Optional<Engine> lookUp(String fingerprint) {
    Registered known = registered;
    Engine engine =
        System.nanoTime() - known.readAt < RESCAN_NANOS ? known.engines.get(fingerprint) : null;
    return Optional.ofNullable(engine != null ? engine : rescan().engines.get(fingerprint));
  }

  private synchronized Registered rescan() {
    String state = directoryState();
    Map<String, Engine> engines = state.equals(registered.state) ? registered.engines : read();
    registered = new Registered(state, engines, System.nanoTime());
    return registered;
  }

  /** Names, sizes and modification times: enough to tell that something changed. */
  private String directoryState() {
    try (Stream<Path> files = pemFiles()) {
      StringBuilder state = new StringBuilder();
      for (Path file : files.sorted().toList()) {
        state
            .append(file.getFileName())
            .append(':')
            .append(Files.size(file))
            .append(':')
            .append(Files.getLastModifiedTime(file).toMillis())
            .append(';');
      }
      return state.toString();
    } catch (IOException unreadable) {
      return "unreadable: " + unreadable.getMessage();
    }
  }

  private Map<String, Engine> read() {
    Map<String, Engine> engines = new HashMap<>();
    try (Stream<Path> files = pemFiles()) {
      for (Path file : files.toList()) {
        Optional<Engine> engine = engineNamed(file.getFileName().toString());
        if (engine.isEmpty()) {
          LOG.warning(
              () ->
                  "HL7 engine certificate "
                      + file
                      + " ignored: name it <hospital-slug>.<RECORD-SYSTEM>.pem");
          continue;
        }
        for (X509Certificate certificate : certificates(file)) {
          Engine earlier = engines.putIfAbsent(fingerprint(certificate), engine.get());
          if (earlier != null && !earlier.equals(engine.get())) {
            // one certificate for two senders would let one speak for the other: trust it for
            // neither
            engines.put(fingerprint(certificate), new Engine(null, null));
            LOG.warning(
                () ->
                    "HL7 engine certificate in "
                        + file
                        + " is registered for "
                        + earlier
                        + " too; refused for both");
          }
        }
      }
    } catch (IOException unreadable) {
      LOG.warning(
          () ->
              "HL7 engine certificates unreadable in "
                  + settings.engineCertificates()
                  + ": "
                  + unreadable.getMessage()
                  + "; no engine can connect");
    }
    engines.values().removeIf(engine -> engine.hospital() == null);
    LOG.info(() -> "HL7 engine certificates: " + engines.size() + " registered");
    return Map.copyOf(engines);
  }

  private Stream<Path> pemFiles() throws IOException {
    Optional<Path> directory = settings.engineCertificates();
    if (directory.isEmpty() || !Files.isDirectory(directory.get())) {
      return Stream.empty();
    }
    return Files.list(directory.get())
        .filter(
            file -> file.getFileName().toString().endsWith(".pem") && Files.isRegularFile(file));
  }

  static Optional<Engine> engineNamed(String fileName) {
    String name = fileName.substring(0, fileName.length() - ".pem".length());
    int dot = name.indexOf('.');
    if (dot <= 0 || dot == name.length() - 1) {
      return Optional.empty();
    }
    try {
      return Optional.of(new Engine(new Slug(name.substring(0, dot)), name.substring(dot + 1)));
    } catch (IllegalArgumentException notASlug) {
      return Optional.empty();
    }
  }

  private static List<X509Certificate> certificates(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return CertificateFactory.getInstance("X.509").generateCertificates(in).stream()
          .map(X509Certificate.class::cast)
          .toList();
    } catch (IOException | CertificateException unreadable) {
      LOG.warning(
          () ->
              "HL7 engine certificate "
                  + file
                  + " is not a PEM certificate: "
                  + unreadable.getMessage());
      return List.of();
    }
  }

  static String fingerprint(X509Certificate certificate) {
    try {
      return HexFormat.ofDelimiter(":")
          .withUpperCase()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
    } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
      throw new IllegalStateException("cannot fingerprint a certificate", e);
    }
  }

  private record Registered(String state, Map<String, Engine> engines, long readAt) {}

  /** The client side of the handshake; this listener never acts as a client. */
  private final class PinnedEngines extends X509ExtendedTrustManager {

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType)
        throws CertificateException {
      if (chain == null || chain.length == 0) {
        throw new CertificateException("no client certificate");
      }
      X509Certificate presented = chain[0];
      presented.checkValidity();
      if (lookUp(fingerprint(presented)).isEmpty()) {
        LOG.warning(
            () ->
                "HL7 connection refused: certificate "
                    + presented.getSubjectX500Principal().getName()
                    + " (SHA-256 "
                    + fingerprint(presented)
                    + ") is not a registered interface engine's");
        throw new CertificateException("not a registered interface engine's certificate");
      }
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
        throws CertificateException {
      checkClientTrusted(chain, authType);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
        throws CertificateException {
      checkClientTrusted(chain, authType);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType)
        throws CertificateException {
      throw new CertificateException("the HL7 listener trusts no server");
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
        throws CertificateException {
      checkServerTrusted(chain, authType);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
        throws CertificateException {
      checkServerTrusted(chain, authType);
    }

    /** None named: each engine sends the one certificate it has, which is then looked up. */
    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }
}
