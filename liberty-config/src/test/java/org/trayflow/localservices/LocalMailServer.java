package org.trayflow.localservices;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.ServerSocket;

/**
 * The hospital's mail server, for the integration tests only: GreenMail taking SMTP from the server and serving
 * what it received over IMAP to the tests. It lives in the launcher's JVM, beside the embedded databases.
 */
final class LocalMailServer implements AutoCloseable {

  private final GreenMail mail;
  final int smtpPort;
  final int imapPort;

  private LocalMailServer(int smtpPort, int imapPort) {
    this.smtpPort = smtpPort;
    this.imapPort = imapPort;
    mail = new GreenMail(new ServerSetup[] {
        new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
        new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
    // Any recipient gets a mailbox, its password being its address: tests read a person's mail as that person.
    mail.getManagers().getUserManager().setAuthRequired(false);
    mail.start();
  }

  static LocalMailServer start() throws IOException {
    return new LocalMailServer(freePort(), freePort());
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  @Override
  public void close() {
    mail.stop();
  }
}
