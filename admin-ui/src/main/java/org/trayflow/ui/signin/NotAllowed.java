package org.trayflow.ui.signin;

/** Raised when a signed-in person opens a view their roles do not cover. */
public class NotAllowed extends RuntimeException {

  public NotAllowed() {
    super("not allowed", null, false, false);
  }
}
