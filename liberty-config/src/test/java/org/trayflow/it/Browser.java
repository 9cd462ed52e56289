package org.trayflow.it;

import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Debian's headless Chromium driven by Playwright; one fresh browser context (no cookies) per test.
 */
final class Browser implements AutoCloseable {

  private final Playwright playwright = Playwright.create();
  private final com.microsoft.playwright.Browser chromium =
      playwright
          .chromium()
          .launch(
              new BrowserType.LaunchOptions()
                  .setExecutablePath(Path.of("/usr/bin/chromium"))
                  .setHeadless(true)
                  .setArgs(
                      List.of(
                          "--no-sandbox",
                          "--disable-gpu",
                          "--disable-background-networking",
                          "--disable-component-update",
                          "--disable-sync",
                          "--no-first-run")));

  Page newPage() {
    return chromium.newPage(
        new com.microsoft.playwright.Browser.NewPageOptions().setViewportSize(1280, 720));
  }

  /** A desktop browser whose own language is this one (fr-FR): what it asks pages in. */
  Page newPageIn(String locale) {
    return chromium.newPage(
        new com.microsoft.playwright.Browser.NewPageOptions()
            .setViewportSize(1280, 720)
            .setLocale(locale));
  }

  /** A phone's screen (390 × 844, touch), as staff order from the corridor. */
  Page newPhonePage() {
    return chromium.newPage(
        new com.microsoft.playwright.Browser.NewPageOptions()
            .setViewportSize(390, 844)
            .setIsMobile(true)
            .setHasTouch(true)
            .setDeviceScaleFactor(2));
  }

  /** A tablet's screen (820 × 1180, touch), as a patient orders from the bed. */
  Page newTabletPage() {
    return chromium.newPage(
        new com.microsoft.playwright.Browser.NewPageOptions()
            .setViewportSize(820, 1180)
            .setIsMobile(true)
            .setHasTouch(true)
            .setDeviceScaleFactor(2));
  }

  /** The person signed in with this run's demo password, on the page at this path. */
  static Page signedInAt(Page page, String username, String path) {
    LoginPage.open(page).signInSuccessfully(username, demoPassword());
    page.navigate(TrayflowServer.baseUrl() + path);
    return page;
  }

  /** A day typed into a date picker (by its id), as people at the page's hospital write it. */
  static void chooseDay(Page page, String picker, LocalDate day) {
    page.locator("#" + picker + " input").fill(typed(page, day));
    page.locator("#" + picker + " input").press("Enter");
  }

  /** 12/07/2026 in the United States, 07/12/2026 in Britain and France: as the page's lang says. */
  static String typed(Page page, LocalDate day) {
    boolean american = page.evaluate("document.documentElement.lang").equals("en-US");
    return day.format(DateTimeFormatter.ofPattern(american ? "MM/dd/yyyy" : "dd/MM/yyyy"));
  }

  static void screenshot(Page page, String name) {
    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(TrayflowServer.screenshotDir().resolve(name + ".png")));
  }

  /** This test run's demo password, chosen by the launcher that started the server. */
  static String demoPassword() {
    try {
      return Files.readString(Path.of(System.getProperty("trayflow.it.demo-password-file")))
          .strip();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(
          "The demo password file is missing: was the server started by the build?", e);
    }
  }

  @Override
  public void close() {
    chromium.close();
    playwright.close();
  }
}
