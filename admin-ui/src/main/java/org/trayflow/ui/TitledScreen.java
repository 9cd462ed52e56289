package org.trayflow.ui;

import static org.trayflow.ui.Translations.words;

import com.vaadin.flow.router.HasDynamicTitle;

/**
 * A screen whose tab reads "Sites · Trayflow" in the reader's words, named by its {@link
 * ScreenTitle}.
 */
public interface TitledScreen extends HasDynamicTitle {

  @Override
  default String getPageTitle() {
    return words("screen.title", words(getClass().getAnnotation(ScreenTitle.class).value()));
  }
}
