package org.trayflow.patients.intake;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSocket;
import org.trayflow.tenancy.TenantDirectory;

/**
 * Receives HL7 v2 over MLLP from hospitals' interface engines. The main listener ({@code
 * trayflow.hl7.port}) speaks TLS and requires a client certificate registered for one hospital's
 * record system (EngineCertificates): that certificate, not anything in the messages, says whose
 * patients the connection may change. A plain listener exists only when the operator names its port
 * and sender (FeedSettings). One thread per connection, each message answered before the next is
 * read; the limits (FeedLimits) keep one sender from starving the others. Every instance listens,
 * and a message is applied once whichever instance gets it (decision 0013).
 */
@ApplicationScoped
public class MllpListener {

  private static final Logger LOG = Logger.getLogger(MllpListener.class.getName());

  @Inject FeedSettings settings;
  @Inject FeedTls tls;
  @Inject EngineCertificates engines;
  @Inject TenantDirectory tenants;
  @Inject Hl7Intake intake;
  @Resource ManagedThreadFactory threads;

  private final List<ServerSocket> listening = new CopyOnWriteArrayList<>();
  private final ConcurrentHashMap<String, AtomicInteger> perSender = new ConcurrentHashMap<>();
  private Semaphore connections;
  private FeedLimits limits;

