package org.trayflow.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.trayflow.ui.ScreenTitle;
import org.trayflow.ui.TitledScreen;

/**
 * Every screen's browser tab is named in the reader's words: each route is a {@link TitledScreen}
 * whose {@link ScreenTitle} is a key of the screens' words, and none uses Vaadin's fixed-text
 * {@link PageTitle}.
 */
class ScreenTitlesTest {

  @Test
  void every_screen_names_its_tab_with_a_key_of_the_screens_words() {
    List<JavaClass> screens =
        new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.trayflow.ui")
                .stream()
                .filter(c -> c.isAnnotatedWith(Route.class))
                .toList();
    ResourceBundle words = ResourceBundle.getBundle("org.trayflow.ui.words", Locale.ROOT);
    assertThat(screens).hasSizeGreaterThan(15);
    for (JavaClass screen : screens) {
      assertThat(screen.isAssignableTo(TitledScreen.class)).as(screen.getName()).isTrue();
      assertThat(screen.isAnnotatedWith(PageTitle.class)).as(screen.getName()).isFalse();
      String key = screen.getAnnotationOfType(ScreenTitle.class).value();
      assertThat(words.containsKey(key)).as(screen.getName() + ": " + key).isTrue();
    }
  }
}
