package org.trayflow.platform.logging;

import java.lang.reflect.Method;

/**
 * Fields added to every log record the current thread writes ({@code ext_tenant}, {@code
 * ext_correlationId} in Liberty's JSON logs), through Liberty's LogRecordContext API. It is
 * Liberty's own API, on the server's class path but not on Maven Central, so it is looked up at run
 * time; outside Liberty (unit tests) the fields are simply not written.
 */
public final class LogFields {

  private static final Method ADD = find("addExtension", String.class, String.class);
  private static final Method REMOVE = find("removeExtension", String.class);

  private LogFields() {}

  public static void put(String name, String value) {
    call(ADD, name, value);
  }

  public static void remove(String name) {
    call(REMOVE, name);
  }

  private static void call(Method method, Object... arguments) {
    if (method == null) {
      return;
    }
    try {
      method.invoke(null, arguments);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Liberty's LogRecordContext refused " + method.getName(), e);
    }
  }

  private static Method find(String name, Class<?>... parameters) {
    try {
      return Class.forName("com.ibm.websphere.logging.hpel.LogRecordContext")
          .getMethod(name, parameters);
    } catch (ClassNotFoundException | NoSuchMethodException notInLiberty) {
      return null;
    }
  }
}
