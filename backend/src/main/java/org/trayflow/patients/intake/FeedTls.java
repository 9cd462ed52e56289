package org.trayflow.patients.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;

/**
 * TLS for the record feed: the listener's own certificate from its keystore (read again when the
 * file changes, so a renewed certificate needs no restart), and a client certificate required of
 * every engine, trusted only when registered (EngineCertificates). TLS 1.2 and 1.3 only.
 */
@ApplicationScoped
public class FeedTls {

  private static final String[] PROTOCOLS = {"TLSv1.3", "TLSv1.2"};

  @Inject FeedSettings settings;
  @Inject EngineCertificates engines;

  private SSLContext context;
  private FileTime keystoreChanged;

  boolean configured() {
    return settings.keystore().isPresent();
  }

  /**
   * The accepted connection as the server side of a TLS connection that needs the client's
   * certificate.
   */
  SSLSocket serverSideOf(Socket accepted) throws IOException {
    SSLSocket tls =
        (SSLSocket)
            context().getSocketFactory().createSocket(accepted, null, accepted.getPort(), true);
    tls.setUseClientMode(false);
    tls.setNeedClientAuth(true);
    tls.setEnabledProtocols(PROTOCOLS);
    return tls;
  }

  private synchronized SSLContext context() throws IOException {
    Path keystore =
        settings
            .keystore()
            .orElseThrow(() -> new IOException("trayflow.hl7.tls.keystore is not set"));
    FileTime changed = Files.getLastModifiedTime(keystore);
    if (context == null || !changed.equals(keystoreChanged)) {
      context = read(keystore);
      keystoreChanged = changed;
    }
    return context;
  }

  private SSLContext read(Path keystore) throws IOException {
    char[] password = settings.keystorePassword();
    try (InputStream in = Files.newInputStream(keystore)) {
      KeyStore keys = KeyStore.getInstance("PKCS12");
      keys.load(in, password);
      KeyManagerFactory keyManagers =
          KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      keyManagers.init(keys, password);
      SSLContext tls = SSLContext.getInstance("TLS");
      tls.init(
          keyManagers.getKeyManagers(),
          new TrustManager[] {engines.trustManager()},
          new SecureRandom());
      return tls;
    } catch (GeneralSecurityException unusable) {
      throw new IOException(
          "the HL7 keystore " + keystore + " cannot be used: " + unusable.getMessage(), unusable);
    }
  }
}
