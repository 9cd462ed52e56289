package org.trayflow.ui.ordering;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.trayflow.identity.SignedInUser;
import org.trayflow.menus.Allergen;
import org.trayflow.menus.PublishedMenu;
import org.trayflow.ordering.Checkout;
import org.trayflow.ordering.MealOffer;
import org.trayflow.ordering.MealOffers;
import org.trayflow.ordering.OrderBook;
import org.trayflow.ordering.OrderRequest;
import org.trayflow.ordering.Orderer;
import org.trayflow.ordering.PlacedOrder;
import org.trayflow.ordering.SoldOut;
import org.trayflow.payments.AccountStanding;
import org.trayflow.payments.StaffPayments;
import org.trayflow.platform.ExpectedFailure;
import org.trayflow.platform.HospitalMoney;
import org.trayflow.tenancy.LocationSummary;
import org.trayflow.tenancy.Sites;
import org.trayflow.tenancy.TenantConfigurations;
import org.trayflow.tenancy.TenantSummary;
import org.trayflow.tenantconfig.MealPeriod;
import org.trayflow.tenantconfig.Payment;
import org.trayflow.tenantconfig.Slug;
import org.trayflow.tenantconfig.TenantConfiguration;
import org.trayflow.ui.AllergenNames;
import org.trayflow.ui.FailureWords;
import org.trayflow.ui.MainLayout;
import org.trayflow.ui.ScreenTitle;
import org.trayflow.ui.Times;
import org.trayflow.ui.TitledScreen;
import org.trayflow.ui.signin.CurrentUser;
import org.trayflow.ui.signin.SessionEnded;

/**
 * Staff order their own meals here, on a phone as well as at a desk: today's or tomorrow's menu of
 * a meal with the portions left, a cart, the checkout, and their orders with a cancel button until
 * the cut-off. Days are the hospital's, in its time zone.
 */
@Route(value = "order", layout = MainLayout.class)
@ScreenTitle("nav.order")
@RolesAllowed({"STAFF", "WARD_STAFF", "KITCHEN_MANAGER", "TENANT_ADMIN"})
@Dependent
public class OrderMealView extends VerticalLayout implements TitledScreen {

  private final MealOffers offers;
  private final Checkout checkout;
  private final KeptCarts keptCarts;
  private final StaffPayments payments;
  private final SignedInUser user = CurrentUser.get().orElseThrow();
  private final TenantConfiguration hospital;
  private final Map<String, List<LocationSummary>> locations;
  private final Map<String, String> siteNames;
  private final Select<TenantSummary.SiteSummary> site = new Select<>();
  private final Tabs day = new Tabs();
  private final Select<MealPeriod> meal = new Select<>();
  private final Select<LocationSummary> deliverTo = new Select<>();
  private final Paragraph standing = new Paragraph();
  private final MultiSelectComboBox<Allergen> leaveOut = new MultiSelectComboBox<>();
  private final Select<String> diet = new Select<>();
  private final Paragraph hidden = new Paragraph();
  private final Div dishes = new Div();
  private final CartPanel cartPanel = new CartPanel(this::placeOrder);
  private final MyOrders myOrders;
  private final Cart cart = new Cart();
  private final Map<Long, DishChoice> cards = new HashMap<>();
  private final List<LocalDate> days;
  private MealOffer shown;
  private AccountStanding standingForDay;

