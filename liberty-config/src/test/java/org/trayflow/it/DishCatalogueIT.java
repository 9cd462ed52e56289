package org.trayflow.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A kitchen manager types a dish in the browser whose labels contradict its allergens: the form
 * refuses it next to the diets, nothing is stored, and once corrected (with a "may contain" label)
 * the catalogue shows both lists in the hospital's names.
 */
class DishCatalogueIT {

  private final Browser browser = new Browser();

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void a_vegan_dish_with_fish_eggs_and_milk_is_refused_at_the_diets_and_saved_once_corrected()
      throws Exception {
    RushTenant hospital = RushTenant.register("dishes", 600);
    String cook = "chef@" + hospital.slug;
    hospital.addPersonWithDemoPassword(cook, "Chef Rua", null, "KITCHEN_MANAGER");
    String name = "Kedgeree " + UUID.randomUUID().toString().substring(0, 4);
    for (Page page : new Page[] {browser.newPage(), browser.newPhonePage()}) {
      boolean phone = page.viewportSize().width < 600;
      LoginPage.open(page).signInSuccessfully(cook, Browser.demoPassword());
      page.navigate(TrayflowServer.baseUrl() + "/kitchen/dishes");
      page.locator("#new-dish").click();
      String typed = name + (phone ? " (phone)" : "");
      page.locator("#dish-name input").fill(typed);
      page.locator("#dish-category input").fill("Main");
      page.locator("#dish-price input").fill("4.20");
      tick(page, "#dish-allergens", "Fish");
      tick(page, "#dish-allergens", "Eggs");
      tick(page, "#dish-allergens", "Milk");
      tick(page, "#dish-diets", "vegan");
      page.locator("vaadin-button:has-text('Save')").click();

      Locator diets = page.locator("#dish-diets");
      assertThat(diets).hasAttribute("invalid", "");
      assertThat(diets).containsText("The dish is labelled vegan but it contains eggs, fish, milk");
      Browser.screenshot(page, "dish-contradiction" + (phone ? "-phone" : ""));
      assertThat(
              ServerSide.queryLong(
                  "select count(*) from menu_item where tenant_id = ? and name = ?",
                  hospital.id,
                  typed))
          .as("nothing stored")
          .isZero();

      page.locator("#dish-diets vaadin-checkbox")
          .filter(new Locator.FilterOptions().setHasText("vegan"))
          .locator("input")
          .uncheck();
      tick(page, "#dish-may-contain", "Celery");
      page.locator("vaadin-button:has-text('Save')").click();
      assertThat(page.locator("vaadin-notification-card")).containsText("is saved");
      assertThat(page.locator("#dishes")).containsText("May contain");
      assertThat(page.locator("#dishes")).containsText("Celery");
    }
    assertThat(
            ServerSide.queryLong(
                "select count(*) from menu_item where tenant_id = ? and name like ?"
                    + " and may_contain = '{CELERY}' and diet_tags = '{}'",
                hospital.id,
                name + "%"))
        .isEqualTo(2);
  }

  private static void tick(Page page, String group, String label) {
    page.locator(group + " vaadin-checkbox")
        .filter(new Locator.FilterOptions().setHasText(label))
        .locator("input")
        .check();
  }
}
