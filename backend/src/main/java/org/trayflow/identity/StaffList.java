package org.trayflow.identity;

import java.util.List;

/**
 * A staff list as read from its file: every row with its problems, for the administrator to see
 * before importing.
 */
public record StaffList(List<StaffRow> rows) {

  public StaffList {
    rows = List.copyOf(rows);
  }

  public List<StaffRow> goodRows() {
    return rows.stream().filter(StaffRow::good).toList();
  }

  public List<StaffRow> badRows() {
    return rows.stream().filter(row -> !row.good()).toList();
  }
}
