package org.trayflow.localservices;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.trayflow.tenantconfig.DemoTenants;
import org.trayflow.tenantconfig.TenantConfiguration;

/**
 * The record feed of a local run: the HL7 listener's certificate and, for each demo hospital's
 * record system, an interface engine's certificate registered with the listener and its key for
 * whoever plays the engine (the person trying Trayflow with openssl, or the tests). Made once and
 * kept in the data folder, so that an engine set up against one run still connects to the next.
 *
 * <pre>
 * DIR/listener.p12, listener.password   the listener's key (trayflow.hl7.tls.keystore)
 * DIR/listener.crt                      its certificate, for the engine to trust
 * DIR/engines/SLUG.SYSTEM.pem           registered engines (trayflow.hl7.tls.engine-certificates)
 * DIR/engine-keys/SLUG.SYSTEM.{crt,key} what an engine connects with
 * </pre>
 */
public record LocalRecordFeed(Path directory, String keystorePassword, List<String> engines) {

  private static final Duration VALID_FOR = Duration.ofDays(730);

  static LocalRecordFeed prepare(Path directory) throws IOException, GeneralSecurityException {
    List<String> engines = new ArrayList<>();
    for (TenantConfiguration hospital : DemoTenants.all()) {
      hospital.patients().recordSystems().stream()
          .sorted()
          .forEach(system -> engines.add(hospital.slug() + "." + system));
    }
    Path password = directory.resolve("listener.password");
    boolean made =
        Files.exists(password)
            && Files.exists(directory.resolve("listener.p12"))
            && engines.stream()
                .allMatch(engine -> Files.exists(directory.resolve("engines/" + engine + ".pem")));
    if (!made) {
      make(directory, engines);
    }
    return new LocalRecordFeed(directory, Files.readString(password).strip(), engines);
  }

  private static void make(Path directory, List<String> engines)
      throws IOException, GeneralSecurityException {
    Files.createDirectories(directory.resolve("engines"));
    Files.createDirectories(directory.resolve("engine-keys"));
    Instant now = Instant.now();
    SelfSigned listener =
        SelfSigned.make(
            "localhost",
            now.minus(Duration.ofMinutes(5)),
            now.plus(VALID_FOR),
            List.of("localhost", "127.0.0.1"));
    String password = DemoUsers.newPassword();
    listener.writePkcs12(directory.resolve("listener.p12"), password.toCharArray());
    Files.writeString(directory.resolve("listener.password"), password);
    Files.writeString(directory.resolve("listener.crt"), listener.certificatePem());
    for (String engine : engines) {
      SelfSigned key =
          SelfSigned.make(
              engine + " interface engine",
              now.minus(Duration.ofMinutes(5)),
              now.plus(VALID_FOR),
              List.of());
      Files.writeString(directory.resolve("engines/" + engine + ".pem"), key.certificatePem());
      Files.writeString(directory.resolve("engine-keys/" + engine + ".crt"), key.certificatePem());
      Files.writeString(directory.resolve("engine-keys/" + engine + ".key"), key.privateKeyPem());
    }
  }

  Path keystore() {
    return directory.resolve("listener.p12");
  }

  Path engineCertificates() {
    return directory.resolve("engines");
  }

  /** How to play a demo hospital's interface engine with openssl, for the run command's welcome. */
  String howToSend(int port) {
    String engine = engines.get(0);
    Path keys = directory.resolve("engine-keys");
    return """
        { printf '\\x0b%%s\\x1c\\r' "$(tr '\\n' '\\r' < MESSAGE.hl7)"; sleep 2; } \\
             | openssl s_client -quiet -no_ign_eof -connect 127.0.0.1:%d -CAfile %s \\
                 -cert %s -key %s 2>/dev/null | tr '\\r' '\\n'"""
        .formatted(
            port,
            directory.resolve("listener.crt"),
            keys.resolve(engine + ".crt"),
            keys.resolve(engine + ".key"));
  }
}
