package org.trayflow.tenantconfig;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The committed JSON Schema and the reader describe the same format. */
class TenantConfigurationSchemaTest {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private final JsonSchema schema = loadSchema();

  @Test
  void the_valid_example_and_every_exported_demo_tenant_conform_to_the_schema() throws IOException {
    assertThat(validate(TenantFile.valid().yaml())).isEmpty();
    assertThat(
            validate(
                TenantFile.valid()
                    .replace(
                        "name: St Elsewhere",
                        "name: St Elsewhere\nidentityProvider: {issuer: \"https://idp.example/staff\", usernameClaim: email}")
                    .yaml()))
        .isEmpty();
    for (TenantConfiguration tenant : DemoTenants.all()) {
      StringWriter exported = new StringWriter();
      new TenantConfigurationWriter().write(tenant, exported);
      assertThat(validate(exported.toString())).as(tenant.slug().value()).isEmpty();
    }
  }

  @Test
  void the_schema_refuses_what_the_reader_refuses() throws IOException {
    assertThat(validate(TenantFile.valid().replace("kind: pick-up-point", "kind: canteen").yaml()))
        .isNotEmpty();
    assertThat(
            validate(
                TenantFile.valid()
                    .replace("name: St Elsewhere", "name: St Elsewhere\ncolour: blue")
                    .yaml()))
        .isNotEmpty();
    assertThat(validate(TenantFile.valid().replace("\"10:30\"", "\"25:30\"").yaml())).isNotEmpty();
    assertThat(
            validate(
                TenantFile.valid()
                    .replace(
                        "name: St Elsewhere",
                        "name: St Elsewhere\nidentityProvider: {issuer: \"http://idp.example\", usernameClaim: email}")
                    .yaml()))
        .isNotEmpty();
  }

  @Test
  void the_schema_knows_exactly_the_readers_top_level_fields() {
    JsonNode properties = readSchemaTree().get("properties");
    assertThat(properties.properties())
        .extracting(java.util.Map.Entry::getKey)
        .containsExactlyInAnyOrderElementsOf(TenantConfigurationReader.TENANT_FIELDS);
  }

  private Set<ValidationMessage> validate(String yaml) throws IOException {
    return schema.validate(YAML.readTree(yaml));
  }

  private static JsonSchema loadSchema() {
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(readSchemaTree());
  }

  private static JsonNode readSchemaTree() {
    try (InputStream in =
        TenantConfigurationSchemaTest.class.getResourceAsStream(
            "tenant-configuration.schema.json")) {
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
