package org.trayflow.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Screens in the reader's language and their hospital's formats: a hospital in France gives its new
 * people French, each person may choose another language for themselves and keeps it, and a
 * hospital in the United States reads its dates as Americans write them. Desktop and phone.
 */
class LanguageIT {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static RushTenant hospital;
  private static long gratin;
  private final Browser browser = new Browser();

  @BeforeAll
  static void aHospitalInFrance() throws Exception {
    hospital = RushTenant.register("paris", 60);
    hospital.reconfigure(
        file ->
            file.replace("timeZone: Pacific/Auckland", "timeZone: Europe/Paris\nlocale: fr-FR")
                .replace(
                    "payment: {mode: free, currency: NZD}",
                    "payment: {mode: allowance, currency: EUR, dailyAllowance: 12.50}"));
    List<Long> dishes =
        hospital.offerDishes(
            List.of(
                "{\"name\":\"Gratin dauphinois\",\"category\":\"Main\",\"portionSize\":\"1\","
                    + "\"price\":4.20,\"allergens\":[\"milk\"],\"dietTags\":[],"
                    + "\"nutrition\":{\"energyKcal\":320,\"proteinG\":8.5}}",
                "{\"name\":\"Poulet satay\",\"category\":\"Main\",\"portionSize\":\"1\","
                    + "\"price\":5.10,\"allergens\":[\"peanuts\"],\"dietTags\":[]}"),
            40,
            LocalDate.now(PARIS).plusDays(1));
    gratin = dishes.get(0);
  }

