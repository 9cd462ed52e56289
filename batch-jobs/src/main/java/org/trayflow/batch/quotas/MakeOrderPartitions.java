package org.trayflow.batch.quotas;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.trayflow.ordering.OrderPartitions;

/**
 * First step: the order partitions of this month and the next two exist before any order needs
 * them.
 */
@Named
@Dependent
public class MakeOrderPartitions extends AbstractBatchlet {

  private static final int MONTHS_AHEAD = 3;

  @Inject OrderPartitions partitions;

  @Override
  public String process() {
    return "MADE " + partitions.makeAhead(MONTHS_AHEAD) + " MONTHS";
  }
}
