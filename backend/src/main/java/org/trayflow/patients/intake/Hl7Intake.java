package org.trayflow.patients.intake;

import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.model.v25.message.ACK;
import ca.uhn.hl7v2.parser.CanonicalModelClassFactory;
import ca.uhn.hl7v2.preparser.PreParser;
import ca.uhn.hl7v2.validation.builder.support.NoValidationBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionalException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.trayflow.patients.ChangeSource;
import org.trayflow.platform.ExpectedFailure;
import org.trayflow.platform.tenant.TenantScope;
import org.trayflow.tenancy.TenantConfigurations;
import org.trayflow.tenantconfig.TenantConfiguration;

/**
 * One HL7 v2 message in, one acknowledgement out, for the hospital whose interface engine the
 * connection proved to be (FeedSender): MSH-6 (receiving facility) must be that hospital's slug and
 * MSH-4 (sending facility) that engine's record system, one of the hospital's configured ones.
 * Every message is kept with its acknowledgement under that sender; the same control id again from
 * the same sender gets the first answer and changes nothing. What can never be applied (unreadable,
 * binary, over the size limit, addressed elsewhere) is rejected (AR) once; AE is only for what may
 * apply later (a patient not admitted yet, a diet code not configured yet) or a failure of ours.
 * Applying a message and keeping it are one transaction.
 */
@ApplicationScoped
public class Hl7Intake {

  private static final Logger LOG = Logger.getLogger(Hl7Intake.class.getName());

  /**
   * MSH-10 holds at most 199 characters in HL7 2.7, 20 in 2.5: anything longer is no control id.
   */
  private static final int CONTROL_ID_AT_MOST = 199;

  /**
   * A refused message's body is kept up to here: enough to read what it was, never a flood's worth.
   */
  private static final int REFUSED_BODY_KEPT = 64 * 1024;

  /** Every version read into the 2.5 model, which has all the segments used here. */
  private final HapiContext hapi = hapi();

  @Inject TenantConfigurations configurations;
  @Inject InboundMessages messages;
  @Inject Hl7Intake self;
  @Inject Hl7Feed feed;

  /** HAPI as Trayflow reads HL7 v2 with it (package-visible for the parser's property tests). */
  static HapiContext hapi() {
    DefaultHapiContext context = new DefaultHapiContext(new CanonicalModelClassFactory("2.5"));
    context.setValidationRuleBuilder(new NoValidationBuilder());
    // HAPI's default numbers ACKs from a file in the working directory: neither unique across
    // instances nor
    // writable in a read-only container. MSH-10 holds 20 characters in 2.5.
    context
        .getParserConfiguration()
        .setIdGenerator(
            () -> "TF" + UUID.randomUUID().toString().replace("-", "").substring(0, 18));
    return context;
  }

  /**
   * @return the ACK to send back
   */
  String receive(MllpFrames.Frame frame, FeedSender sender, FeedLimits limits) {
    String raw = new String(frame.bytes(), StandardCharsets.UTF_8);
    String[] header = header(raw);
    String kind =
        (header[2] == null ? "?" : header[2]) + "^" + (header[3] == null ? "?" : header[3]);
    String controlId = Optional.ofNullable(header[4]).orElse("");
    String key =
        controlId.isEmpty() || controlId.length() > CONTROL_ID_AT_MOST
            ? "unreadable:" + Integer.toHexString(raw.hashCode()) + ":" + frame.length()
            : controlId;
    InboundMessage message =
        new InboundMessage(sender.tenantId(), "HL7", sender.name(), key, kind, raw);
    Acknowledgement acknowledgement;
    try {
      acknowledgement =
          TenantScope.asTenant(
              sender.tenantId(),
              sender.hospital(),
              () -> receiveFrom(sender, message, header, frame, limits));
    } catch (RuntimeException failed) {
      // not kept (the database may be what failed): the sender keeps it and sends it again
      LOG.log(
          Level.SEVERE,
          "HL7 " + kind + " " + cut(controlId) + " from " + sender + " could not be processed",
          failed);
      acknowledgement =
          Acknowledgement.error("Trayflow could not process the message now; send it again later");
    }
    Acknowledgement answered = acknowledgement;
    LOG.info(
        () ->
            "HL7 "
                + kind
                + " "
                + cut(controlId)
                + " from "
                + sender
                + ": "
                + answered.code()
                + " "
                + answered.reason());
    return acknowledge(header, acknowledgement);
  }

  private static String[] header(String raw) {
    try {
      return PreParser.getFields(
          raw, "MSH-4-1", "MSH-6-1", "MSH-9-1", "MSH-9-2", "MSH-10", "MSH-3-1");
    } catch (HL7Exception | RuntimeException unreadable) {
      return new String[6];
    }
  }

