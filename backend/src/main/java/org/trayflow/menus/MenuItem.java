package org.trayflow.menus;

/** A dish of the tenant's catalogue, as it is offered on menus. */
public record MenuItem(long id, MenuItemDetails details) {}
