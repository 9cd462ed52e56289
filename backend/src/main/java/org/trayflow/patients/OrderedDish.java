package org.trayflow.patients;

import org.trayflow.menus.PublishedMenu.OfferedDish;

/**
 * A dish of a patient's meal as it is ordered.
 *
 * @param checkedByHand the orderer says they checked it by hand against the allergies Trayflow
 *     cannot check
 */
public record OrderedDish(OfferedDish dish, boolean checkedByHand) {}
