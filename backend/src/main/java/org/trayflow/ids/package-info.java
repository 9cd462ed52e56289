/**
 * The ids by which features refer to each other's things: an order, a patient. Each is a number to
 * the hospital's people and on the API, and a type in the code, so that a patient's id can never be
 * passed where an order's is meant. They depend on nothing, so that every feature may use them
 * (docs/architecture.md, "Features and their layout").
 */
package org.trayflow.ids;
