package org.trayflow.platform;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/**
 * Amounts as Trayflow writes them, on screens and in the API's messages alike: in the reader's
 * formats, with the currency's symbol as it is written where it is spent ("$12.50" at a US or New
 * Zealand hospital, "£4.20", "€3.00"), not as a British reader would tell foreign dollars apart
 * ("US$").
 */
public final class HospitalMoney {

  private HospitalMoney() {}

  /** In {@link HospitalLocale#FORMATS}, where no person reads (the API's messages). */
  public static String format(BigDecimal amount, Currency currency) {
    return format(amount, currency, HospitalLocale.FORMATS);
  }

  /** In the reader's locale: "£4.20" in English, "4,20 £" in French. */
  public static String format(BigDecimal amount, Currency currency, Locale locale) {
    NumberFormat money = NumberFormat.getCurrencyInstance(locale);
    money.setCurrency(currency);
    if (money instanceof DecimalFormat decimal) {
      DecimalFormatSymbols symbols = decimal.getDecimalFormatSymbols();
      symbols.setCurrencySymbol(homeSymbol(currency, locale));
      decimal.setDecimalFormatSymbols(symbols);
      decimal.setMinimumFractionDigits(currency.getDefaultFractionDigits());
      decimal.setMaximumFractionDigits(currency.getDefaultFractionDigits());
    }
    return money.format(amount);
  }

  /**
   * The symbol at home: ISO 4217 codes of national currencies begin with the country's code (USD,
   * NZD, CAD); the euro and others keep the symbol the formats already give.
   */
  private static String homeSymbol(Currency currency, Locale locale) {
    String home = currency.getSymbol(new Locale("en", currency.getCurrencyCode().substring(0, 2)));
    return home.equals(currency.getCurrencyCode()) ? currency.getSymbol(locale) : home;
  }
}
