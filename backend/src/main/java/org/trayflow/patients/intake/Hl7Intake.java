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
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.trayflow.platform.ExpectedFailure;
import org.trayflow.platform.tenant.TenantScope;
import org.trayflow.tenancy.TenantConfigurations;
import org.trayflow.tenancy.TenantDirectory;
import org.trayflow.tenantconfig.Slug;
import org.trayflow.tenantconfig.TenantConfiguration;

/**
 * One HL7 v2 message in, one acknowledgement out. The hospital is MSH-6 (receiving facility: the tenant's slug),
 * and MSH-4 (sending facility) must be one of its configured record systems. Every message is kept with its
 * acknowledgement; the same message again (same sender and MSH-10 control id) gets the first answer and changes
 * nothing. Applying a message and keeping it are one transaction.
 */
@ApplicationScoped
public class Hl7Intake {

  private static final Logger LOG = Logger.getLogger(Hl7Intake.class.getName());

  /** Every version read into the 2.5 model, which has all the segments used here. */
  private final HapiContext hapi = hapi();

  @Inject TenantDirectory tenants;
  @Inject TenantConfigurations configurations;
  @Inject InboundMessages messages;
  @Inject Hl7Intake self;
  @Inject Hl7Feed feed;

  private static HapiContext hapi() {
    DefaultHapiContext context = new DefaultHapiContext(new CanonicalModelClassFactory("2.5"));
    context.setValidationRuleBuilder(new NoValidationBuilder());
    // HAPI's default numbers ACKs from a file in the working directory: neither unique across instances nor
    // writable in a read-only container. MSH-10 holds 20 characters in 2.5.
    context.getParserConfiguration().setIdGenerator(() -> "TF" + UUID.randomUUID().toString().replace("-", "")
        .substring(0, 18));
    return context;
  }

  public String receive(String raw) {
    String[] header;
    try {
      header = PreParser.getFields(raw, "MSH-4-1", "MSH-6-1", "MSH-9-1", "MSH-9-2", "MSH-10", "MSH-3-1");
    } catch (HL7Exception | RuntimeException unreadable) {
      header = new String[6];
    }
    String sender = Optional.ofNullable(header[0]).orElse("");
    String kind = (header[2] == null ? "?" : header[2]) + "^" + (header[3] == null ? "?" : header[3]);
    String controlId = Optional.ofNullable(header[4]).orElse("");
    Optional<Long> tenant = tenantOf(header[1]);
    InboundMessage message = new InboundMessage(tenant.orElse(null), "HL7", sender,
        controlId.isEmpty() ? "unreadable:" + Integer.toHexString(raw.hashCode()) : controlId, kind, raw);
    Acknowledgement acknowledgement;
    try {
      acknowledgement = tenant.isEmpty()
          ? refuseUnaddressed(message, "MSH-6 receiving facility '" + header[1] + "' is not a hospital here")
          : TenantScope.asTenant(tenant.get(), () -> receiveFor(message, raw));
    } catch (RuntimeException failed) {
      // not kept (the database may be what failed): the sender keeps it and sends it again
      LOG.log(Level.SEVERE, "HL7 " + kind + " " + controlId + " from " + sender + " could not be processed", failed);
      acknowledgement = Acknowledgement.error("Trayflow could not process the message now; send it again later");
    }
    Acknowledgement answered = acknowledgement;
    LOG.info(() -> "HL7 " + kind + " " + controlId + " from " + sender + ": " + answered.code() + " "
        + answered.reason());
    return acknowledge(raw, header, acknowledgement);
  }

  private Optional<Long> tenantOf(String facility) {
    if (facility == null || facility.isBlank()) {
      return Optional.empty();
    }
    try {
      return tenants.findTenantId(new Slug(facility.strip().toLowerCase(Locale.ROOT)));
    } catch (IllegalArgumentException notASlug) {
      return Optional.empty();
    }
  }

  private Acknowledgement refuseUnaddressed(InboundMessage message, String reason) {
    return TenantScope.acrossTenants(() -> messages.keepRefused(message, Acknowledgement.rejected(reason)));
  }

  private Acknowledgement receiveFor(InboundMessage message, String raw) {
    Optional<Acknowledgement> earlier = messages.earlier(message);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    TenantConfiguration hospital = configurations.configuration().orElseThrow();
    if (!hospital.patients().recordSystems().contains(message.sender())) {
      return messages.keepRefused(message, Acknowledgement.rejected("MSH-4 sending facility '" + message.sender()
          + "' is not a record system of " + hospital.slug()));
    }
    Message parsed;
    try {
      parsed = hapi.getPipeParser().parse(raw);
    } catch (HL7Exception unreadable) {
      return messages.keepRefused(message, Acknowledgement.rejected("not readable as HL7 v2: " + unreadable.getMessage()));
    }
    try {
      return self.apply(message, parsed, hospital);
    } catch (RecordProblem | ExpectedFailure notApplicable) {
      return messages.keepRefused(message, Acknowledgement.errorOf(notApplicable));
    } catch (HL7Exception unreadable) {
      return messages.keepRefused(message, Acknowledgement.rejected(unreadable.getMessage()));
    } catch (PersistenceException | TransactionalException raced) {
      // the same message, applied meanwhile by another connection: the unique key refused this copy
      return messages.earlier(message).orElseThrow(() -> raced);
    }
  }

  /** Public for the transaction interceptor: not for callers. */
  @Transactional(rollbackOn = HL7Exception.class)
  public Acknowledgement apply(InboundMessage message, Message parsed, TenantConfiguration hospital) throws HL7Exception {
    Acknowledgement applied = Acknowledgement.applied(feed.apply(parsed, hospital, "hl7:" + message.sender()));
    messages.keep(message, applied);
    return applied;
  }

  /** An ACK in the message's own terms, swapping sender and receiver; built by hand when the MSH is unreadable. */
  private String acknowledge(String raw, String[] header, Acknowledgement acknowledgement) {
    try {
      ACK ack = new ACK(hapi.getModelClassFactory());
      ack.setParser(hapi.getPipeParser());
      ack.initQuickstart("ACK", header[3] == null ? "" : header[3], "P");
      ack.getMSH().getSendingApplication().getNamespaceID().setValue("TRAYFLOW");
      ack.getMSH().getSendingFacility().getNamespaceID().setValue(header[1]);
      ack.getMSH().getReceivingApplication().getNamespaceID().setValue(header[5]);
      ack.getMSH().getReceivingFacility().getNamespaceID().setValue(header[0]);
      ack.getMSA().getAcknowledgmentCode().setValue(acknowledgement.code());
      ack.getMSA().getMessageControlID().setValue(header[4]);
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

  private static String truncate(String text) {
    return text.length() <= 80 ? text : text.substring(0, 79) + "…";
  }
}
