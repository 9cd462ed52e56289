package org.trayflow.patients.intake;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionalException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.NutritionOrder;
import org.hl7.fhir.r4.model.Resource;
import org.trayflow.patients.ChangeSource;
import org.trayflow.platform.ExpectedFailure;
import org.trayflow.platform.tenant.TenantScope;

/**
 * FHIR R4 {@code Encounter} and {@code NutritionOrder} resources in, for the tenant in scope.
 * Acknowledged as HL7 messages are: kept with AA, AE (understood, not applicable) or AR (not a
 * readable resource of that type); the same resource version again (id and meta.versionId, else the
 * same body) gets the first answer and changes nothing.
 */
@ApplicationScoped
public class FhirIntake {

  /** Building a FHIR context scans the whole R4 model: once per application. */
  private static final FhirContext FHIR = FhirContext.forR4Cached();

  @Inject InboundMessages messages;
  @Inject FhirFeed feed;
  @Inject FhirIntake self;

  /**
   * @param resourceType {@code Encounter} or {@code NutritionOrder}; @param sender the API client
   *     that sent it
   */
  public Acknowledgement receive(String resourceType, String body, String sender) {
    Resource resource;
    try {
      resource = resourceIn(body);
    } catch (RecordProblem unreadable) {
      return messages.keepRefused(
          new InboundMessage(
              TenantScope.requiredTenant(),
              "FHIR",
              sender,
              "body:" + digest(body),
              resourceType,
              body),
          Acknowledgement.rejected(unreadable.getMessage()));
    }
    String key =
        resource.hasIdElement()
                && resource.getIdElement().hasIdPart()
                && resource.getMeta().hasVersionId()
            ? resourceType
                + "/"
                + resource.getIdElement().getIdPart()
                + "/_history/"
                + resource.getMeta().getVersionId()
            : "body:" + digest(body);
    InboundMessage message =
        new InboundMessage(TenantScope.requiredTenant(), "FHIR", sender, key, resourceType, body);
    Optional<Acknowledgement> earlier = messages.earlier(message);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    if (!resource.fhirType().equals(resourceType)) {
      return messages.keepRefused(
          message,
          Acknowledgement.rejected(
              "a " + resource.fhirType() + " was sent where a " + resourceType + " was expected"));
    }
    try {
      return self.apply(message, resource);
    } catch (RecordProblem | ExpectedFailure notApplicable) {
      return messages.keepRefused(message, Acknowledgement.errorOf(notApplicable));
    } catch (PersistenceException | TransactionalException failed) {
      return messages.afterFailedApply(message, failed);
    }
  }

  /**
   * The body as a FHIR R4 resource. @throws RecordProblem when it is not one, whatever it is
   * instead
   */
  static Resource resourceIn(String body) {
    try {
      return (Resource) FHIR.newJsonParser().parseResource(body);
    } catch (DataFormatException | ClassCastException | IllegalArgumentException unreadable) {
      throw new RecordProblem(
          "not a readable FHIR R4 JSON resource: "
              + Optional.ofNullable(unreadable.getMessage())
                  .orElse(unreadable.getClass().getSimpleName()));
    }
  }

  /** Public for the transaction interceptor: not for callers. */
  @Transactional
  public Acknowledgement apply(InboundMessage message, Resource resource) {
    ChangeSource by = ChangeSource.recordMessage("fhir", message.sender(), message.key());
    String done =
        resource instanceof Encounter encounter
            ? feed.encounter(encounter, by)
            : feed.nutritionOrder((NutritionOrder) resource, by);
    Acknowledgement applied = Acknowledgement.applied(done);
    messages.keep(message, applied);
    return applied;
  }

  private static String digest(String body) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