  /** Someone of the hospital whose administrator set their language to French; their user name. */
  private static String personReadingFrench(String who, String name, String role) throws Exception {
    String username = who + "@" + hospital.slug;
    hospital.addPersonWithDemoPassword(username, name, null, role);
    String admin =
        ServerSide.tokenFor("admin@" + hospital.slug, hospital.id, hospital.slug, "TENANT_ADMIN");
    HttpResponse<String> french =
        Api.put(
            hospital.base() + "/people/" + username,
            "{\"displayName\":\"" + name + "\",\"language\":\"fr\"}",
            "application/json",
            admin);
    assertThat(french.statusCode()).as(french.body()).isEqualTo(200);
    return username;
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void a_new_person_of_a_french_hospital_is_given_french() throws Exception {
    String admin =
        ServerSide.tokenFor("admin@" + hospital.slug, hospital.id, hospital.slug, "TENANT_ADMIN");
    HttpResponse<String> added =
        Api.post(
            hospital.base() + "/people",
            "{\"username\":\"luc@"
                + hospital.slug
                + "\",\"displayName\":\"Luc Bernard\",\"roles\":[\"STAFF\"]}",
            "application/json",
            admin);
    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    assertThat(Api.json(added).getJsonObject("person").getString("language")).isEqualTo("fr");
  }

  @Test
  void a_person_reads_in_the_language_they_choose_with_the_hospitals_money_and_dates()
      throws Exception {
    String camille = "camille@" + hospital.slug;
    hospital.addPersonWithDemoPassword(camille, "Camille Martin", null, "STAFF");
    Page page = browser.newPage();
    LoginPage.open(page).signInSuccessfully(camille, Browser.demoPassword());
    OrderMealPage order = OrderMealPage.open(page);
    // English words, the hospital's euros
    assertThat(page.locator("h2").first()).hasText("Order a meal");
    order.chooseTomorrow();
    assertThat(order.dish(gratin)).containsText("€4.20");

    page.locator("#language").click();
    page.locator("vaadin-select-item:visible", new Page.LocatorOptions().setHasText("Français"))
        .click();
    assertThat(page.locator("html")).hasAttribute("lang", "fr-FR");
    assertThat(page.locator(".skip-link")).hasText("Aller au contenu principal");
    assertThat(page.locator("h2").first()).hasText("Commander un repas");
    order.chooseTomorrow();
    order.deliverTo("Ward 1");
    LocalDate tomorrow = LocalDate.now(PARIS).plusDays(1);
    assertThat(order.standing())
        .containsText(DateTimeFormatter.ofPattern("EEE d MMM", Locale.FRANCE).format(tomorrow));
    assertThat(order.standing()).containsText("Fuseau horaire : heure d’Europe centrale");
    assertThat(order.dish(gratin)).containsText(Pattern.compile("4,20\\s€"));
    assertThat(order.dish(gratin).locator(".dish-allergens")).hasText("Contient : Lait");
    order.add(gratin);
    assertThat(page.locator("#cart-totals .cart-price"))
        .hasText(Pattern.compile("Total : 4,20\\s€"));
    assertThat(Accessibility.seriousViolations(page)).isEmpty();
    Browser.screenshot(page, "language-french-desktop");
    order.placeOrder();
    assertThat(order.notice()).containsText("Commandé : 1 × Gratin dauphinois");
    assertThat(
            ServerSide.queryLong(
                "select count(*) from user_account where username = ? and language = 'fr'",
                camille))
        .isEqualTo(1);

    // the choice is the person's: it follows them to their phone
    Page phone = browser.newPhonePage();
    LoginPage.open(phone).signInSuccessfully(camille, Browser.demoPassword());
    OrderMealPage onThePhone = OrderMealPage.open(phone);
    assertThat(phone.locator("h2").first()).hasText("Commander un repas");
    assertThat(phone.locator("#my-orders")).containsText("Commandé");
    assertThat(onThePhone.fitsTheScreenWidth()).isTrue();
    assertThat(Accessibility.seriousViolations(phone)).isEmpty();
    Browser.screenshot(phone, "language-french-phone");
  }

  @Test
  void a_french_nurse_reads_the_ward_and_why_a_dish_is_not_offered_in_french() throws Exception {
    HospitalRecord record = new HospitalRecord(hospital);
    String mrn = "F" + UUID.randomUUID().toString().substring(0, 6);
    long patient = record.admitOnARegularDiet(mrn, "3");
    String claire = personReadingFrench("claire", "Claire Petit", "WARD_STAFF");
    HttpResponse<String> allergies =
        Api.put(
            hospital.base() + "/patients/" + patient + "/allergies",
            "{\"allergens\":[\"peanuts\"],\"other\":\"\",\"loosening\":"
                + "{\"reason\":\"asked the patient: no kiwi intolerance\"}}",
            "application/json",
            Api.tokenFor(claire));
    assertThat(allergies.statusCode()).as(allergies.body()).isEqualTo(200);

    Page ward = browser.newPage();
    Browser.signedInAt(ward, claire, "/ward");
    Browser.chooseDay(ward, "ward-day", LocalDate.now(PARIS).plusDays(1));
    assertThat(ward.locator("h2").first()).hasText("Service");
    assertThat(ward.locator("#ordering-state")).containsText("Les commandes pour Lunch du ");
    Locator bed = ward.locator(".bed-card[data-bed='3']");
    assertThat(bed.locator(".bed-number")).hasText("Lit 3");
    assertThat(bed.locator(".bed-diet")).containsText("normal");
    assertThat(bed.locator(".bed-allergies")).hasText("Allergies : Arachides");
    assertThat(bed.locator(".bed-meals")).hasText("pas commandé");
    assertThat(bed.locator(".order-for-patient")).hasText("Commander");
    bed.locator(".order-for-patient").click();
    Locator dialog = ward.locator("vaadin-dialog-overlay");
    assertThat(dialog.locator(".dialog-allergies")).hasText("Allergies : Arachides");
    assertThat(dialog.locator(".excluded-reason")).hasText("contient arachides (allergie)");
    assertThat(Accessibility.seriousViolations(ward)).isEmpty();
    Browser.screenshot(ward, "language-french-ward-meal");
    dialog.locator(".safe-dish").filter(new Locator.FilterOptions().setHasText("Gratin")).click();
    dialog.locator("#place-patient-meal").click();
    assertThat(ward.locator("vaadin-notification-card"))
        .containsText("Lunch commandé pour DOE, JANE, lit 3.");
    assertThat(bed.locator(".bed-meals")).containsText("Gratin dauphinois · commandé");
    bed.locator(".enter-diet-order").click();
    assertThat(ward.locator("#diet-in-force"))
        .hasText("En vigueur : normal, IDDSI 7 normal, IDDSI 0 fluide");
    Browser.screenshot(ward, "language-french-diet-order");
    // a hold without its reason is refused in the nurse's words
    ward.locator("#diet-npo input").check();
    ward.locator("#record-diet-order").click();
    assertThat(ward.locator("#diet-problem"))
        .hasText(
            "Dites pourquoi le patient est à jeun (bloc, un examen, une évaluation de la"
                + " déglutition…).");
    ward.keyboard().press("Escape");
    // taking an allergy away loosens the diet: the nurse is asked in French what it loosens
    bed.locator(".enter-allergies").click();
    ward.locator("#allergy-coded vaadin-checkbox")
        .filter(new Locator.FilterOptions().setHasText("Arachides"))
        .locator("input")
        .uncheck();
    ward.locator("#record-allergies").click();
    assertThat(ward.locator("#diet-loosens"))
        .hasText(
            "Ceci assouplit le régime du patient : allergie retirée : Arachides. Ne l'enregistrez"
                + " que si c'est voulu, et dites pourquoi.");
    Browser.screenshot(ward, "language-french-loosening");
    ward.keyboard().press("Escape");

    // the kitchen of the same hospital, in French: what to cook, and moving the meal on
    String marc = personReadingFrench("marc", "Marc Roux", "KITCHEN_MANAGER");
    Page kitchen = browser.newPage();
    Browser.signedInAt(kitchen, marc, "/kitchen/dashboard");
    Browser.chooseDay(kitchen, "kitchen-day", LocalDate.now(PARIS).plusDays(1));
    assertThat(kitchen.locator("h2").first()).hasText("Cuisine");
    // the staff test's order may be there too: one or two portions
    assertThat(kitchen.locator("#kitchen-meals"))
        .containsText(Pattern.compile("[12] portions? commandées?"));
    kitchen.locator("#step-lunch-in-preparation").click();
    assertThat(kitchen.locator("#move-count"))
        .hasText(
            Pattern.compile(
                "[12] commandes? à l'étape « commandé » peu(t|vent) passer à « en préparation »\\."));
    Browser.screenshot(kitchen, "language-french-kitchen");
    kitchen.keyboard().press("Escape");
    kitchen.navigate(TrayflowServer.baseUrl() + "/kitchen/dishes");
    assertThat(kitchen.locator("h2").first()).hasText("Plats");
    assertThat(kitchen.locator("#dishes")).containsText("Arachides");
    assertThat(kitchen.locator("#dishes")).containsText("proposé");
    kitchen.navigate(TrayflowServer.baseUrl() + "/kitchen/planner");
    assertThat(kitchen.locator("h2").first()).hasText("Menus de la semaine");
    assertThat(kitchen.locator("#open-week")).hasText("Ouvrir la semaine");
    kitchen.navigate(TrayflowServer.baseUrl() + "/password");
    assertThat(kitchen.locator("#password-rules li").first())
        .containsText("Au moins 12 caractères");

    Page phone = browser.newPhonePage();
    Browser.signedInAt(phone, claire, "/ward");
    Browser.chooseDay(phone, "ward-day", LocalDate.now(PARIS).plusDays(1));
    assertThat(phone.locator(".bed-card[data-bed='3'] .bed-meals"))
        .containsText("Gratin dauphinois · commandé");
    assertThat(
            (Boolean) phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
        .isTrue();
    Browser.screenshot(phone, "language-french-ward-phone");
  }

  @Test
  void a_french_administrator_runs_the_hospital_in_french() throws Exception {
    String admin = personReadingFrench("direction", "Hélène Roux", "TENANT_ADMIN");
    Page page = browser.newPage();
    LoginPage.open(page).signInSuccessfully(admin, Browser.demoPassword());
    page.navigate(TrayflowServer.baseUrl() + "/people");
    assertThat(page).hasTitle("Personnes · Trayflow");
    assertThat(page.locator("h2").first()).containsText("Personnes de ");
    assertThat(page.locator("#people")).containsText("Dernière connexion (Europe/Paris)");
    assertThat(page.locator("#people")).containsText("Administrateur de l'hôpital");
    page.locator("#new-username input").fill("ines@" + hospital.slug);
    page.locator("#add-person").click();
    assertThat(page.locator("#new-roles")).containsText("Choisissez au moins un rôle");
    assertThat(Accessibility.seriousViolations(page)).isEmpty();
    Browser.screenshot(page, "language-french-people");
    Page phone = browser.newPhonePage();
    Browser.signedInAt(phone, admin, "/people");
    assertThat(phone.locator("h2").first()).containsText("Personnes de ");
    assertThat(
            (Boolean) phone.evaluate("document.scrollingElement.scrollWidth <= window.innerWidth"))
        .as("nothing scrolls sideways")
        .isTrue();
    // the way out stays on the phone's screen, named for a screen reader
    var signOut = phone.locator("#sign-out").boundingBox();
    assertThat(signOut.x + signOut.width).isLessThanOrEqualTo(390);
    assertThat(phone.locator("#sign-out")).hasAttribute("aria-label", "Se déconnecter");
    Browser.screenshot(phone, "language-french-people-phone");
    phone.navigate(TrayflowServer.baseUrl() + "/meal-periods");
    phone.locator("#new-meal").click();
    Browser.screenshot(phone, "language-french-meal-periods-phone");

    page.navigate(TrayflowServer.baseUrl() + "/meal-periods");
    assertThat(page).hasTitle("Repas · Trayflow");
    assertThat(page.locator("#meal-periods")).containsText("Heure limite");
    assertThat(page.locator(".zone-sentence")).containsText("Fuseau horaire : heure");
    page.locator("#new-meal").click();
    assertThat(page.locator("#meal-cut-off")).containsText("jours avant le repas, à");
    page.locator("#save-meal").click();
    assertThat(page.locator("#meal-name")).containsText("Obligatoire");
    Browser.screenshot(page, "language-french-meal-periods");

    page.navigate(TrayflowServer.baseUrl() + "/audit-log");
    assertThat(page.locator("#audit-log")).containsText("Quand (Europe/Paris)");
    assertThat(page.locator("#audit-log")).containsText("Configuration modifiée");
    assertThat(page.locator("#audit-count")).containsText("trouvée");
    assertThat(Accessibility.seriousViolations(page)).isEmpty();
    Browser.screenshot(page, "language-french-audit-log");

    page.navigate(TrayflowServer.baseUrl() + "/configuration");
    assertThat(page.locator("#preview")).hasText("Vérifier et montrer les changements");
    page.locator("#preview").click();
    assertThat(page.locator("#configuration-preview"))
        .containsText("déjà la configuration en vigueur");
  }

  @Test
  void before_anyone_signs_in_the_page_speaks_the_browsers_language_where_trayflow_does() {
    Page french = browser.newPageIn("fr-FR");
    LoginPage.open(french);
    assertThat(french.locator("html")).hasAttribute("lang", "fr-GB");
    assertThat(french.getByLabel("Nom d'utilisateur")).isVisible();
    assertThat(french.locator("#hospital-sign-in-panel")).containsText("compte de votre hôpital");
    assertThat(Accessibility.seriousViolations(french)).isEmpty();
    Browser.screenshot(french, "language-sign-in-french");
    // the refusal too, with the same words for a wrong password as for an unknown name
    LoginPage.shownOn(french).signIn("nobody@" + hospital.slug, "not-the-password");
    assertThat(french.locator("vaadin-login-form-wrapper"))
        .containsText("Le nom d'utilisateur ou le mot de passe n'est pas le bon.");

    Page german = browser.newPageIn("de-DE");
    LoginPage.open(german);
    assertThat(german.locator("html")).hasAttribute("lang", "en-GB");
    assertThat(german.getByLabel("User name")).isVisible();
  }

  @Test
  void a_hospital_in_the_united_states_reads_american_dates() {
    Page page = browser.newPage();
    LoginPage.open(page).signInSuccessfully("staff@riverside", Browser.demoPassword());
    OrderMealPage order = OrderMealPage.open(page);
    order.chooseTomorrow();
    LocalDate tomorrow = LocalDate.now(ZoneId.of("America/Los_Angeles")).plusDays(1);
    assertThat(order.standing())
        .containsText(DateTimeFormatter.ofPattern("EEE, MMM d", Locale.US).format(tomorrow));
    assertThat(order.standing()).containsText("Times are Pacific Time.");
    assertThat(page.locator("html")).hasAttribute("lang", "en-US");
    Browser.screenshot(page, "language-us-desktop");

    // a nil-by-mouth hold until a day and time: the day as Americans write it, the time on the
    // 24-hour clock as the rest of the hospital's screens
    Page ward = browser.newPage();
    Browser.signedInAt(ward, "ward-staff@riverside", "/ward");
    ward.locator(".enter-diet-order").first().click();
    ward.locator("#diet-npo input").check();
    ward.locator("#diet-hold-until-day input").fill(Browser.typed(ward, tomorrow));
    ward.locator("#diet-hold-until-day input").press("Enter");
    ward.locator("#diet-hold-until-time input").fill("14:30");
    ward.locator("#diet-hold-until-time input").press("Enter");
    assertThat(ward.locator("#diet-hold-until-day input"))
        .hasValue(DateTimeFormatter.ofPattern("M/d/yyyy").format(tomorrow));
    assertThat(ward.locator("#diet-hold-until-time input")).hasValue("14:30");
    Browser.screenshot(ward, "language-us-hold-until");
  }
}
