package org.trayflow.payments.rest;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * Money put into a person's wallet at the till.
 *
 * @param reference the till's receipt number, or whatever identifies the payment
 */
public record TopUp(
    @NotNull @DecimalMin("0.01") @Digits(integer = 6, fraction = 2) BigDecimal amount,
    @Size(max = 200) String reference) {}
