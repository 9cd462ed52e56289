package org.trayflow.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;

/** Page-level settings shared by every view. */
@Meta(name = "application-name", content = "Trayflow")
public class TrayflowShell implements AppShellConfigurator {}
