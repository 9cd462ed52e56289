package org.trayflow.ui;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The words' key of a screen's name, shown in the browser's tab by {@link TitledScreen} in the
 * reader's language. Vaadin's own {@code @PageTitle} takes fixed text, which would stay English.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Inherited
public @interface ScreenTitle {
  String value();
}