  @Inject
  public OrderMealView(
      MealOffers offers,
      Checkout checkout,
      OrderBook book,
      Sites sites,
      TenantConfigurations configurations,
      KeptCarts keptCarts,
      StaffPayments payments,
      Clock clock) {
    this.offers = offers;
    this.keptCarts = keptCarts;
    this.checkout = checkout;
    this.payments = payments;
    this.hospital = configurations.configuration().orElseThrow();
    this.locations = sites.listLocations();
    List<TenantSummary.SiteSummary> allSites = sites.listSites();
    this.siteNames =
        allSites.stream()
            .collect(
                Collectors.toMap(TenantSummary.SiteSummary::slug, TenantSummary.SiteSummary::name));
    LocalDate today = LocalDate.now(clock.withZone(hospital.timeZone()));
    this.days = List.of(today, today.plusDays(1));
    setMaxWidth("42em");
    setWidthFull();
    getStyle().set("margin", "0 auto").set("box-sizing", "border-box");

    site.setLabel(getTranslation("order.site"));
    site.setId("order-site");
    site.setItems(allSites);
    site.setItemLabelGenerator(TenantSummary.SiteSummary::name);
    site.setVisible(allSites.size() > 1);
    site.setWidthFull();
    day.setId("order-day");
    day.add(new Tab(getTranslation("order.today")), new Tab(getTranslation("order.tomorrow")));
    day.setFlexGrowForEnclosedTabs(1);
    day.setWidthFull();
    meal.setLabel(getTranslation("order.meal"));
    meal.setId("order-meal");
    meal.setItems(hospital.mealPeriods());
    meal.setItemLabelGenerator(MealPeriod::name);
    meal.setWidthFull();
    deliverTo.setLabel(getTranslation("order.deliverTo"));
    deliverTo.setId("order-location");
    deliverTo.setItemLabelGenerator(LocationSummary::name);
    deliverTo.setWidthFull();
    leaveOut.setLabel(getTranslation("order.leaveOut"));
    leaveOut.setId("filter-allergens");
    leaveOut.setItems(Allergen.values());
    leaveOut.setItemLabelGenerator(a -> AllergenNames.of(a, hospital.allergenPolicy().scheme()));
    leaveOut.getStyle().set("flex", "2 1 16em");
    leaveOut.setHelperText(getTranslation("order.leaveOut.help"));
    diet.setLabel(getTranslation("order.diet"));
    diet.setId("filter-diet");
    diet.setEmptySelectionAllowed(true);
    diet.setEmptySelectionCaption(getTranslation("order.diet.any"));
    diet.setItems(hospital.dietTags().stream().map(Slug::value).toList());
    diet.getStyle().set("flex", "1 1 12em");
    HorizontalLayout filters = new HorizontalLayout(leaveOut, diet);
    filters.setWidthFull();
    filters.getStyle().set("flex-wrap", "wrap");
    hidden.setId("dishes-hidden");
    hidden.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-s)");
    leaveOut.addValueChangeListener(change -> showDishes());
    diet.addValueChangeListener(change -> showDishes());
    standing.setId("ordering-standing");
    standing.getStyle().set("margin", "0");
    dishes.setId("dishes");
    dishes.setWidthFull();
    dishes
        .getStyle()
        .set("display", "flex")
        .set("flex-direction", "column")
        .set("gap", "var(--lumo-space-s)");
    myOrders =
        new MyOrders(
            cursor -> book.ofOrderer(user.username(), cursor, 10),
            order ->
                checkout
                    .cancelRefusal(hospital, order)
                    .map(refusal -> WhyNotCancellable.of(refusal, order, hospital)),
            this::confirmCancel,
            this::whereTo,
            this::mealName);

    site.addValueChangeListener(
        change -> {
          deliverTo.setItems(locations.getOrDefault(change.getValue().slug(), List.of()));
          deliverTo.getListDataView().getItems().findFirst().ifPresent(deliverTo::setValue);
          showMeal();
        });
    day.addSelectedChangeListener(change -> showMeal());
    meal.addValueChangeListener(change -> showMeal());
    deliverTo.addValueChangeListener(
        change -> {
          if (shown != null) {
            followCart();
          }
        });

