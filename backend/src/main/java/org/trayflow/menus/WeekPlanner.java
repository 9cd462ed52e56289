package org.trayflow.menus;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.trayflow.audit.AuditLog;
import org.trayflow.menus.persistence.PlannedDish;
import org.trayflow.menus.persistence.WeeklyMenuRecord;
import org.trayflow.menus.persistence.WeeklyMenus;
import org.trayflow.tenancy.SiteNotFound;
import org.trayflow.tenancy.Sites;
import org.trayflow.tenancy.TenantConfigurations;

/**
 * The kitchen manager's week planner: one draft per site and week, dishes with their planned
 * portions per day and meal period, then publication as the next immutable version.
 */
@ApplicationScoped
@Transactional
public class WeekPlanner {

  @Inject WeeklyMenus menus;
  @Inject Sites sites;
  @Inject MenuCatalogue catalogue;
  @Inject MenuPublication publication;
  @Inject TenantConfigurations configurations;
  @Inject Clock clock;
  @Inject AuditLog audit;

  /**
   * The site's draft for the week; a new draft starts from the newest published version, if any.
   */
  public MenuDraft draftFor(@NotBlank String site, @NotNull MenuWeek week, @NotBlank String by) {
    long siteId = sites.findSiteId(site).orElseThrow(() -> new SiteNotFound(site));
    WeeklyMenuRecord draft =
        menus.draftOf(siteId, week.monday()).orElseGet(() -> startDraft(siteId, week, by));
    return view(draft, site);
  }

  /**
   * A week already published is re-planned from its newest version, so that a change is only the
   * change.
   */
  private WeeklyMenuRecord startDraft(long siteId, MenuWeek week, String by) {
    WeeklyMenuRecord started = WeeklyMenuRecord.create(siteId, week.monday(), by, clock.instant());
    menus.add(started);
    newestOf(siteId, week, true)
        .ifPresent(
            published ->
                dishesOf(published.id())
                    .forEach(
                        dish ->
                            menus.add(
                                PlannedDish.create(
                                    started.id(),
                                    dish.serviceDate(),
                                    dish.mealPeriod(),
                                    dish.menuItemId(),
                                    dish.plannedPortions()))));
    return started;
  }

  /**
   * The newest published version of the week, or with {@code publishedOnly} false its draft if none
   * is.
   */
  private Optional<WeeklyMenuRecord> newestOf(long siteId, MenuWeek week, boolean publishedOnly) {
    return publishedOnly
        ? menus.newestPublished(siteId, week.monday())
        : menus.newestOrDraft(siteId, week.monday());
  }

  public MenuDraft planDish(
      @NotBlank String site,
      long draftId,
      @NotNull LocalDate day,
      @NotBlank String mealPeriod,
      long itemId,
      @Min(0) int portions) {
    WeeklyMenuRecord draft = draft(site, draftId);
    MenuWeek week = new MenuWeek(draft.weekStart());
    if (!week.contains(day)) {
      throw new DishNotPlannable("day", day + " is not in the week of " + week.monday());
    }
    plan(draft, Stream.of(day), mealPeriod, itemId, portions);
    return view(draft, site);
  }

  /** The same dish for one meal on every day of the week, as for a soup of the day. */
  public MenuDraft planDishAllWeek(
      @NotBlank String site,
      long draftId,
      @NotBlank String mealPeriod,
      long itemId,
      @Min(0) int portions) {
    WeeklyMenuRecord draft = draft(site, draftId);
    plan(draft, new MenuWeek(draft.weekStart()).days(), mealPeriod, itemId, portions);
    return view(draft, site);
  }

  public MenuDraft removeDish(
      @NotBlank String site,
      long draftId,
      @NotNull LocalDate day,
      @NotBlank String mealPeriod,
      long itemId) {
    WeeklyMenuRecord draft = draft(site, draftId);
    findDish(draft, day, mealPeriod, itemId).ifPresent(menus::remove);
    return view(draft, site);
  }

  /** A new week planned like the one before it: its newest published version, else its draft. */
  public MenuDraft copyPreviousWeek(
      @NotBlank String site, @NotNull MenuWeek week, @NotBlank String by) {
    MenuDraft target = draftFor(site, week, by);
    if (!target.dishes().isEmpty()) {
      throw MenuConflict.draftNotEmpty(site, week);
    }
    long siteId = sites.findSiteId(site).orElseThrow(() -> new SiteNotFound(site));
    newestOf(siteId, week.previous(), false)
        .ifPresent(
            from ->
                dishesOf(from.id())
                    .forEach(
                        dish ->
                            menus.add(
                                PlannedDish.create(
                                    target.id(),
                                    dish.serviceDate().plusWeeks(1),
                                    dish.mealPeriod(),
                                    dish.menuItemId(),
                                    dish.plannedPortions()))));
    return view(menus.find(target.id()).orElseThrow(), site);
  }

