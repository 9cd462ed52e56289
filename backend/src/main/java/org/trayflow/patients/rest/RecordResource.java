package org.trayflow.patients.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.trayflow.patients.intake.Acknowledgement;
import org.trayflow.patients.intake.FhirIntake;
import org.trayflow.patients.intake.InboundMessages;

/**
 * The hospital's health record sending FHIR R4 resources; and what it sent, for those who look
 * after the link.
 */
@Path("/v1/t/{tenant}")
@RequestScoped
public class RecordResource {

  @Inject FhirIntake intake;
  @Inject InboundMessages messages;
  @Context SecurityContext caller;

  @POST
  @Path("/fhir/{type: Encounter|NutritionOrder}")
  @Consumes({"application/fhir+json", MediaType.APPLICATION_JSON})
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed("RECORD_SYSTEM")
  @Operation(
      summary =
          "An Encounter (admission, transfer, discharge) or NutritionOrder (diet order) from the record",
      description =
          "Mapping: docs/patient-records.md. Sending the same resource version again changes nothing.")
  @APIResponse(
      responseCode = "200",
      description = "Applied (acknowledgement AA), or already applied before")
  @APIResponse(
      responseCode = "422",
      description =
          "Kept but not applied: acknowledgement AE (e.g. an unknown ward"
              + " or diet code) or AR (not a readable resource of that type), with the reason")
  public Acknowledgement receive(@PathParam("type") String type, InputStream body)
      throws IOException {
    // read as bytes: a JSON provider must not parse (and reject) a malformed resource before it is
    // kept
    Acknowledgement acknowledgement =
        intake.receive(
            type,
            new String(body.readAllBytes(), StandardCharsets.UTF_8),
            caller.getUserPrincipal().getName());
    if (!acknowledgement.accepted()) {
      throw new RecordMessageRefused(acknowledgement);
    }
    return acknowledgement;
  }

  @GET
  @Path("/record-messages")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({"TENANT_ADMIN", "DIETITIAN"})
  @Operation(
      summary = "The latest messages from the record (HL7 and FHIR), each with its acknowledgement")
  public List<InboundMessages.Received> latest(
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
    return messages.latest(limit);
  }
}
