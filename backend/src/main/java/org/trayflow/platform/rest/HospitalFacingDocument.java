package org.trayflow.platform.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * /openapi answers anyone, so it describes what a hospital's people and interface engines may call,
 * not how the platform's own staff run the hospitals: their operations exist (and refuse everyone
 * else) but are not advertised. Those are documented in docs/operations.md.
 *
 * <p>Every operation under a hospital's path names its {@code {tenant}}: the tenant is entered from
 * the path by a filter (TenantPathScope), so most resource methods never read it, yet a document
 * whose path has a parameter that no operation declares is invalid (Liberty's CWWKO1650E) and a
 * client generated from it could not fill the path in.
 */
public class HospitalFacingDocument implements OASFilter {

  /** Paths of platform staff's operations. */
  static final List<String> PLATFORM_PATHS = List.of("/api/v1/platform/", "/api/v1/tenants");

  /** Where a hospital's own operations start. */
  static final String HOSPITAL_PATH = "/api/v1/t/{tenant}/";

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
      return;
    }
    openAPI.getPaths().getPathItems().keySet().stream()
        .filter(path -> PLATFORM_PATHS.stream().anyMatch(path::startsWith))
        .toList()
        .forEach(openAPI.getPaths()::removePathItem);
    openAPI.getPaths().getPathItems().entrySet().stream()
        .filter(path -> path.getKey().startsWith(HOSPITAL_PATH))
        .flatMap(path -> path.getValue().getOperations().values().stream())
        .filter(operation -> !namesTheTenant(operation))
        .forEach(operation -> operation.addParameter(tenant()));
  }

  private static boolean namesTheTenant(Operation operation) {
    return operation.getParameters() != null
        && operation.getParameters().stream()
            .anyMatch(p -> "tenant".equals(p.getName()) && p.getIn() == Parameter.In.PATH);
  }

  private static Parameter tenant() {
    return OASFactory.createParameter()
        .name("tenant")
        .in(Parameter.In.PATH)
        .required(true)
        .description("The hospital's code, as its people type it to sign in")
        .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
  }
}