  /**
   * A menu cycle (a rotation of {@code cycleWeeks} weeks) carried forward: each of the next {@code
   * weeksAhead} weeks after {@code from} that has neither dishes nor a published version gets a
   * draft copied from the week one cycle before it. Weeks already planned are left as they are.
   *
   * @return the drafts made
   */
  public List<MenuDraft> repeatCycle(
      @NotBlank String site,
      @NotNull MenuWeek from,
      @Min(1) @Max(8) int cycleWeeks,
      @Min(1) @Max(26) int weeksAhead,
      @NotBlank String by) {
    long siteId = sites.findSiteId(site).orElseThrow(() -> new SiteNotFound(site));
    List<MenuDraft> made = new java.util.ArrayList<>();
    for (int ahead = 1; ahead <= weeksAhead; ahead++) {
      MenuWeek target = new MenuWeek(from.monday().plusWeeks(ahead));
      boolean planned =
          newestOf(siteId, target, false).map(m -> !dishesOf(m.id()).isEmpty()).orElse(false);
      Optional<WeeklyMenuRecord> source =
          newestOf(siteId, new MenuWeek(target.monday().minusWeeks(cycleWeeks)), false);
      if (!planned && source.isPresent()) {
        WeeklyMenuRecord draft = menus.find(draftFor(site, target, by).id()).orElseThrow();
        int shift = cycleWeeks;
        dishesOf(source.get().id())
            .forEach(
                dish ->
                    menus.add(
                        PlannedDish.create(
                            draft.id(),
                            dish.serviceDate().plusWeeks(shift),
                            dish.mealPeriod(),
                            dish.menuItemId(),
                            dish.plannedPortions())));
        made.add(view(draft, site));
      }
    }
    return made;
  }

  public PublishOutcome publish(@NotBlank String site, long draftId, @NotBlank String by) {
    WeeklyMenuRecord draft = draft(site, draftId);
    PublishOutcome outcome = publication.publish(site, draft, dishesOf(draft.id()), by);
    audit.record(
        by,
        "menu.published",
        site
            + " week of "
            + draft.weekStart()
            + " version "
            + outcome.version()
            + (outcome.changes().isEmpty() ? "" : ": " + String.join("; ", outcome.changes())));
    return outcome;
  }

  private void plan(
      WeeklyMenuRecord draft,
      Stream<LocalDate> days,
      String mealPeriod,
      long itemId,
      int portions) {
    if (configurations.mealPeriods().stream().noneMatch(m -> m.id().value().equals(mealPeriod))) {
      throw new DishNotPlannable(
          "mealPeriod", "'" + mealPeriod + "' is not a meal period of this hospital");
    }
    if (!catalogue.item(itemId).details().active()) {
      throw new DishNotPlannable(
          "itemId", "menu item " + itemId + " is withdrawn from the catalogue");
    }
    days.forEach(
        day ->
            findDish(draft, day, mealPeriod, itemId)
                .ifPresentOrElse(
                    dish -> dish.plan(portions),
                    () ->
                        menus.add(
                            PlannedDish.create(draft.id(), day, mealPeriod, itemId, portions))));
  }

  /**
   * A draft of this site: a published version or another site's menu is a conflict, not a draft.
   */
  private WeeklyMenuRecord draft(String site, long draftId) {
    WeeklyMenuRecord menu =
        menus.find(draftId).orElseThrow(() -> new MenuNotFound("menu " + draftId));
    long siteId = sites.findSiteId(site).orElseThrow(() -> new SiteNotFound(site));
    if (menu.siteId() != siteId) {
      throw MenuConflict.ofAnotherSite(draftId, site);
    }
    if (menu.status() == WeeklyMenuRecord.Status.PUBLISHED) {
      throw MenuConflict.alreadyPublished(draftId, menu.version());
    }
    return menu;
  }

  private Optional<PlannedDish> findDish(
      WeeklyMenuRecord draft, LocalDate day, String mealPeriod, long itemId) {
    return menus.dish(draft.id(), day, mealPeriod, itemId);
  }

  List<PlannedDish> dishesOf(long menuId) {
    return menus.dishesOf(menuId);
  }

  private MenuDraft view(WeeklyMenuRecord draft, String site) {
    menus.flush();
    List<PlannedDish> dishes = dishesOf(draft.id());
    Map<Long, String> names =
        catalogue.namesOf(dishes.stream().map(PlannedDish::menuItemId).collect(Collectors.toSet()));
    return new MenuDraft(
        draft.id(),
        site,
        draft.weekStart(),
        dishes.stream()
            .sorted(
                Comparator.comparing(PlannedDish::serviceDate)
                    .thenComparing(PlannedDish::mealPeriod))
            .map(
                d ->
                    new MenuDraft.Dish(
                        d.serviceDate(),
                        d.mealPeriod(),
                        d.menuItemId(),
                        names.get(d.menuItemId()),
                        d.plannedPortions()))
            .toList());
  }
}
