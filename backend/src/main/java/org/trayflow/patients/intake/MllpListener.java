package org.trayflow.patients.intake;

import ca.uhn.hl7v2.llp.LLPException;
import ca.uhn.hl7v2.llp.MinLLPReader;
import ca.uhn.hl7v2.llp.MinLLPWriter;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Receives HL7 v2 over MLLP (HAPI's framing) on {@code trayflow.hl7.port} (0 turns it off), one thread per
 * connection, each message answered with its ACK before the next is read. Every instance listens; the record's
 * interface engine may connect to any of them (behind the Kubernetes Service), since each message is applied
 * once whichever instance gets it. MLLP has no authentication of its own: expose the port only to the interface
 * engine, through TLS (docs/patient-records.md).
 */
@ApplicationScoped
public class MllpListener {

  private static final Logger LOG = Logger.getLogger(MllpListener.class.getName());

  @Inject @ConfigProperty(name = "trayflow.hl7.port", defaultValue = "2575") int port;
  @Inject @ConfigProperty(name = "trayflow.hl7.bind-address", defaultValue = "0.0.0.0") String bindAddress;
  @Resource ManagedThreadFactory threads;
  @Inject Hl7Intake intake;

  private volatile ServerSocket server;

  void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
    if (port <= 0) {
      LOG.info("HL7 MLLP listener off (trayflow.hl7.port is 0)");
      return;
    }
    try {
      ServerSocket socket = new ServerSocket();
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(bindAddress, port));
      server = socket;
      threads.newThread(this::accept).start();
      LOG.info(() -> "HL7 MLLP listener on " + bindAddress + ":" + port);
    } catch (IOException taken) {
      LOG.warning(() -> "HL7 MLLP listener could not listen on " + bindAddress + ":" + port + " (" + taken.getMessage()
          + "); this instance receives no HL7");
    }
  }

  private void accept() {
    ServerSocket socket = server;
    while (socket != null && !socket.isClosed()) {
      try {
        Socket connection = socket.accept();
        threads.newThread(() -> converse(connection)).start();
      } catch (IOException closed) {
        if (!socket.isClosed()) {
          LOG.log(Level.WARNING, "HL7 MLLP accept failed", closed);
        }
      }
    }
  }

  private void converse(Socket connection) {
    try (connection) {
      connection.setSoTimeout(300_000);
      MinLLPReader reader = new MinLLPReader(connection.getInputStream(), StandardCharsets.UTF_8);
      MinLLPWriter writer = new MinLLPWriter(connection.getOutputStream(), StandardCharsets.UTF_8);
      String message;
      while ((message = reader.getMessage()) != null) {
        writer.writeMessage(intake.receive(message));
      }
    } catch (SocketException | SocketTimeoutException gone) {
      LOG.fine(() -> "HL7 MLLP connection ended: " + gone.getMessage());
    } catch (IOException | LLPException | RuntimeException broken) {
      // the sender had no ACK for its last message and sends it again, which changes nothing if it was applied
      LOG.log(Level.WARNING, "HL7 MLLP connection from " + connection.getRemoteSocketAddress() + " broken", broken);
    }
  }

  @PreDestroy
  void stop() {
    ServerSocket socket = server;
    server = null;
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException e) {
        LOG.fine(() -> "HL7 MLLP listener closed with " + e.getMessage());
      }
    }
  }
}