    add(
        new H2(getTranslation("order.title")),
        site,
        day,
        meal,
        deliverTo,
        standing,
        filters,
        hidden,
        dishes,
        cartPanel,
        myOrders);
    meal.setValue(
        offers
            .firstOpen(hospital, today)
            .or(() -> hospital.mealPeriods().stream().findFirst())
            .orElse(null));
    allSites.stream().findFirst().ifPresent(site::setValue);
    if (SessionEnded.takeCartToRestore()) {
      keptCarts.take(user.username()).ifPresent(this::restore);
    }
    myOrders.reload();
  }

  /**
   * The cart the person had when their session ended, on its meal, if that meal can still be shown.
   */
  private void restore(KeptCart kept) {
    Optional<TenantSummary.SiteSummary> keptSite =
        site.getListDataView().getItems().filter(s -> s.slug().equals(kept.site())).findFirst();
    Optional<MealPeriod> keptMeal = hospital.mealPeriod(kept.mealPeriod());
    int keptDay = days.indexOf(kept.day());
    if (keptSite.isEmpty() || keptMeal.isEmpty() || keptDay < 0) {
      return;
    }
    site.setValue(keptSite.get());
    day.setSelectedIndex(keptDay);
    meal.setValue(keptMeal.get());
    deliverTo
        .getListDataView()
        .getItems()
        .filter(l -> l.slug().equals(kept.location()))
        .findFirst()
        .ifPresent(deliverTo::setValue);
    cart.restore(kept);
    keep();
    followCart();
    Notification.show(getTranslation("order.cartRestored"), 6000, Notification.Position.TOP_CENTER);
  }

  /**
   * The cart is kept outside the session after every change, so that an ended session does not lose
   * it.
   */
  private void keep() {
    if (site.getValue() == null || meal.getValue() == null || deliverTo.getValue() == null) {
      return;
    }
    if (cart.isEmpty()) {
      keptCarts.forget(user.username());
    } else {
      keptCarts.keep(
          user.username(),
          cart.kept(
              site.getValue().slug(),
              chosenDay(),
              meal.getValue().id().value(),
              deliverTo.getValue().slug()));
    }
  }

  private LocalDate chosenDay() {
    return days.get(Math.max(0, day.getSelectedIndex()));
  }

  /**
   * Shows the chosen meal afresh; a cart belongs to one meal, so it is emptied when the meal
   * changes.
   */
  private void showMeal() {
    if (site.getValue() == null || meal.getValue() == null) {
      return;
    }
    cart.empty();
    cartPanel.noProblem();
    refreshOffer();
  }

  private void refreshOffer() {
    fetchOffer();
    showDishes();
  }

  private void fetchOffer() {
    shown = offers.offer(hospital, site.getValue().slug(), chosenDay(), meal.getValue());
    standing.setText(describe(shown) + " " + Times.zoneSentence(hospital.timeZone()));
    standingForDay = payments.standing(hospital.payment(), user.username(), chosenDay());
  }

  private void showDishes() {
    dishes.removeAll();
    cards.clear();
    if (shown.menuVersion().isEmpty()) {
      dishes.add(new Paragraph(getTranslation("order.noMenu")));
    } else if (shown.choices().isEmpty()) {
      dishes.add(new Paragraph(getTranslation("order.nothingOnMenu", shown.meal().name())));
    }
    List<MealOffer.Choice> kept = shown.choices().stream().filter(this::passesFilters).toList();
    int left = shown.choices().size() - kept.size();
    hidden.setText(
        left == 0
            ? ""
            : getTranslation(left == 1 ? "order.leftOut.one" : "order.leftOut.many", left));
    hidden.setVisible(left > 0);
    for (MealOffer.Choice choice : kept) {
      long item = choice.dish().itemId();
      DishChoice card =
          new DishChoice(
              choice,
              price(choice.dish()),
              hospital.allergenPolicy().scheme(),
              () -> addOne(item, choice.dish().name()));
      cards.put(item, card);
      dishes.add(card);
    }
    followCart();
  }

  /**
   * What the person asked to see: none of the allergens they leave out, in or maybe in the dish,
   * and the diet they chose, as the hospital's diet taxonomy reads a dish's tags (vegan meets
   * vegetarian).
   */
  private boolean passesFilters(MealOffer.Choice choice) {
    PublishedMenu.OfferedDish dish = choice.dish();
    boolean clear =
        leaveOut.getValue().stream()
            .map(Allergen::word)
            .noneMatch(a -> dish.allergens().contains(a) || dish.mayContain().contains(a));
    return clear
        && (diet.getValue() == null
            || hospital.dietTaxonomy().met(dish.dietTags()).contains(diet.getValue()));
  }

  /**
   * The dishes' buttons and the cart follow what is in the cart, without asking the counters again.
   */
  private void followCart() {
    cards.forEach(
        (item, card) -> card.follow(cart.quantityOf(item), shown.isOpen() && mayAddOne(item)));
    String to = Optional.ofNullable(deliverTo.getValue()).map(LocationSummary::name).orElse("—");
    cartPanel.show(
        cart,
        to,
        shown != null && shown.isOpen() && deliverTo.getValue() != null,
        total(),
        this::mayAddOne,
        item -> addOne(item, cart.nameOf(item)),
        this::takeOne);
  }

  private CartTotal total() {
    Map<Long, PublishedMenu.OfferedDish> onTheMenu =
        shown == null
            ? Map.of()
            : shown.choices().stream()
                .collect(
                    Collectors.toMap(c -> c.dish().itemId(), MealOffer.Choice::dish, (a, b) -> a));
    CartTotal.Sum sum = CartTotal.of(cart, onTheMenu);
    Payment payment = hospital.payment();
    boolean known = standingForDay != null;
    return new CartTotal(
        charged()
            ? Optional.of(HospitalMoney.format(sum.price(), payment.currency(), Times.locale()))
            : Optional.empty(),
        sum.nutrition(),
        hospital.allergenPolicy().scheme(),
        known ? AccountWords.of(standingForDay, payment, chosenDay()) : Optional.empty(),
        known ? AccountWords.pastMeans(standingForDay, sum.price(), payment) : Optional.empty());
  }

  private boolean charged() {
    return hospital.payment().charges();
  }

  private String describe(MealOffer offer) {
    String meal = offer.meal().name();
    String day = offer.date().format(Times.day());
    return switch (offer.ordering()) {
      case OPEN ->
          getTranslation(
              "order.standing.open",
              meal,
              day,
              moment(offer.window().closes(), offer.date()),
              moment(offer.window().cutOff(), offer.date()));
      case NOT_YET_OPEN ->
          getTranslation(
              "order.standing.notYet", meal, day, moment(offer.window().opens(), offer.date()));
      case CLOSED ->
          getTranslation(
              "order.standing.closed", meal, day, moment(offer.window().closes(), offer.date()));
    };
  }

  /** "11:00" on the meal's own day, "Tue 24 Nov 18:00" on another. */
  private static String moment(ZonedDateTime moment, LocalDate mealDay) {
    return moment.toLocalDate().equals(mealDay)
        ? moment.format(Times.clock())
        : moment.format(Times.dayTime());
  }

  private Optional<String> price(PublishedMenu.OfferedDish dish) {
    if (!charged() || dish.price() == null) {
      return Optional.empty();
    }
    return Optional.of(
        HospitalMoney.format(dish.price(), hospital.payment().currency(), Times.locale()));
  }

  private void addOne(long item, String name) {
    cart.add(item, name);
    keep();
    followCart();
  }

  private void takeOne(long item) {
    cart.takeOne(item);
    keep();
    followCart();
  }

  /** No more of a dish than is left, as far as anyone can tell before the checkout. */
  private boolean mayAddOne(long item) {
    return cart.quantityOf(item)
        < Math.min(leftOfEachDish().getOrDefault(item, 0), Cart.MOST_OF_ONE_DISH);
  }

  private Map<Long, Integer> leftOfEachDish() {
    return shown.choices().stream()
        .collect(
            Collectors.toMap(c -> c.dish().itemId(), MealOffer.Choice::portionsLeft, Integer::sum));
  }

  private void placeOrder() {
    OrderRequest request =
        cart.request(
            site.getValue().slug(),
            chosenDay(),
            meal.getValue().id().value(),
            deliverTo.getValue().slug());
    String key = cart.idempotencyKeyFor(request);
    keep();
    try {
      PlacedOrder placed = checkout.place(Orderer.of(user), key, request);
      cart.empty();
      keep();
      cartPanel.noProblem();
      Notification done =
          Notification.show(
              getTranslation(
                  "order.placed",
                  String.join(
                      ", ",
                      placed.lines().stream()
                          .map(line -> line.quantity() + " × " + line.name())
                          .toList()),
                  meal.getValue().name(),
                  placed.serviceDate().format(Times.day())),
              6000,
              Notification.Position.TOP_CENTER);
      done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
      myOrders.reload();
    } catch (SoldOut soldOut) {
      fetchOffer();
      cart.keepAtMost(leftOfEachDish());
      keep();
      cartPanel.problem(FailureWords.of(soldOut) + " " + getTranslation("order.soldOut.kept"));
      showDishes();
      return;
    } catch (ExpectedFailure refused) {
      cartPanel.problem(FailureWords.of(refused));
    } catch (BulkheadException busy) {
      cartPanel.problem(getTranslation("order.busy"));
    }
    refreshOffer();
  }

  private void confirmCancel(PlacedOrder order) {
    Dialog confirm =
        new Dialog(
            getTranslation(
                "order.cancel.question",
                mealName(order.mealPeriod()),
                order.serviceDate().format(Times.day())));
    confirm.setId("confirm-cancel");
    confirm.add(new Paragraph(getTranslation("order.cancel.backOnSale")));
    Button yes =
        new Button(
            getTranslation("order.cancel.yes"),
            click -> {
              confirm.close();
              cancel(order);
            });
    yes.setId("cancel-yes");
    yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
    Button keep = new Button(getTranslation("order.cancel.keep"), click -> confirm.close());
    confirm.getFooter().add(keep, yes);
    confirm.open();
  }

  private void cancel(PlacedOrder order) {
    try {
      checkout.cancel(user.username(), order.id());
      Notification.show(getTranslation("order.cancelled"), 4000, Notification.Position.TOP_CENTER)
          .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    } catch (ExpectedFailure refused) {
      Notification.show(FailureWords.of(refused), 8000, Notification.Position.TOP_CENTER)
          .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
    myOrders.reload();
    refreshOffer();
  }

  private String whereTo(PlacedOrder order) {
    String location =
        locations.getOrDefault(order.site(), List.of()).stream()
            .filter(l -> l.slug().equals(order.location()))
            .map(LocationSummary::name)
            .findFirst()
            .orElse(order.location());
    return location + ", " + siteNames.getOrDefault(order.site(), order.site());
  }

  private String mealName(String mealPeriod) {
    return hospital.mealPeriod(mealPeriod).map(MealPeriod::name).orElse(mealPeriod);
  }
}
