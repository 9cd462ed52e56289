package org.trayflow.it;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.Arrays;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Deployments for in-server tests: the WAR the build produced, under another name, plus the test
 * classes. Nothing of the application is listed by hand, so the tests run exactly what ships.
 */
public final class TrayflowWar {

  private TrayflowWar() {}

  public static WebArchive with(Class<?>... testClasses) {
    return asAnotherInstance(testClasses[0].getSimpleName()).addClasses(testClasses);
  }

  /**
   * The jars these classes come from, for a test that runs inside the server and needs a test
   * library there (Awaitility and its Hamcrest).
   */
  public static File[] jarsOf(Class<?>... classes) {
    return Arrays.stream(classes)
        .map(
            type -> {
              try {
                return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
              } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
              }
            })
        .toArray(File[]::new);
  }

  /**
   * Where Arquillian deployed a second instance, without the trailing slash, as paths are appended
   * to it.
   */
  static String baseUrlOf(URL deployed) {
    String url = deployed.toExternalForm();
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  /**
   * The WAR as shipped, under another name: a second instance of the application in the same
   * server.
   */
  static WebArchive asAnotherInstance(String name) {
    return ShrinkWrap.create(WebArchive.class, "trayflow-" + name + ".war")
        .merge(
            ShrinkWrap.createFromZipFile(
                WebArchive.class,
                new File(System.getProperty("trayflow.it.war", "target/trayflow.war"))));
  }
}
