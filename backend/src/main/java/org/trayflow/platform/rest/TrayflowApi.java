package org.trayflow.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

@ApplicationPath("/api")
@LoginConfig(authMethod = "MP-JWT", realmName = "trayflow")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Trayflow API",
            version = "1",
            description = "Meal ordering for hospitals: tenants, menus, orders."))
public class TrayflowApi extends Application {}
