package org.trayflow.ordering;

import java.util.List;

/**
 * One page of orders, newest first; {@code next} fetches the page after it, and is null on the last
 * page.
 */
public record OrderPage(List<PlacedOrder> orders, String next) {}
