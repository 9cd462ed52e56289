package org.trayflow.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Deployments for in-server tests: the WAR the build produced, under another name, plus the test classes.
 * Nothing of the application is listed by hand, so the tests run exactly what ships.
 */
final class TrayflowWar {

  private TrayflowWar() {}

  static WebArchive with(Class<?>... testClasses) {
    File war = new File(System.getProperty("trayflow.it.war", "target/trayflow.war"));
    return ShrinkWrap.create(WebArchive.class, "trayflow-" + testClasses[0].getSimpleName() + ".war")
        .merge(ShrinkWrap.createFromZipFile(WebArchive.class, war))
        .addClasses(testClasses);
  }
}
