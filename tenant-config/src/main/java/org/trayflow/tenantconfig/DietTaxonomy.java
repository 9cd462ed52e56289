package org.trayflow.tenantconfig;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which diet tags a dish's tag also meets: a vegan dish is vegetarian, and in a hospital whose imam
 * and kitchen agree, a vegan or vegetarian dish without alcohol meets a halal need. A patient's
 * requirement is met by a dish carrying the tag itself or any tag that leads to it, through as many
 * steps as the hospital writes.
 *
 * <p>Vegan ⇒ vegetarian holds in every hospital: it is what the words mean. Everything else is the
 * hospital's (the configuration's {@code dietTaxonomy}), because which dishes satisfy a religious
 * need is a local decision.
 *
 * @param implies for each tag, the tags a dish carrying it also meets (as written; without the
 *     built-in one)
 */
public record DietTaxonomy(Map<Slug, Set<Slug>> implies) {

  /** What every hospital has, whatever it writes. */
  public static final Map<String, Set<String>> BUILT_IN = Map.of("vegan", Set.of("vegetarian"));

  public static final DietTaxonomy NONE = new DietTaxonomy(Map.of());

  public DietTaxonomy {
    Map<Slug, Set<Slug>> copy = new LinkedHashMap<>();
    implies.forEach((tag, met) -> copy.put(tag, Set.copyOf(met)));
    implies = Map.copyOf(copy);
  }

  /** Every tag a dish carrying these tags meets: the tags themselves and all they lead to. */
  public Set<String> met(Collection<String> dishTags) {
    Set<String> met = new TreeSet<>();
    Deque<String> toFollow = new ArrayDeque<>(dishTags);
    while (!toFollow.isEmpty()) {
      String tag = toFollow.pop();
      if (met.add(tag)) {
        toFollow.addAll(BUILT_IN.getOrDefault(tag, Set.of()));
        implies.forEach(
            (written, leadsTo) -> {
              if (written.value().equals(tag)) {
                leadsTo.forEach(next -> toFollow.add(next.value()));
              }
            });
      }
    }
    return met;
  }

  /** The written taxonomy as words, in a stable order, for files and screens. */
  public Map<String, Set<String>> asWords() {
    Map<String, Set<String>> words = new TreeMap<>();
    implies.forEach(
        (tag, met) ->
            words.put(tag.value(), new TreeSet<>(met.stream().map(Slug::value).toList())));
    return words;
  }
}
