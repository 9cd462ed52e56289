package org.trayflow.notifications;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * E-mail through the hospital's SMTP server (MicroProfile Config {@code trayflow.smtp.*}; no host,
 * no e-mail). Each message carries the Message-ID of its delivery, so that a message sent again
 * after a crash is the same message. A circuit breaker stops a failing server from slowing every
 * delivery: they wait for their next attempt instead (a person's malformed address is their
 * delivery's failure, not the server's).
 */
@ApplicationScoped
public class MailSender {

  @Inject
  @ConfigProperty(name = "trayflow.smtp.host")
  Optional<String> host;

  @Inject
  @ConfigProperty(name = "trayflow.smtp.port", defaultValue = "25")
  int port;

  @Inject
  @ConfigProperty(
      name = "trayflow.smtp.from",
      defaultValue = "Trayflow <no-reply@trayflow.invalid>")
  String from;

  @Inject
  @ConfigProperty(name = "trayflow.smtp.username")
  Optional<String> username;

  @Inject
  @ConfigProperty(name = "trayflow.smtp.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "trayflow.smtp.starttls", defaultValue = "false")
  boolean startTls;

  private Session session;

  @PostConstruct
  void connect() {
    Properties settings = new Properties();
    host.filter(h -> !h.isBlank()).ifPresent(h -> settings.put("mail.smtp.host", h));
    settings.put("mail.smtp.port", String.valueOf(port));
    settings.put("mail.smtp.connectiontimeout", "5000");
    settings.put("mail.smtp.timeout", "10000");
    settings.put("mail.smtp.starttls.enable", String.valueOf(startTls));
    settings.put("mail.smtp.auth", String.valueOf(username.isPresent()));
    session =
        Session.getInstance(
            settings,
            username
                .map(
                    user ->
                        new Authenticator() {
                          @Override
                          protected PasswordAuthentication getPasswordAuthentication() {
                            return new PasswordAuthentication(user, password.orElse(""));
                          }
                        })
                .orElse(null));
  }

  public boolean configured() {
    return host.filter(h -> !h.isBlank()).isPresent();
  }

  @Timeout(value = 15, unit = ChronoUnit.SECONDS)
  @CircuitBreaker(
      requestVolumeThreshold = 4,
      failureRatio = 0.75,
      delay = 30,
      delayUnit = ChronoUnit.SECONDS,
      skipOn = AddressException.class)
  public void send(String messageId, String to, String subject, String body)
      throws MessagingException {
    MimeMessage message =
        new MimeMessage(session) {
          @Override
          protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
          }
        };
    message.setFrom(new InternetAddress(from));
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
    message.setSubject(subject, StandardCharsets.UTF_8.name());
    message.setText(body, StandardCharsets.UTF_8.name());
    Transport.send(message);
  }
}
