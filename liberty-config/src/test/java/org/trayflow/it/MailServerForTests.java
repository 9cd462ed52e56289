package org.trayflow.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * The hospital's mail server, for the integration tests: GreenMail takes the server's SMTP on the
 * port the launcher configured it with, and lets the tests read anyone's mail over IMAP. It runs
 * for the whole test session in the tests' JVM, so that it is up before any test makes the server
 * send (and outside the system under test).
 */
public class MailServerForTests implements LauncherSessionListener {

  private GreenMail mail;

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    Path services =
        Path.of(System.getProperty("trayflow.it.services-file", "target/it-services.properties"));
    if (System.getProperty("trayflow.it.base-url") == null || !Files.exists(services)) {
      return;
    }
    Properties ports = new Properties();
    try (Reader in = Files.newBufferedReader(services)) {
      ports.load(in);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + services, e);
    }
    mail =
        new GreenMail(
            new ServerSetup[] {
              new ServerSetup(
                  Integer.parseInt(ports.getProperty("smtp.port")),
                  "127.0.0.1",
                  ServerSetup.PROTOCOL_SMTP),
              new ServerSetup(
                  Integer.parseInt(ports.getProperty("imap.port")),
                  "127.0.0.1",
                  ServerSetup.PROTOCOL_IMAP)
            });
    // Any recipient gets a mailbox whose password is its address: a test reads a person's mail as
    // that person.
    mail.getManagers().getUserManager().setAuthRequired(false);
    mail.start();
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (mail != null) {
      mail.stop();
    }
  }
}
