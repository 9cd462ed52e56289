package org.trayflow.patients.intake;

/**
 * A message as received, before anything is made of it.
 *
 * @param tenantId the hospital it is for, null when that could not be told
 * @param key what makes it the same message when sent again (HL7 control id, FHIR id and version)
 */
public record InboundMessage(
    Long tenantId, String channel, String sender, String key, String kind, String body) {

  InboundMessage withBody(String kept) {
    return new InboundMessage(tenantId, channel, sender, key, kind, kept);
  }
}
