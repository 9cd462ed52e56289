package org.trayflow.platform.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * /openapi answers anyone, so it describes what a hospital's people and interface engines may call,
 * not how the platform's own staff run the hospitals: their operations exist (and refuse everyone
 * else) but are not advertised. Those are documented in docs/operations.md.
 */
public class HospitalFacingDocument implements OASFilter {

  /** Paths of platform staff's operations. */
  static final List<String> PLATFORM_PATHS = List.of("/api/v1/platform/", "/api/v1/tenants");

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
      return;
    }
    openAPI.getPaths().getPathItems().keySet().stream()
        .filter(path -> PLATFORM_PATHS.stream().anyMatch(path::startsWith))
        .toList()
        .forEach(openAPI.getPaths()::removePathItem);
  }
}