  void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
    limits = settings.limits();
    connections = new Semaphore(limits.maxConnections());
    if (settings.port() <= 0) {
      LOG.info("HL7 MLLP listener off (trayflow.hl7.port is 0)");
    } else if (!tls.configured()) {
      LOG.warning(
          "HL7 MLLP listener off: trayflow.hl7.tls.keystore is not set, and the record feed is only"
              + " served over TLS with client certificates (docs/patient-records.md)");
    } else {
      listen("MLLP over TLS", settings.bindAddress(), settings.port(), this::overTls);
    }
    if (settings.plainPort() > 0) {
      Optional<EngineCertificates.Engine> sender = settings.plainSender();
      if (sender.isEmpty()) {
        LOG.warning(
            "HL7 plain MLLP listener off: trayflow.hl7.plain.sender must name its sender as"
                + " hospital-slug.RECORD-SYSTEM");
      } else {
        listen(
            "plain MLLP for " + sender.get().hospital() + "/" + sender.get().recordSystem(),
            settings.plainBindAddress(),
            settings.plainPort(),
            accepted -> plain(accepted, sender.get()));
      }
    }
  }

  /**
   * Who is speaking on one connection, asked again before every message (a certificate may be
   * withdrawn).
   */
  @FunctionalInterface
  private interface Speaker {
    Optional<FeedSender> now();
  }

  /** The connection to talk on, and who is speaking on it. */
  private record Conversation(Socket socket, Speaker speaker) {}

  @FunctionalInterface
  private interface Authentication {
    Conversation of(Socket accepted) throws IOException;
  }

  private void listen(String what, String address, int port, Authentication authentication) {
    try {
      ServerSocket socket = new ServerSocket();
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(address, port));
      listening.add(socket);
      threads.newThread(() -> accept(socket, authentication)).start();
      LOG.info(() -> "HL7 " + what + " listening on " + address + ":" + port);
    } catch (IOException taken) {
      LOG.warning(
          () ->
              "HL7 "
                  + what
                  + " could not listen on "
                  + address
                  + ":"
                  + port
                  + " ("
                  + taken.getMessage()
                  + "); this instance receives no HL7 there");
    }
  }

  private void accept(ServerSocket socket, Authentication authentication) {
    while (!socket.isClosed()) {
      try {
        Socket connection = socket.accept();
        if (!connections.tryAcquire()) {
          LOG.warning(
              () ->
                  "HL7 connection from "
                      + connection.getRemoteSocketAddress()
                      + " closed: "
                      + limits.maxConnections()
                      + " connections are open already");
          closeQuietly(connection);
          continue;
        }
        threads
            .newThread(
                () -> {
                  try {
                    serve(connection, authentication);
                  } finally {
                    connections.release();
                  }
                })
            .start();
      } catch (IOException closed) {
        if (!socket.isClosed()) {
          LOG.log(Level.WARNING, "HL7 MLLP accept failed", closed);
        }
      }
    }
  }

  private void serve(Socket accepted, Authentication authentication) {
    try (accepted) {
      accepted.setSoTimeout((int) limits.handshakeTimeout().toMillis());
      Conversation conversation = authentication.of(accepted);
      Optional<FeedSender> sender = conversation.speaker().now();
      if (sender.isEmpty()) {
        return;
      }
      AtomicInteger open =
          perSender.computeIfAbsent(sender.get().toString(), key -> new AtomicInteger());
      try {
        if (open.incrementAndGet() > limits.maxConnectionsPerSender()) {
          LOG.warning(
              () ->
                  "HL7 connection of "
                      + sender.get()
                      + " closed: it has "
                      + limits.maxConnectionsPerSender()
                      + " open already");
          return;
        }
        converse(conversation);
      } finally {
        open.decrementAndGet();
      }
    } catch (SSLException refused) {
      LOG.warning(
          () ->
              "HL7 connection from "
                  + accepted.getRemoteSocketAddress()
                  + " refused in the TLS"
                  + " handshake: "
                  + refused.getMessage());
    } catch (IOException gone) {
      LOG.fine(
          () ->
              "HL7 connection from "
                  + accepted.getRemoteSocketAddress()
                  + " ended: "
                  + gone.getMessage());
    } catch (RuntimeException broken) {
      // the sender had no ACK for its last message and sends it again, which changes nothing if it
      // was applied
      LOG.log(
          Level.WARNING,
          "HL7 connection from " + accepted.getRemoteSocketAddress() + " broken",
          broken);
    }
  }

  private void converse(Conversation conversation) throws IOException {
    try (Socket socket = conversation.socket()) {
      MllpFrames frames = new MllpFrames(socket, limits);
      MllpFrames.Frame frame;
      while ((frame = frames.next()) != null) {
        Optional<FeedSender> sender = conversation.speaker().now();
        if (sender.isEmpty()) {
          LOG.warning(
              () ->
                  "HL7 connection from "
                      + socket.getRemoteSocketAddress()
                      + " closed: its"
                      + " certificate is no longer registered");
          return;
        }
        frames.write(intake.receive(frame, sender.get(), limits).getBytes(StandardCharsets.UTF_8));
      }
    }
  }

  /** TLS with a registered engine's certificate; the hospital it names must exist. */
  private Conversation overTls(Socket accepted) throws IOException {
    SSLSocket connection = tls.serverSideOf(accepted);
    connection.startHandshake();
    X509Certificate certificate;
    try {
      certificate = (X509Certificate) connection.getSession().getPeerCertificates()[0];
    } catch (SSLPeerUnverifiedException none) {
      return new Conversation(connection, Optional::empty);
    }
    Optional<EngineCertificates.Engine> engine = engines.engineOf(certificate);
    Optional<FeedSender> sender = engine.flatMap(this::sender);
    // the hospital is looked up once; before each message only the registration is asked again (it
    // may be withdrawn)
    return new Conversation(
        connection, () -> engines.engineOf(certificate).equals(engine) ? sender : Optional.empty());
  }

  private Conversation plain(Socket accepted, EngineCertificates.Engine named) {
    Optional<FeedSender> sender = sender(named);
    return new Conversation(accepted, () -> sender);
  }

  private Optional<FeedSender> sender(EngineCertificates.Engine engine) {
    Optional<FeedSender> sender =
        tenants
            .findTenantId(engine.hospital())
            .map(id -> new FeedSender(id, engine.hospital(), engine.recordSystem()));
    if (sender.isEmpty()) {
      LOG.warning(
          () ->
              "HL7 engine registered for " + engine.hospital() + ", which is not a hospital here");
    }
    return sender;
  }

  private static void closeQuietly(Socket connection) {
    try {
      connection.close();
    } catch (IOException alreadyGone) {
      LOG.fine(() -> "HL7 connection closed with " + alreadyGone.getMessage());
    }
  }

  @PreDestroy
  void stop() {
    for (ServerSocket socket : listening) {
      try {
        socket.close();
      } catch (IOException e) {
        LOG.fine(() -> "HL7 MLLP listener closed with " + e.getMessage());
      }
    }
    listening.clear();
  }
}
