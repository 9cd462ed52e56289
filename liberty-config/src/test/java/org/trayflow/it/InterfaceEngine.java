package org.trayflow.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import org.trayflow.localservices.SelfSigned;

/**
 * A hospital's interface engine as the tests play it: a client certificate of its own, registered
 * with the HL7 listener for one hospital's record system (or not), sending MLLP over TLS to the
 * shared server.
 */
final class InterfaceEngine {

  private final SelfSigned key;
  private final Path registration;

  private InterfaceEngine(SelfSigned key, Path registration) {
    this.key = key;
    this.registration = registration;
  }

  /** An engine registered for the hospital's record system, valid now. */
  static InterfaceEngine registered(String hospital, String recordSystem) {
    InterfaceEngine engine =
        unregistered(
            hospital,
            recordSystem,
            Instant.now().minus(Duration.ofMinutes(5)),
            Instant.now().plus(Duration.ofDays(1)));
    engine.register();
    return engine;
  }

  /** An engine whose certificate has the given validity, not registered yet. */
  static InterfaceEngine unregistered(
      String hospital, String recordSystem, Instant from, Instant to) {
    try {
      return new InterfaceEngine(
          SelfSigned.make(hospital + " test engine", from, to, List.of()),
          ServerSide.hl7Directory()
              .resolve("engines")
              .resolve(hospital + "." + recordSystem + ".pem"));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Registers this engine's certificate as the operator does: its file in the engine directory. */
  void register() {
    try {
      Files.writeString(registration, key.certificatePem());
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Registers this certificate beside another one already there: a rotation's overlap. */
  void registerBeside(InterfaceEngine other) {
    try {
      Files.writeString(registration, other.key.certificatePem() + key.certificatePem());
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  void withdraw() throws IOException {
    Files.deleteIfExists(registration);
  }

  /** Sends a message over MLLP and returns the ACK. */
  String send(String message) throws IOException {
    try (Socket socket = connect()) {
      return exchange(socket, message.getBytes(StandardCharsets.UTF_8));
    }
  }

  /** A TLS connection to the listener with this engine's certificate, the handshake done. */
  SSLSocket connect() throws IOException {
    SSLSocket socket =
        (SSLSocket) context().getSocketFactory().createSocket("127.0.0.1", ServerSide.hl7Port());
    socket.setSoTimeout(30_000);
    socket.startHandshake();
    return socket;
  }

  private SSLContext context() {
    try {
      return key.clientContext(listenerCertificate());
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static X509Certificate listenerCertificate() throws IOException, GeneralSecurityException {
    try (InputStream in = Files.newInputStream(ServerSide.hl7Directory().resolve("listener.crt"))) {
      return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
    }
  }

  /** Frames the bytes (start block 0x0B, end 0x1C 0x0D) and reads one framed answer. */
  static String exchange(Socket socket, byte[] message) throws IOException {
    OutputStream out = socket.getOutputStream();
    out.write(0x0B);
    out.write(message);
    out.write(new byte[] {0x1C, 0x0D});
    out.flush();
    return readAnswer(socket);
  }

  static String readAnswer(Socket socket) throws IOException {
    InputStream in = socket.getInputStream();
    ByteArrayOutputStream ack = new ByteArrayOutputStream();
    int b = in.read();
    if (b != 0x0B) {
      throw new IOException("no MLLP start block, got " + b);
    }
    while ((b = in.read()) != 0x1C) {
      if (b < 0) {
        throw new IOException("the connection closed inside an ACK");
      }
      ack.write(b);
    }
    if (in.read() != 0x0D) {
      throw new IOException("no carriage return after the MLLP end block");
    }
    return ack.toString(StandardCharsets.UTF_8);
  }

  /** Whether a connection with this engine's certificate gets through the handshake and answers. */
  boolean refusedAtTheDoor() {
    try (Socket socket = connect()) {
      exchange(socket, "MSH|^~\\&|x".getBytes(StandardCharsets.UTF_8));
      return false;
    } catch (IOException refused) {
      return true;
    }
  }
}
