package org.trayflow.ordering;

/**
 * Orders are partitioned by month of service date: the partitions are made ahead, so that orders
 * for a month without one do not land in the default partition.
 */
public interface OrderPartitions {

  /**
   * @return how many months' partitions were made
   */
  int makeAhead(int months);
}