  private Acknowledgement receiveFrom(
      FeedSender sender,
      InboundMessage message,
      String[] header,
      MllpFrames.Frame frame,
      FeedLimits limits) {
    if (frame.cut()) {
      return refuse(
          message,
          "the message is "
              + frame.length()
              + " bytes, over this feed's limit of "
              + limits.maxMessageBytes()
              + " bytes; split it or ask the operator to raise the limit");
    }
    if (message.body().indexOf('\u0000') >= 0 || message.body().indexOf('\uFFFD') >= 0) {
      return refuse(
          message,
          "the message holds NUL bytes or bytes that are not UTF-8 text, which HL7 v2 never"
              + " does here");
    }
    if (header[2] == null || header[4] == null || header[4].isEmpty()) {
      return refuse(
          message, "not readable as HL7 v2: no MSH segment with a message type and control id");
    }
    if (header[4].length() > CONTROL_ID_AT_MOST) {
      return refuse(
          message, "MSH-10 control id is longer than " + CONTROL_ID_AT_MOST + " characters");
    }
    Optional<Acknowledgement> earlier = messages.earlier(message);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    if (header[1] == null || !header[1].strip().equalsIgnoreCase(sender.hospital().value())) {
      // the same answer whether MSH-6 names another hospital or none: a sender learns nothing of
      // the others
      return refuse(
          message,
          "MSH-6 receiving facility must be "
              + sender.hospital()
              + ", the hospital this connection speaks for");
    }
    if (header[0] == null || !header[0].strip().equals(sender.recordSystem())) {
      return refuse(
          message,
          "MSH-4 sending facility must be "
              + sender.recordSystem()
              + ", the record system this connection speaks for");
    }
    TenantConfiguration hospital = configurations.configuration().orElseThrow();
    if (!hospital.patients().recordSystems().contains(sender.recordSystem())) {
      return refuse(
          message,
          sender.recordSystem()
              + " is not one of "
              + hospital.slug()
              + "'s record systems (patients.recordSystems in its configuration)");
    }
    return parseAndApply(message, hospital);
  }

  private Acknowledgement parseAndApply(InboundMessage message, TenantConfiguration hospital) {
    Message parsed;
    try {
      parsed = hapi.getPipeParser().parse(message.body());
    } catch (HL7Exception unreadable) {
      return refuse(message, "not readable as HL7 v2: " + unreadable.getMessage());
    }
    try {
      return self.apply(message, parsed, hospital);
    } catch (RecordProblem | ExpectedFailure notApplicable) {
      return messages.keepRefused(message, Acknowledgement.errorOf(notApplicable));
    } catch (HL7Exception unreadable) {
      return refuse(message, unreadable.getMessage());
    } catch (PersistenceException | TransactionalException failed) {
      return messages.afterFailedApply(message, failed);
    }
  }

  private Acknowledgement refuse(InboundMessage message, String reason) {
    InboundMessage kept =
        message.body().length() <= REFUSED_BODY_KEPT
            ? message
            : message.withBody(
                message.body().substring(0, REFUSED_BODY_KEPT)
                    + "\n[cut: "
                    + message.body().length()
                    + " characters in all]");
    return messages.keepRefused(kept, Acknowledgement.rejected(reason));
  }

  /** Public for the transaction interceptor: not for callers. */
  @Transactional(rollbackOn = HL7Exception.class)
  public Acknowledgement apply(InboundMessage message, Message parsed, TenantConfiguration hospital)
      throws HL7Exception {
    Acknowledgement applied =
        Acknowledgement.applied(
            feed.apply(
                parsed,
                hospital,
                ChangeSource.recordMessage("hl7", message.sender(), message.key())));
    messages.keep(message, applied);
    return applied;
  }

  /**
   * An ACK in the message's own terms, swapping sender and receiver; built by hand when the MSH is
   * unreadable.
   */
  private String acknowledge(String[] header, Acknowledgement acknowledgement) {
    try {
      ACK ack = new ACK(hapi.getModelClassFactory());
      ack.setParser(hapi.getPipeParser());
      ack.initQuickstart("ACK", cut(header[3]), "P");
      ack.getMSH().getSendingApplication().getNamespaceID().setValue("TRAYFLOW");
      ack.getMSH().getSendingFacility().getNamespaceID().setValue(cut(header[1]));
      ack.getMSH().getReceivingApplication().getNamespaceID().setValue(cut(header[5]));
      ack.getMSH().getReceivingFacility().getNamespaceID().setValue(cut(header[0]));
      ack.getMSA().getAcknowledgmentCode().setValue(acknowledgement.code());
      ack.getMSA().getMessageControlID().setValue(cut(header[4], CONTROL_ID_AT_MOST));
      if (!acknowledgement.accepted()) {
        ack.getERR().getSeverity().setValue("E");
        ack.getERR().getUserMessage().setValue(acknowledgement.reason());
      }
      ack.getMSA().getTextMessage().setValue(truncate(acknowledgement.reason()));
      return ack.encode();
    } catch (HL7Exception | IOException e) {
      throw new UncheckedIOException(new IOException("could not encode an ACK", e));
    }
  }

  /** What the message said of itself, short enough to echo in an ACK or a log line. */
  private static String cut(String field) {
    return cut(field, 40);
  }

  private static String cut(String field, int most) {
    return field == null ? "" : field.length() <= most ? field : field.substring(0, most);
  }

  private static String truncate(String text) {
    return text.length() <= 80 ? text : text.substring(0, 79) + "…";
  }
}
